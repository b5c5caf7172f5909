// A line scanner for yarn berry (v2+) lockfiles: YAML written by yarn's `stringifySyml`, read
// here with the lockfile YAML subset reader (see ../parsers/lockfile-yaml.ts) instead of a full YAML parse.
import { FieldNames, YamlLines, type YamlIssue } from '../parsers/lockfile-yaml.js';

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
  const fields = new FieldNames();
  let seenFields = false;
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
      fields.clear();
      seenFields = true;
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
    const key = y.key;
    if (seenFields && !fields.add(key)) y.fail(y.line, `duplicate field ${JSON.stringify(key)}`);
    if (inMetadata) {
      if (key === 'version') {
        const v = y.value;
        if (v === null) y.fail(y.line, '__metadata.version is not a scalar');
        else out.metadataVersion = v;
      }
      continue;
    }
    if (!current || !scalarFields.has(key)) continue;
    const v = y.value;
    if (v === null) {
      y.fail(y.line, `field ${JSON.stringify(key)} is not a scalar`);
      continue;
    }
    (current as unknown as Record<string, string>)[key] = v;
  }
  return out;
}
