// INI files as Python's configparser reads setup.cfg and tox.ini: `[section]` headers,
// `key = value` or `key: value`, continuation lines indented deeper than the key, full-line
// comments starting with `#` or `;`. Each value line keeps its 1-based line.

export interface IniValue {
  key: string;
  line: number;
  /** The text after `=` (when not empty) and each continuation line, trimmed, comments removed. */
  lines: { text: string; line: number }[];
}

export function readIni(text: string): Map<string, IniValue[]> {
  const sections = new Map<string, IniValue[]>();
  let current: IniValue[] | null = null;
  let value: IniValue | null = null;
  const physical = text.split('\n');
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!.replace(/\r$/, '');
    const line = i + 1;
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') continue;
    if (/^\s/.test(raw) && value) {
      value.lines.push({ text: raw.trim(), line });
      continue;
    }
    value = null;
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      current = [];
      sections.set(header[1]!.trim(), current);
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!kv || !current) continue;
    value = { key: kv[1]!.trim(), line, lines: [] };
    const first = kv[2]!.trim();
    if (first !== '') value.lines.push({ text: first, line });
    current.push(value);
  }
  return sections;
}
