// package-lock.json lockfileVersion 1 (and v2 files read without `packages`): the nested
// `dependencies` tree.
import type { SourceKind } from '../../model/component.js';
import { classifyLocation, isSemverVersion, isValidPackageName, parseNpmSpec } from '../parsers/npm-spec.js';
import { parseTarballUrl, tarballPackage, type TarballUrl } from '../parsers/tarball-url.js';
import {
  clip,
  isObject,
  lineOf,
  npmComponent,
  own,
  pushMismatch,
  scopeOf,
  type Ctx,
  type Json,
} from './entries.js';

/** lockfileVersion 1: the nested `dependencies` tree (nested copies under each entry). */
export function readDependencyTree(ctx: Ctx, top: Json, maxDepth: number): void {
  const { file, errors } = ctx;
  const work: { deps: Json; owner: number; depth: number }[] = [{ deps: top, owner: -1, depth: 0 }];
  while (work.length > 0) {
    const { deps, owner, depth } = work.pop()!;
    for (const key of Object.keys(deps)) {
      const { line, id } = lineOf(ctx.where, owner, key);
      const entry = deps[key];
      if (!isObject(entry)) {
        errors.push({ file, line, message: `dependency "${clip(key)}" is not an object` });
        continue;
      }
      const nested = own(entry, 'dependencies');
      if (nested !== undefined) {
        if (!isObject(nested))
          errors.push({ file, line, message: `dependency "${clip(key)}": "dependencies" is not an object` });
        else if (depth + 1 > maxDepth)
          errors.push({ file, line, message: `dependency tree deeper than ${maxDepth} levels` });
        else work.push({ deps: nested, owner: id, depth: depth + 1 });
      }
      readV1Entry(ctx, key, entry, line);
    }
  }
}

function readV1Entry(ctx: Ctx, key: string, entry: Json, line: number): void {
  const { file, errors } = ctx;
  const version = own(entry, 'version');
  if (typeof version !== 'string') {
    errors.push({
      file,
      line,
      message: `dependency "${clip(key)}": "version" is ${version === undefined ? 'missing' : 'not a string'}`,
    });
    return;
  }
  const resolvedField = own(entry, 'resolved');
  if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
    errors.push({ file, line, message: `dependency "${clip(key)}": "resolved" is not a string` });
    return;
  }
  const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
  let spec = parseNpmSpec(key, version);
  if (spec.sourceKind === 'tarball') {
    // npm 7+ writes a registry tarball URL dependency's URL as its v1 `version`.
    const parts = tarballPackage(version, key);
    if (parts !== null) {
      spec = {
        type: 'version',
        name: parts.name,
        ...(parts.name !== key ? { alias: key } : {}),
        version: parts.version,
        spec: version,
        sourceKind: 'registry',
      };
    }
  }
  const name = spec.name;
  if (!isValidPackageName(key) || !isValidPackageName(name)) {
    errors.push({
      file,
      line,
      message: `dependency "${clip(key)}": "${clip(name)}" is not a valid package name`,
    });
    return;
  }
  let ver: string | null = spec.version;
  let sourceKind: SourceKind;
  let tarball: TarballUrl | null = null;
  if (spec.sourceKind === 'registry') {
    if (ver === null) sourceKind = 'other';
    else if (resolved !== undefined) {
      tarball = parseTarballUrl(resolved);
      sourceKind = tarball !== null ? 'registry' : (classifyLocation(resolved) ?? 'other');
    } else sourceKind = 'registry'; // bundled dependencies carry no `resolved`
  } else if (spec.sourceKind === 'file') {
    // v1 `file:` folders are installed as symlinks; `file:` tarballs are unpacked.
    sourceKind = /\.(?:tgz|tar\.gz|tar)$/i.test(version) ? 'file' : 'link';
  } else {
    sourceKind = spec.sourceKind;
  }
  if (ver !== null && !isSemverVersion(ver)) ver = null;
  const integrity = own(entry, 'integrity');
  const c = npmComponent(ctx, line, name, ver, sourceKind, scopeOf(entry));
  if (ver === null) c.spec = version;
  if (typeof integrity === 'string') c.integrity = integrity;
  if (spec.alias !== undefined) c.alias = spec.alias;
  if (resolved !== undefined) c.resolved = resolved;
  else if (!isSemverVersion(version) && !version.startsWith('npm:')) c.resolved = version;
  ctx.components.push(c);
  if (tarball !== null) pushMismatch(ctx, c, tarball);
}
