// Committed copies of a catalog npm package (`node_modules/<name>/package.json`, at any depth):
// the only files under `node_modules/` a scan reads. Naming them by path keeps the cost of a
// vendored tree at a few look-ups instead of reading thousands of package folders.
import { carriersOf } from './index.js';

let names: ReadonlySet<string> | undefined;

/** The npm packages the catalog knows as carriers of a tool, lowercased. */
export function vendoredCatalogNames(): ReadonlySet<string> {
  names ??= new Set(carriersOf('npm').map((c) => c.carrier.package.toLowerCase()));
  return names;
}

const VENDORED = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;

/** The package a vendored `package.json` path names when it is a catalog package, else null. */
export function vendoredPackageName(path: string): string | null {
  const m = VENDORED.exec(path);
  if (!m || !vendoredCatalogNames().has(m[1]!.toLowerCase())) return null;
  return m[1]!;
}
