// Editor extensions as installed on disk: `<data dir>/extensions/<publisher>.<name>-<version>[-<target>]/
// package.json`, the layout VS Code and its forks share (`~/.vscode/extensions`,
// `~/.vscode-server/extensions`, `~/.vscode-insiders/extensions`, `~/.cursor/extensions`,
// `~/.windsurf/extensions`, VSCodium's `~/.vscode-oss/extensions`, `%USERPROFILE%\.vscode\extensions`).
// The identity is the manifest's `publisher` and `name`, not the folder name; a package.json in some
// other `extensions/` folder without `engines.vscode` is not an extension.
// An extension uninstalled while the editor ran stays on disk (listed in `extensions/.obsolete`)
// until the editor restarts: its files are there, so it is reported.
import { makeComponent } from '../../detectors/component.js';
import { lineOf, parentOf, type Layout, type LayoutResult } from './layout.js';

const EXTENSION_MANIFEST = /(?:^|\/)extensions\/[^/.][^/]*\/package\.json$/;

export const editorExtensions: Layout = {
  id: 'editor extension folder',
  readsFile: (path) => EXTENSION_MANIFEST.test(path) && !path.includes('/node_modules/'),
  parse(path, text, context): LayoutResult {
    let manifest: unknown;
    try {
      manifest = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const relevant = context.mayName(text, 'vscode-extension') || context.mayName(path, 'vscode-extension');
      return {
        installations: [],
        errors: relevant
          ? [{ file: path, line: 1, message: `package.json is not valid JSON: ${(e as Error).message}` }]
          : [],
      };
    }
    const m = manifest as {
      publisher?: unknown;
      name?: unknown;
      version?: unknown;
      engines?: { vscode?: unknown };
    };
    if (
      !m ||
      typeof m !== 'object' ||
      typeof m.engines !== 'object' ||
      m.engines === null ||
      !('vscode' in m.engines)
    )
      return { installations: [], errors: [] };
    if (typeof m.publisher !== 'string' || typeof m.name !== 'string' || !m.publisher || !m.name) {
      return {
        installations: [],
        errors: [{ file: path, line: 1, message: 'extension manifest has no publisher or name' }],
      };
    }
    const version = typeof m.version === 'string' && m.version !== '' ? m.version : null;
    return {
      installations: [
        {
          at: parentOf(path),
          component: makeComponent({
            ecosystem: 'vscode-extension',
            name: `${m.publisher}.${m.name}`.toLowerCase(),
            version,
            location: { file: path, line: lineOf(text, /"publisher"\s*:/) },
            source: 'editor extension folder',
            sourceKind: 'registry',
            ...(version === null ? { versionNote: 'the extension manifest has no version' } : {}),
          }),
        },
      ],
      errors: [],
    };
  },
};
