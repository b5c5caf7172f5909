// tox.ini (and tox's section of setup.cfg is not read): the `deps` of `[testenv]` and every
// `[testenv:NAME]`, one requirement per line, each at its own line. A factor prefix (`py311: x`)
// still installs `x` in some environment; `{[base]deps}` substitutions and pip options (`-r`,
// `-c`: the named files are scanned under their own names) name no package here.
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { readIni } from './parsers/ini.js';
import { addPep508 } from './parsers/pep508-component.js';

export const TOX_SOURCE = 'tox.ini';

export function scanToxIni({ path, text }: Pick<DetectInput, 'path' | 'text'>): DetectorResult {
  const out: { components: Component[]; errors: ScanError[] } = { components: [], errors: [] };
  for (const [section, values] of readIni(text)) {
    if (!/^testenv(:|$)/.test(section)) continue;
    for (const v of values) {
      if (v.key !== 'deps') continue;
      for (const l of v.lines) {
        const entry = l.text
          .replace(/\s+#.*$/, '')
          .replace(/^[\w.,!{}-]+:\s+/, '')
          .trim();
        if (entry === '' || entry.startsWith('-') || entry.includes('{')) continue;
        addPep508(out, entry, path, l.line, TOX_SOURCE, 'dev');
      }
    }
  }
  return out;
}

export const toxIniDetector: Detector = {
  id: TOX_SOURCE,
  role: 'environment',
  syntax: 'text',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (p) => p === 'tox.ini' || p.endsWith('/tox.ini'),
  detect: scanToxIni,
};
