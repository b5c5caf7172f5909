// Python scripts with PEP 723 inline metadata (a `# /// script` … `# ///` comment block in a
// `.py` file): its `dependencies`, which `uv run`, `pipx run` and `hatch run` install before the
// script runs, each at its own line. The block is TOML with each line prefixed by `#` or `# `.
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { parseToml } from './parsers/toml.js';
import { addPep508 } from './parsers/pep508-component.js';

export const PEP723_SOURCE = 'PEP 723 script';

export function scanPep723({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const out: { components: Component[]; errors: ScanError[] } = { components: [], errors: [] };
  // Most Python files hold no block: one search decides.
  if (!text.includes('# /// script')) return out;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '# /// script') continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '# ///' && /^#( |$)/.test(lines[end]!)) end++;
    if (lines[end] !== '# ///') {
      out.errors.push({ file: path, line: i + 1, message: 'PEP 723 script block is not closed by `# ///`' });
      return out;
    }
    const body = lines.slice(i + 1, end).map((l) => l.replace(/^# ?/, ''));
    // Blank lines keep each TOML line on its file line.
    const toml = [...Array<string>(i + 1).fill(''), ...body].join('\n');
    const parsed = parseToml(path, toml, limits.maxDepth);
    if (!parsed.ok) {
      out.errors.push(parsed.error);
      return out;
    }
    const deps = parsed.value['dependencies'];
    if (Array.isArray(deps)) {
      // Each entry's line: the first line of the block, after its start, that holds its text.
      let from = i + 1;
      for (const d of deps) {
        if (typeof d !== 'string') continue;
        let at = from;
        while (at < end && !lines[at]!.includes(d)) at++;
        if (at < end) from = at;
        addPep508(out, d, path, (at < end ? at : i) + 1, PEP723_SOURCE, 'prod');
      }
    }
    i = end;
  }
  return out;
}

export const pep723ScriptDetector: Detector = {
  id: PEP723_SOURCE,
  role: 'environment',
  syntax: 'text',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (p) => /\.pyw?$/i.test(p),
  detect: scanPep723,
};
