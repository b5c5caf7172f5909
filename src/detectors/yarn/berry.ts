// A line scanner for yarn berry (v2+) lockfiles: YAML written by yarn's `stringifySyml`, read
// here with the lockfile YAML subset reader (see ../lockfile-yaml.ts) instead of a full YAML parse.
import { YamlLines, type YamlIssue } from '../lockfile-yaml.js';

export interface BerryEntry {
  /** 1-based line of the entry's key (the `? ` line for keys over 1024 characters). */
  line: number;
  /** The key as written: descriptors joined by ", ". */
  key: string;
  version?: string;
  resolution?: string;
  checksum?: string;
  languageName?: string;
  linkType?: string;
  conditions?: string;
}

export interface BerryScan {
  /** `__metadata.version` as written, when present. */
  metadataVersion?: string;
  metadataLine?: number;
  entries: BerryEntry[];
  errors: YamlIssue[];
}

const scalarFields = new Set(['version', 'resolution', 'checksum', 'languageName', 'linkType', 'conditions']);

export function scanYarnBerry(text: string, maxDepth = 512): BerryScan {
  const y = new YamlLines(text, maxDepth);
  const entries: BerryEntry[] = [];
  const out: BerryScan = { entries, errors: y.errors };
  const seenKeys = new Set<string>();
  let current: BerryEntry | null = null;
  let inMetadata = false;
  let seenFields: Set<string> | null = null;
  while (y.next()) {
    if (y.kind === 'document') {
      y.fail(y.line, 'YAML document markers are not written by yarn');
      continue;
    }
    if (y.depth === 0) {
      current = null;
      inMetadata = false;
      if (y.kind !== 'entry' || !y.opens) {
        y.fail(y.line, 'expected an entry key followed by its fields');
        continue;
      }
      if (seenKeys.has(y.key)) y.fail(y.line, `duplicate entry key ${JSON.stringify(y.key)}`);
      seenKeys.add(y.key);
      seenFields = new Set();
      if (y.key === '__metadata') {
        inMetadata = true;
        out.metadataLine = y.line;
        continue;
      }
      current = { line: y.line, key: y.key };
      entries.push(current);
      continue;
    }
    if (y.depth !== 1) continue;
    if (y.kind !== 'entry') {
      y.fail(y.line, 'unexpected sequence item in an entry');
      continue;
    }
    if (seenFields) {
      if (seenFields.has(y.key)) y.fail(y.line, `duplicate field ${JSON.stringify(y.key)}`);
      seenFields.add(y.key);
    }
    if (inMetadata) {
      if (y.key === 'version') {
        if (y.value === null) y.fail(y.line, '__metadata.version is not a scalar');
        else out.metadataVersion = y.value;
      }
      continue;
    }
    if (!current || !scalarFields.has(y.key)) continue;
    if (y.value === null) {
      y.fail(y.line, `field ${JSON.stringify(y.key)} is not a scalar`);
      continue;
    }
    (current as unknown as Record<string, string>)[y.key] = y.value;
  }
  return out;
}
