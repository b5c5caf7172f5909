// npm packages as installed on disk: `…/node_modules/<name>/package.json`. One rule covers every
// place a package manager installs to — npm's global prefix (nvm, fnm, volta, asdf/mise node
// installs, Homebrew node: `…/lib/node_modules`), pnpm's global dir and dlx cache (the real folders
// under `node_modules/.pnpm/…`), bun's global dir, yarn classic's global folder, the npx cache
// (`~/.npm/_npx/<hash>/node_modules`), bunx's (`~/.bun/install/cache/.bunx-<uid>/<spec>/node_modules`)
// and every project's own node_modules. Package managers' download caches are not installations
// (nothing runs from them): yarn classic's `…/yarn/v6/npm-<name>-<version>-…/node_modules/<name>`
// holds every platform package of a tool whatever was installed, and is not read; neither are
// bun's and pnpm's content stores, which keep no package folders.
// The name is read from package.json, not from the folder: an alias install
// (`npm i -g cc@npm:@anthropic-ai/claude-code@2.1.150`) puts the package in `node_modules/cc`.
import { makeComponent } from '../../detectors/component.js';
import { lineOf, parentOf, type Layout, type LayoutResult, type ParseContext } from './layout.js';

/** A package folder's package.json: `node_modules/<name>` or `node_modules/@scope/<name>`. */
const INSTALLED = /(?:^|\/)node_modules\/(?:@[^/.][^/]*\/)?[^/.][^/]*\/package\.json$/;

/** yarn classic's download cache: `yarn/v<n>/npm-<name>-<version>-<hash>-integrity/node_modules/…`. */
const YARN_CACHE = /(?:^|\/)yarn\/v\d+\/npm-[^/]+\/node_modules\//;

export const npmPackages: Layout = {
  id: 'npm package folder',
  readsFile: (path) => path.endsWith('/package.json') && INSTALLED.test(path) && !YARN_CACHE.test(path),
  parse: (path, text, context) => parsePackageJson(path, text, context, 'npm package folder'),
};

/** The component of an installed package's package.json (also used for editor extensions' npm deps). */
export function parsePackageJson(
  path: string,
  text: string,
  context: ParseContext,
  source: string,
): LayoutResult {
  const folder = parentOf(path);
  const alias = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(folder)?.[1];
  let manifest: unknown;
  try {
    manifest = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return unreadable(path, text, context, `package.json is not valid JSON: ${(e as Error).message}`);
  }
  const m = manifest as { name?: unknown; version?: unknown } | null;
  if (!m || typeof m !== 'object' || typeof m.name !== 'string' || m.name === '') {
    return unreadable(path, text, context, 'package.json names no package');
  }
  const version = typeof m.version === 'string' && m.version !== '' ? m.version : null;
  return {
    installations: [
      {
        at: folder,
        component: makeComponent({
          ecosystem: 'npm',
          name: m.name,
          version,
          location: { file: path, line: lineOf(text, /"name"\s*:/) },
          source,
          sourceKind: 'registry',
          ...(alias !== undefined && alias !== m.name ? { alias } : {}),
          ...(version === null ? { versionNote: 'the installed package.json has no version' } : {}),
        }),
      },
    ],
    errors: [],
  };
}

/**
 * Metadata that cannot be read: a located error when its text could name something the policy
 * covers (fail closed), nothing otherwise (a deliberately broken fixture inside some package).
 */
function unreadable(path: string, text: string, context: ParseContext, message: string): LayoutResult {
  return {
    installations: [],
    errors:
      context.mayName(text, 'npm') || context.mayName(path, 'npm') ? [{ file: path, line: 1, message }] : [],
  };
}
