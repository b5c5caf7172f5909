// setup.cfg (setuptools declarative config): `[options] install_requires`, `setup_requires`,
// `tests_require`, and every extra of `[options.extras_require]`, one PEP 508 requirement per
// line, each at its own line.
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { readIni } from './parsers/ini.js';
import { addPep508 } from './parsers/pep508-component.js';

export const SETUP_CFG_SOURCE = 'setup.cfg';

export function scanSetupCfg({ path, text }: Pick<DetectInput, 'path' | 'text'>): DetectorResult {
  const out: { components: Component[]; errors: ScanError[] } = { components: [], errors: [] };
  const ini = readIni(text);
  for (const v of ini.get('options') ?? []) {
    if (v.key === 'install_requires') requirements(v.lines, path, 'prod', out);
    else if (v.key === 'setup_requires' || v.key === 'tests_require') requirements(v.lines, path, 'dev', out);
  }
  for (const v of ini.get('options.extras_require') ?? []) requirements(v.lines, path, 'optional', out);
  return out;
}

function requirements(
  lines: { text: string; line: number }[],
  path: string,
  scope: 'prod' | 'dev' | 'optional',
  out: { components: Component[]; errors: ScanError[] },
): void {
  for (const l of lines) {
    const text = l.text.replace(/\s+#.*$/, '').trim();
    // `file: requirements.txt` and `attr:` directives name another file or code, not a package.
    if (text === '' || /^(file|attr):/.test(text)) continue;
    addPep508(out, text, path, l.line, SETUP_CFG_SOURCE, scope);
  }
}

export const setupCfgDetector: Detector = {
  id: SETUP_CFG_SOURCE,
  role: 'manifest',
  syntax: 'text',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (p) => p === 'setup.cfg' || p.endsWith('/setup.cfg'),
  detect: scanSetupCfg,
};
