// Python distributions as installed on disk: the `.dist-info` folder every installer writes (PEP 376,
// PEP 627: `<name>-<version>.dist-info/METADATA`, core metadata headers `Name:` and `Version:`), and
// the older `.egg-info` (setuptools: a folder with `PKG-INFO`; distutils: a single file in the same
// format). One rule covers system and user site-packages (`site-packages`, Debian's `dist-packages`),
// every virtual environment under the root, pipx (`~/.local/pipx/venvs/<app>/lib/…`) and `uv tool`
// (`~/.local/share/uv/tools/<tool>/lib/…`) environments, and uv's cache of unpacked wheels.
import { makeComponent } from '../../detectors/component.js';
import { normalizePyName } from '../../detectors/parsers/python.js';
import { parentOf, type Layout, type LayoutResult } from './layout.js';

const DIST_INFO = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
const EGG_INFO_DIR = /(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/;
const EGG_INFO_FILE = /(?:^|\/)[^/]+-[^/]+\.egg-info$/;

export const pythonDistributions: Layout = {
  id: 'python dist-info',
  readsFile: (path) => DIST_INFO.test(path) || EGG_INFO_DIR.test(path) || EGG_INFO_FILE.test(path),
  parse(path, text, context): LayoutResult {
    const headers = coreMetadata(text);
    const name = headers.get('name');
    if (!name) {
      return {
        installations: [],
        errors:
          context.mayName(text, 'pypi') || context.mayName(path, 'pypi')
            ? [{ file: path, line: 1, message: 'the installed core metadata has no Name header' }]
            : [],
      };
    }
    const version = headers.get('version')?.value || null;
    return {
      installations: [
        {
          at: EGG_INFO_FILE.test(path) ? path : parentOf(path),
          component: makeComponent({
            ecosystem: 'pypi',
            name: normalizePyName(name.value),
            version,
            location: { file: path, line: name.line },
            source: 'python dist-info',
            sourceKind: 'registry',
            ...(version === null ? { versionNote: 'the installed core metadata has no Version header' } : {}),
          }),
        },
      ],
      errors: [],
    };
  },
};

/**
 * The header fields of core metadata (an RFC 822-style block ended by the first blank line; the
 * description body after it is not read), by lowercased name, first occurrence, with its line.
 */
function coreMetadata(text: string): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const m = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    if (!out.has(key)) out.set(key, { value: m[2]!.trim(), line: i + 1 });
  }
  return out;
}
