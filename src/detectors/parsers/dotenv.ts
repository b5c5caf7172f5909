// `.env` files, as Compose, just (`set dotenv-load`) and go-task (`dotenv:`) read them.
import type { VarValue } from '../shell/expand.js';

/** Reads a `.env` file: `KEY=value`, `export KEY=value`, quotes, comments. */
export function parseDotEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2]!;
    if (/^"/.test(v))
      v = (/^"((?:[^"\\]|\\.)*)"/.exec(v)?.[1] ?? v.slice(1))
        .replace(/\\(["\\$])/g, '$1')
        .replace(/\\n/g, '\n');
    else if (/^'/.test(v)) v = /^'([^']*)'/.exec(v)?.[1] ?? v.slice(1);
    else v = v.replace(/\s+#.*$/, '').trim();
    env.set(m[1]!, v);
  }
  return env;
}

/** A `.env` file's variables as known values, each written at its line of `file`. */
export function dotenvValues(text: string, file: string): Map<string, VarValue> {
  // The line of each name's last assignment (the one parseDotEnv keeps), in one pass.
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(l);
    if (m) lineOf.set(m[1]!, i + 1);
  });
  const out = new Map<string, VarValue>();
  for (const [k, v] of parseDotEnv(text))
    out.set(k, { text: v, unknown: false, from: { file, line: lineOf.get(k) ?? 1 } });
  return out;
}
