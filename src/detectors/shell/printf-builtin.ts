// `printf -v NAME FORMAT ARGS…`: bash's printf writing into a variable instead of its output.
// The format is read as bash reads it for the conversions a version or a package name is built
// with (`%s`, `%d`, `%b`, `%%`, backslash escapes), reused while arguments remain; any other
// conversion (widths, precisions, floats) leaves the variable unknown.
import type { Expanded, VarValue } from './expand.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', '"': '"' };

/** The variable `printf -v NAME …` sets and its value; null when `argv` is another printf. */
export function printfAssignment(argv: readonly Expanded[]): [string, VarValue] | null {
  if (argv[1]?.text !== '-v' || !argv[2] || argv[2].unknown || !NAME.test(argv[2].text)) return null;
  const name = argv[2].text;
  let k = 3;
  if (argv[k]?.text === '--') k++;
  const format = argv[k];
  const args = argv.slice(k + 1);
  const unknown: [string, VarValue] = [name, { text: format?.word.raw ?? '', unknown: true }];
  if (!format || format.unknown || args.some((a) => a.unknown)) return unknown;
  const text = formatted(
    format.text,
    args.map((a) => a.text),
  );
  if (text === null) return unknown;
  const from = args.find((a) => a.from)?.from ?? format.from;
  return [name, { text, unknown: false, ...(from ? { from } : {}) }];
}

/** What `printf FORMAT ARGS…` prints, or null for a conversion the scan does not read. */
export function formatted(format: string, args: readonly string[]): string | null {
  let out = '';
  let next = 0;
  // The format is used once, then again for as long as arguments remain.
  for (let pass = 0; pass === 0 || (next < args.length && pass < 64); pass++) {
    const before = next;
    for (let i = 0; i < format.length; i++) {
      const c = format[i]!;
      if (c === '\\') {
        const e = format[++i];
        if (e === undefined || !(e in ESCAPES)) return null;
        out += ESCAPES[e];
      } else if (c === '%') {
        const conv = format[++i];
        if (conv === '%') out += '%';
        else if (conv === 's' || conv === 'b') {
          const a = args[next++] ?? '';
          if (conv === 'b' && a.includes('\\')) return null;
          out += a;
        } else if (conv === 'd' || conv === 'i') {
          const a = args[next++] ?? '0';
          // A leading zero is octal to bash: read only plain decimals.
          if (!/^[-+]?(0|[1-9]\d*)$/.test(a.trim())) return null;
          out += String(Number(a.trim()));
        } else return null;
      } else out += c;
    }
    if (next === before) break;
  }
  return out;
}
