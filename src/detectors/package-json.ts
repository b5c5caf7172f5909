// package.json: every declared dependency (dependencies, devDependencies, optionalDependencies,
// peerDependencies, bundleDependencies) and every version forced by `overrides` (npm),
// `resolutions` (yarn) and `pnpm.overrides`, each located at its key. Exact pins give a version;
// ranges, dist-tags, git, tarballs and paths give `null` with the spec as written. Every dependency
// is reported, whether or not a lockfile beside it also pins it.
import type { Node } from 'jsonc-parser';
import type {
  Component,
  DetectInput,
  Detector,
  DetectorResult,
  Scope,
  ScanError,
} from '../model/component.js';
import { makeComponent } from './component.js';
import { member, members, parseJsonc, stringValue } from './parsers/jsonc.js';
import { isValidPackageName, parseNpmSpec, splitNameSpec } from './parsers/npm-spec.js';
import { tarballIdentity } from './parsers/tarball-url.js';

export const packageJsonDetector: Detector = {
  id: 'package.json',
  role: 'manifest',
  syntax: 'json',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  matches: (path) => path === 'package.json' || path.endsWith('/package.json'),
  detect: (input: DetectInput) => detectPackageJson(input.path, input.text, input.limits.maxDepth),
};

const DEPENDENCY_KINDS: readonly [string, Scope][] = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

interface Ctx {
  file: string;
  components: Component[];
  errors: ScanError[];
  lineOf(n: Node): number;
  /** Root dependency specs by name, for `$name` references in overrides. */
  declared: Map<string, string>;
}

export function detectPackageJson(file: string, input: string, maxDepth: number): DetectorResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const {
    root,
    lines,
    errors: syntax,
  } = parseJsonc(text, file, maxDepth, { comments: false, trailingCommas: false, emptyIsNothing: false });
  if (syntax.length > 0 || root === undefined) return { components, errors: syntax };
  if (root.type !== 'object') {
    errors.push({ file, line: 1, message: 'package.json is not a JSON object' });
    return { components, errors };
  }
  const ctx: Ctx = { file, components, errors, lineOf: (n) => lines.line(n.offset), declared: new Map() };

  for (const [field, scope] of DEPENDENCY_KINDS) {
    const section = member(root, field);
    if (section === undefined) continue;
    if (section.type !== 'object') {
      errors.push({ file, line: ctx.lineOf(section), message: `"${field}" is not an object` });
      continue;
    }
    for (const { key: name, keyNode, value } of members(section)) {
      const spec = stringValue(value);
      if (spec === undefined) {
        errors.push({
          file,
          line: ctx.lineOf(keyNode),
          message: `${field}: the spec of "${clip(name)}" is not a string`,
        });
        continue;
      }
      if (!ctx.declared.has(name)) ctx.declared.set(name, spec);
      push(ctx, name, spec, keyNode, field, scope);
    }
  }

  for (const field of ['bundleDependencies', 'bundledDependencies']) {
    const bundle = member(root, field);
    if (bundle === undefined || bundle.type === 'boolean') continue;
    if (bundle.type !== 'array') {
      errors.push({ file, line: ctx.lineOf(bundle), message: `"${field}" is not an array of names` });
      continue;
    }
    for (const item of bundle.children ?? []) {
      const name = stringValue(item);
      if (name === undefined) {
        errors.push({ file, line: ctx.lineOf(item), message: `${field}: an entry is not a package name` });
        continue;
      }
      push(ctx, name, ctx.declared.get(name) ?? '*', item, field, 'prod');
    }
  }

  const overrides = member(root, 'overrides');
  if (overrides !== undefined) readOverrides(ctx, overrides, 'overrides');

  const resolutions = member(root, 'resolutions');
  if (resolutions !== undefined) {
    if (resolutions.type !== 'object') {
      errors.push({ file, line: ctx.lineOf(resolutions), message: '"resolutions" is not an object' });
    } else {
      for (const { key: pattern, keyNode, value } of members(resolutions)) {
        const spec = stringValue(value);
        const name = lastPackageOfPattern(pattern, '/');
        if (spec === undefined || name === null) {
          errors.push({
            file,
            line: ctx.lineOf(keyNode),
            message: `resolutions: "${clip(pattern)}" is not a package pattern with a spec`,
          });
          continue;
        }
        push(ctx, name, spec, keyNode, 'resolutions');
      }
    }
  }

  const pnpmOverrides = member(member(root, 'pnpm'), 'overrides');
  if (pnpmOverrides !== undefined) {
    if (pnpmOverrides.type !== 'object') {
      errors.push({ file, line: ctx.lineOf(pnpmOverrides), message: '"pnpm.overrides" is not an object' });
    } else {
      for (const { key: selector, keyNode, value } of members(pnpmOverrides)) {
        const raw = stringValue(value);
        const last = selector.slice(selector.lastIndexOf('>') + 1);
        const name = splitNameSpec(last).name;
        if (raw === undefined || name === '') {
          errors.push({
            file,
            line: ctx.lineOf(keyNode),
            message: `pnpm.overrides: "${clip(selector)}" has no spec string`,
          });
          continue;
        }
        if (raw === '-') continue; // removes the dependency
        const spec = resolveReference(ctx, raw, keyNode, 'pnpm.overrides');
        if (spec !== null) push(ctx, name, spec, keyNode, 'pnpm.overrides');
      }
    }
  }
  return { components, errors };
}

