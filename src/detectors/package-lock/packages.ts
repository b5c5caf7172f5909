// package-lock.json lockfileVersion 2 and 3 (and 4): the flat `packages` map keyed by install path.
import type { EntryScreen, SourceKind } from '../../model/component.js';
import { classifyLocation, isSemverVersion, isValidPackageName, parseNpmSpec } from '../parsers/npm-spec.js';
import { isOwnRegistryTarball, parseTarballUrl, type TarballUrl } from '../parsers/tarball-url.js';
import { clip, isObject, npmComponent, own, pushMismatch, scopeOf, type Ctx, type Json } from './entries.js';

/** The package name a `node_modules/…` path installs: the part after the last `node_modules/`. */
function nameFromPath(path: string): string | null {
  const i = path.lastIndexOf('node_modules/');
  if (i < 0 || (i > 0 && path[i - 1] !== '/')) return null;
  return path.slice(i + 'node_modules/'.length);
}

/** lockfileVersion 2 and 3: the flat `packages` map keyed by install path. */
export function readPackages(
  ctx: Ctx,
  packages: Json,
  keys: readonly string[],
  lines: readonly number[],
): void {
  const { file, errors } = ctx;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === '') continue; // the root project itself
    const line = lines[k] ?? 1;
    const entry = packages[key];
    if (!isObject(entry)) {
      errors.push({ file, line, message: `entry "${clip(key)}" is not an object` });
      continue;
    }
    const version = own(entry, 'version');
    if (version !== undefined && typeof version !== 'string') {
      errors.push({ file, line, message: `entry "${clip(key)}": "version" is not a string` });
      continue;
    }
    const nameField = own(entry, 'name');
    if (nameField !== undefined && typeof nameField !== 'string') {
      errors.push({ file, line, message: `entry "${clip(key)}": "name" is not a string` });
      continue;
    }
    const resolvedField = own(entry, 'resolved');
    if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
      errors.push({ file, line, message: `entry "${clip(key)}": "resolved" is not a string` });
      continue;
    }
    const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
    const pathName = nameFromPath(key);
    const inNodeModules = pathName !== null;
    let name = nameField ?? pathName ?? key.slice(key.lastIndexOf('/') + 1);
    if (!inNodeModules && !isValidPackageName(name)) {
      // A folder outside node_modules (a workspace, or a linked folder outside the tree such as
      // `../../..`) is named by its own package.json, which npm reads at install time: name it by
      // its key, as written. Only what npm fetches into node_modules needs a package name.
      name = key;
    } else if (
      !isValidPackageName(name) ||
      (pathName !== null && pathName !== name && !isValidPackageName(pathName))
    ) {
      errors.push({
        file,
        line,
        message: `entry "${clip(key)}": "${clip(name)}" is not a valid package name`,
      });
      continue;
    }
    const alias = inNodeModules && pathName !== name ? pathName : undefined;
    const integrity = own(entry, 'integrity');
    let sourceKind: SourceKind;
    let tarball: TarballUrl | null = null;
    let ver: string | null = version !== undefined && version !== '' ? version : null;
    let spec: string | undefined;
    if (own(entry, 'link') === true) {
      sourceKind = 'link';
      const target = resolved !== undefined ? packages[resolved] : undefined;
      const tv = isObject(target) && Object.hasOwn(packages, resolved!) ? own(target, 'version') : undefined;
      ver = typeof tv === 'string' && tv !== '' ? tv : null;
    } else if (!inNodeModules) {
      sourceKind = 'workspace';
    } else if (resolved !== undefined) {
      if (ver !== null && isOwnRegistryTarball(resolved, name, ver)) {
        sourceKind = 'registry';
      } else {
        tarball = parseTarballUrl(resolved);
        sourceKind = tarball !== null ? 'registry' : (classifyLocation(resolved) ?? 'other');
      }
    } else if (ver !== null && isSemverVersion(ver)) {
      sourceKind = 'registry';
    } else if (ver !== null) {
      // Old or hand-edited entries can carry a spec in `version` (`file:…`, a git URL).
      const parsed = parseNpmSpec(name, ver);
      sourceKind = parsed.sourceKind === 'registry' ? 'other' : parsed.sourceKind;
    } else {
      sourceKind = 'other';
    }
    if (ver !== null && !isSemverVersion(ver)) {
      spec = ver;
      ver = null;
    }
    if (ver === null && spec === undefined) spec = resolved ?? (sourceKind === 'link' ? 'link' : '*');
    const c = npmComponent(ctx, line, name, ver, sourceKind, scopeOf(entry));
    if (spec !== undefined) c.spec = spec;
    if (typeof integrity === 'string') c.integrity = integrity;
    if (alias !== undefined) c.alias = alias;
    if (resolved !== undefined) c.resolved = resolved;
    ctx.components.push(c);
    if (tarball !== null) pushMismatch(ctx, c, tarball);
  }
}

/**
 * The keys of the entries an audit's screen keeps (DetectInput.screen), in order, and how many
 * components the others hold. Only an entry that installs its own registry tarball (`resolved`
 * is `…/<name>/-/<name>-<version>.tgz`, or absent with a semver version) under a name no rule
 * may match, with a hash that cannot be a banned artifact's, is dropped: it holds exactly one
 * component, and nothing in it can name another package. Every other entry is kept (a local
 * archive or folder, a git source, a URL naming another package, an alias whose `name` may
 * match, a name a manifest declares, a value of the wrong type).
 */
export function screenPackages(
  packages: Json,
  keys: readonly string[],
  screen: EntryScreen,
): { keys: string[]; notBuilt: number } {
  const kept: string[] = [];
  let notBuilt = 0;
  const declared = screen.declaresAny();
  for (const key of keys) {
    const entry = packages[key];
    const pathName = nameFromPath(key);
    if (pathName === null || !isObject(entry)) {
      kept.push(key);
      continue;
    }
    const version = own(entry, 'version');
    const name = own(entry, 'name');
    const resolved = own(entry, 'resolved');
    const integrity = own(entry, 'integrity');
    if (
      typeof version !== 'string' ||
      (name !== undefined && typeof name !== 'string') ||
      (integrity !== undefined && typeof integrity !== 'string') ||
      (resolved === undefined
        ? !isSemverVersion(version)
        : typeof resolved !== 'string' || !isOwnRegistryTarball(resolved, name ?? pathName, version)) ||
      screen.nameMayMatter(NPM, key) ||
      (name !== undefined && screen.nameMayMatter(NPM, name)) ||
      screen.hashMayMatter(integrity as string | undefined, resolved as string | undefined) ||
      (declared && screen.declares('npm', name ?? pathName))
    ) {
      kept.push(key);
      continue;
    }
    notBuilt++;
  }
  return { keys: kept, notBuilt };
}

const NPM = ['npm'] as const;
