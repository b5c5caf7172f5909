// TOML for the detectors: parsing with smol-toml (bounded nesting, located errors), and the
// tables of a top-level array each with the line that names it (./toml-positions.ts finds the lines).
import { parse, TomlError } from 'smol-toml';
import type { ScanError } from '../../model/component.js';
import { arrayHeaderLinesFast, locateArrayEntries, TomlPositions } from './toml-positions.js';

export type TomlTable = Record<string, unknown>;

export type TomlParseResult = { ok: true; value: TomlTable } | { ok: false; error: ScanError };

/** Parses TOML text. Never throws: syntax errors and too-deep nesting become located errors. */
export function parseToml(file: string, text: string, maxDepth: number): TomlParseResult {
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // a BOM, kept as one column
  try {
    return { ok: true, value: parse(text, { maxDepth }) as TomlTable };
  } catch (e) {
    if (e instanceof TomlError) {
      const first = (e.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
      return {
        ok: false,
        error: { file, line: e.line, column: e.column, message: `invalid TOML: ${first}` },
      };
    }
    if (e instanceof RangeError)
      return { ok: false, error: { file, message: 'invalid TOML: nesting too deep' } };
    return {
      ok: false,
      error: { file, message: `invalid TOML: ${e instanceof Error ? e.message : String(e)}` },
    };
  }
}

/** One table of a top-level array of tables, with the line that names it. */
export interface TomlEntry {
  table: TomlTable;
  line: number;
}

/**
 * Parses a TOML lockfile and returns the tables of its top-level array `name` (`[[package]]`),
 * each with its header line. Entries that are not tables become located errors.
 */
export function readTomlArray(
  file: string,
  text: string,
  name: string,
  maxDepth: number,
): { doc: TomlTable | null; entries: TomlEntry[]; errors: ScanError[] } {
  const parsed = parseToml(file, text, maxDepth);
  if (!parsed.ok) return { doc: null, entries: [], errors: [parsed.error] };
  const doc = parsed.value;
  const errors: ScanError[] = [];
  const entries: TomlEntry[] = [];
  const list = doc[name];
  if (list === undefined) return { doc, entries, errors };
  let scanned: TomlPositions | undefined;
  const positions = (): TomlPositions => (scanned ??= new TomlPositions(text));
  if (!Array.isArray(list)) {
    errors.push({
      file,
      line: positions().key([name])?.line ?? 1,
      message: `"${name}" is not an array of tables`,
    });
    return { doc, entries, errors };
  }
  const lines = arrayHeaderLinesFast(text, name, list.length) ?? locateArrayEntries(positions(), name);
  if (lines.length !== list.length) {
    errors.push({ file, message: `found ${lines.length} [[${name}]] headers for ${list.length} entries` });
  }
  list.forEach((table: unknown, i) => {
    const line = lines[i] ?? 1;
    if (typeof table !== 'object' || table === null || Array.isArray(table)) {
      errors.push({ file, line, message: `${name} entry is not a table` });
      return;
    }
    entries.push({ table: table as TomlTable, line });
  });
  return { doc, entries, errors };
}

/** A string field of a table, or undefined when absent or not a string. */
export function str(table: TomlTable | undefined, key: string): string | undefined {
  const v = table?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** A table field of a table, or undefined. */
export function tbl(table: TomlTable | undefined, key: string): TomlTable | undefined {
  const v = table?.[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
    ? (v as TomlTable)
    : undefined;
}
