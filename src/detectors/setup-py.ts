// setup.py: the literal lists given to `install_requires=`, `setup_requires=`, `tests_require=`
// and the lists of a literal `extras_require={…}` dict, each string at its own line. Lists built by
// code (a variable, a file read at build time) cannot be known statically and are not read.
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { addPep508 } from './parsers/pep508-component.js';

export const SETUP_PY_SOURCE = 'setup.py';

const KEYWORDS: Record<string, 'prod' | 'dev' | 'optional'> = {
  install_requires: 'prod',
  setup_requires: 'dev',
  tests_require: 'dev',
  extras_require: 'optional',
};

export function scanSetupPy({ path, text }: Pick<DetectInput, 'path' | 'text'>): DetectorResult {
  const out: { components: Component[]; errors: ScanError[] } = { components: [], errors: [] };
  const lines = new LineIndex(text);
  const re = /\b(install_requires|setup_requires|tests_require|extras_require)\s*=\s*([[{])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = literalEnd(text, m.index + m[0].length - 1);
    if (end === -1) continue;
    const body = text.slice(m.index + m[0].length, end);
    const scope = KEYWORDS[m[1]!]!;
    // In a dict, the keys (extra names) are strings too: only the strings inside lists count.
    const inDict = m[2] === '{';
    let depth = 0;
    const str =
      /(\[)|(\])|(#[^\n]*)|(?:[rRuUbB]?)("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g;
    for (let s = str.exec(body); s; s = str.exec(body)) {
      if (s[1]) depth++;
      else if (s[2]) depth--;
      else if (s[4] && (!inDict || depth > 0)) {
        const value = s[4].replace(/^("""|'''|"|')/, '').replace(/("""|'''|"|')$/, '');
        const at = m.index + m[0].length + s.index;
        for (const req of value.split('\n')) {
          const t = req.replace(/\s+#.*$/, '').trim();
          if (t !== '') addPep508(out, t, path, lines.line(at), SETUP_PY_SOURCE, scope);
        }
      }
    }
    re.lastIndex = end;
  }
  return out;
}

/** The offset of the bracket closing the one at `open`, skipping strings and comments; -1 if none. */
function literalEnd(text: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < text.length && !text.startsWith(q, j)) j += text[j] === '\\' ? 2 : 1;
      i = j + q.length - 1;
    } else if (c === '[' || c === '{' || c === '(') stack.push(c === '[' ? ']' : c === '{' ? '}' : ')');
    else if (c === ']' || c === '}' || c === ')') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

export const setupPyDetector: Detector = {
  id: SETUP_PY_SOURCE,
  role: 'manifest',
  syntax: 'text',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (p) => p === 'setup.py' || p.endsWith('/setup.py'),
  detect: scanSetupPy,
};