/** npm `overrides`: nested objects keyed by `name` or `name@range`, `"."` for the package itself. */
function readOverrides(ctx: Ctx, node: Node, field: string): void {
  if (node.type !== 'object') {
    ctx.errors.push({ file: ctx.file, line: ctx.lineOf(node), message: `"${field}" is not an object` });
    return;
  }
  const work: Node[] = [node];
  while (work.length > 0) {
    const obj = work.pop()!;
    for (const { key: selector, keyNode, value } of members(obj)) {
      if (selector === '.') continue; // read with its parent key
      const name = splitNameSpec(selector).name;
      let specNode: Node | undefined = value;
      if (value.type === 'object') {
        specNode = member(value, '.');
        work.push(value);
      }
      if (specNode === undefined) continue;
      const raw = stringValue(specNode);
      if (raw === undefined) {
        ctx.errors.push({
          file: ctx.file,
          line: ctx.lineOf(keyNode),
          message: `${field}: the spec of "${clip(selector)}" is not a string`,
        });
        continue;
      }
      const spec = resolveReference(ctx, raw, keyNode, field);
      if (spec !== null) push(ctx, name, spec, keyNode, field);
    }
  }
}

/** `$name` stands for the spec the package declares for dependency `name`. */
function resolveReference(ctx: Ctx, raw: string, keyNode: Node, field: string): string | null {
  if (!raw.startsWith('$')) return raw;
  const ref = ctx.declared.get(raw.slice(1));
  if (ref === undefined) {
    ctx.errors.push({
      file: ctx.file,
      line: ctx.lineOf(keyNode),
      message: `${field}: "${clip(raw)}" references a dependency the package does not declare`,
    });
    return null;
  }
  return ref;
}

/** The package a yarn `resolutions` pattern pins: its last package (`**\/a/@s/b@1` → `@s/b`). */
function lastPackageOfPattern(pattern: string, sep: string): string | null {
  const parts = pattern.split(sep).filter((p) => p !== '' && p !== '**' && p !== '*');
  const last = parts[parts.length - 1];
  if (last === undefined) return null;
  const prev = parts[parts.length - 2];
  const joined =
    prev !== undefined && prev.startsWith('@') && !last.startsWith('@') ? `${prev}/${last}` : last;
  const { name } = splitNameSpec(joined);
  return name === '' ? null : name;
}

function push(
  ctx: Ctx,
  declaredName: string,
  spec: string,
  keyNode: Node,
  field: string,
  scope?: Scope,
): void {
  const line = ctx.lineOf(keyNode);
  if (!isValidPackageName(declaredName)) {
    ctx.errors.push({
      file: ctx.file,
      line,
      message: `${field}: "${clip(declaredName)}" is not a valid package name`,
    });
    return;
  }
  const parsed = parseNpmSpec(declaredName, spec);
  if (!isValidPackageName(parsed.name)) {
    ctx.errors.push({
      file: ctx.file,
      line,
      message: `${field}: "${clip(spec)}" does not name a valid package`,
    });
    return;
  }
  // A registry tarball URL pins the package and version it names (`…/name/-/name-1.2.3.tgz`).
  const id = parsed.sourceKind === 'tarball' ? tarballIdentity(parsed.name, spec) : undefined;
  const version = id ? id.version : parsed.version;
  const alias = parsed.alias ?? id?.alias;
  ctx.components.push(
    makeComponent({
      ecosystem: 'npm',
      name: id?.name ?? parsed.name,
      version,
      ...(version === null ? { spec } : {}),
      location: { file: ctx.file, line },
      source: 'package.json',
      sourceKind: parsed.sourceKind,
      ...(alias ? { alias } : {}),
      ...(scope ? { scope } : {}),
      ...(parsed.sourceKind !== 'registry' ? { resolved: spec } : {}),
    }),
  );
}

function clip(s: string): string {
  return s.length > 100 ? s.slice(0, 100) + '…' : s;
}
