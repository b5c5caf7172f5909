// pyproject.toml: the dependencies a project declares (not what a lockfile resolved).
//   PEP 621  `project.dependencies` (prod), `project.optional-dependencies.<extra>` (optional);
//   PEP 735  `dependency-groups.<group>` (dev; `{include-group = …}` entries name no package);
//   PEP 518  `build-system.requires` (dev: installed to build the project);
//   Poetry   `tool.poetry.dependencies` (prod, `python` is the interpreter),
//            `tool.poetry.group.<g>.dependencies` and `tool.poetry.dev-dependencies` (dev), each
//            value a constraint string, a table (`version`, `git`, `path`, `url`, `optional`) or a
//            list of such tables;
//   PDM/uv   `tool.pdm.dev-dependencies.<group>`, `tool.uv.dev-dependencies` (dev),
//            `tool.uv.override-dependencies` and `constraint-dependencies` (prod);
//   Hatch    `tool.hatch.envs.<env>.dependencies` and `extra-dependencies` (dev);
//            `tool.uv.sources` redirects a named requirement to git, a path, a URL or a
//            workspace member, which changes where that component comes from.
// Exact pins (`==1.2.3`, `===1.2.3`, and Poetry's bare `1.2.3`) give a version; anything else
// gives the spec as written. Each component is located on its entry's line.
import type {
  Component,
  Detector,
  DetectInput,
  DetectorResult,
  ScanError,
  Scope,
  SourceKind,
} from '../model/component.js';
import { makeComponent } from './component.js';
import {
  directReferenceKind,
  distributionFromFilename,
  exactVersion,
  excerpt,
  normalizePyName,
  parsePep508,
} from './parsers/python.js';
import { TomlPositions } from './parsers/toml-positions.js';
import { parseToml, str, tbl, type TomlTable } from './parsers/toml.js';

const SOURCE = 'pyproject.toml';

export const pyprojectTomlDetector: Detector = {
  id: SOURCE,
  role: 'manifest',
  syntax: 'toml',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)pyproject\.toml$/.test(path),
  detect: detectPyproject,
};

class Collector {
  readonly components: Component[] = [];
  readonly errors: ScanError[] = [];
  constructor(
    readonly file: string,
    readonly positions: TomlPositions,
  ) {}

  /** The line of a key path: the key itself, else its table header, else the nearest ancestor. */
  lineOf(path: readonly string[]): number {
    for (let n = path.length; n > 0; n--) {
      const p = path.slice(0, n);
      const line = this.positions.key(p)?.line ?? this.positions.tableLine(p);
      if (line !== undefined) return line;
    }
    return 1;
  }

  /** The line of the i-th element of the array at `path`. */
  elementLine(path: readonly string[], i: number): number {
    return this.positions.key(path)?.elements?.[i] ?? this.lineOf(path);
  }

  /** A list of PEP 508 strings (PEP 621, PEP 735, build-system, PDM, uv). */
  pep508List(value: unknown, path: string[], scope: Scope): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.errors.push({
        file: this.file,
        line: this.lineOf(path),
        message: `"${path.join('.')}" is not an array`,
      });
      return;
    }
    value.forEach((entry: unknown, i) => {
      const line = this.elementLine(path, i);
      if (typeof entry === 'object' && entry !== null && 'include-group' in entry) return;
      if (typeof entry !== 'string') {
        this.errors.push({ file: this.file, line, message: `"${path.join('.')}" entry is not a string` });
        return;
      }
      this.pep508(entry, line, scope);
    });
  }

  pep508(text: string, line: number, scope: Scope): void {
    const req = parsePep508(text);
    if (!req) {
      this.errors.push({ file: this.file, line, message: `invalid requirement: ${excerpt(text)}` });
      return;
    }
    const name = normalizePyName(req.name);
    if (req.url !== undefined) {
      const kind = directReferenceKind(req.url);
      const fromFile =
        kind === 'url' || kind === 'file' ? distributionFromFilename(req.url.split(/[?#]/)[0]!) : null;
      const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
      this.add(name, version, req.url, line, kind, scope, req.url);
      return;
    }
    const version = exactVersion(req.specifier);
    this.add(name, version, req.specifier === '' ? '*' : req.specifier, line, 'registry', scope);
  }

  /** A Poetry dependency table: `name = value` under `path`. */
  poetryDependencies(deps: TomlTable | undefined, path: string[], scope: Scope): void {
    if (!deps) return;
    for (const [rawName, value] of Object.entries(deps)) {
      if (rawName.toLowerCase() === 'python') continue; // the interpreter, not a package
      const line = this.lineOf([...path, rawName]);
      const name = normalizePyName(rawName);
      const list = Array.isArray(value) ? value : [value];
      for (const v of list) this.poetryValue(name, v, line, scope);
    }
  }

  private poetryValue(name: string, value: unknown, line: number, scope: Scope): void {
    if (typeof value === 'string') {
      this.add(name, poetryExact(value), value, line, 'registry', scope);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.errors.push({ file: this.file, line, message: `dependency "${name}" has an unreadable value` });
      return;
    }
    const t = value as TomlTable;
    const s = t['optional'] === true && scope === 'prod' ? 'optional' : scope;
    const git = str(t, 'git');
    if (git !== undefined) {
      const ref = str(t, 'rev') ?? str(t, 'tag') ?? str(t, 'branch');
      const resolved = ref ? `${git}#${ref}` : git;
      this.add(name, null, resolved, line, 'git', s, resolved);
      return;
    }
    const path = str(t, 'path');
    if (path !== undefined) {
      this.add(name, null, path, line, t['develop'] === true ? 'workspace' : 'file', s, path);
      return;
    }
    const url = str(t, 'url');
    if (url !== undefined) {
      const fromFile = distributionFromFilename(url.split(/[?#]/)[0]!);
      const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
      this.add(name, version, url, line, 'url', s, url);
      return;
    }
    const version = str(t, 'version') ?? '*';
    this.add(name, poetryExact(version), version, line, 'registry', s);
  }

  private add(
    name: string,
    version: string | null,
    spec: string,
    line: number,
    sourceKind: SourceKind,
    scope: Scope,
    resolved?: string,
  ): void {
    this.components.push(
      makeComponent({
        ecosystem: 'pypi',
        name,
        version,
        ...(version ? {} : { spec }),
        location: { file: this.file, line },
        source: SOURCE,
        sourceKind,
        scope,
        ...(resolved ? { resolved } : {}),
      }),
    );
  }
}

/** Poetry constraints: a bare version (`1.2.3`) or `==1.2.3` is an exact pin. */
function poetryExact(constraint: string): string | null {
  const c = constraint.trim();
  if (/^v?[0-9][A-Za-z0-9.+!-]*$/.test(c) && !c.includes('*')) return c;
  return exactVersion(c);
}

export function detectPyproject(input: DetectInput): DetectorResult {
  const file = input.path;
  const parsed = parseToml(file, input.text, input.limits.maxDepth);
  if (!parsed.ok) return { components: [], errors: [parsed.error] };
  const doc = parsed.value;
  const c = new Collector(file, new TomlPositions(input.text));

  const project = tbl(doc, 'project');
  c.pep508List(project?.['dependencies'], ['project', 'dependencies'], 'prod');
  const optional = tbl(project, 'optional-dependencies');
  for (const [extra, list] of Object.entries(optional ?? {})) {
    c.pep508List(list, ['project', 'optional-dependencies', extra], 'optional');
  }
  for (const [group, list] of Object.entries(tbl(doc, 'dependency-groups') ?? {})) {
    c.pep508List(list, ['dependency-groups', group], 'dev');
  }
  c.pep508List(tbl(doc, 'build-system')?.['requires'], ['build-system', 'requires'], 'dev');

  const tool = tbl(doc, 'tool');
  const poetry = tbl(tool, 'poetry');
  c.poetryDependencies(tbl(poetry, 'dependencies'), ['tool', 'poetry', 'dependencies'], 'prod');
  c.poetryDependencies(tbl(poetry, 'dev-dependencies'), ['tool', 'poetry', 'dev-dependencies'], 'dev');
  for (const [group, def] of Object.entries(tbl(poetry, 'group') ?? {})) {
    const deps = typeof def === 'object' && def !== null ? tbl(def as TomlTable, 'dependencies') : undefined;
    c.poetryDependencies(deps, ['tool', 'poetry', 'group', group, 'dependencies'], 'dev');
  }
  for (const [group, list] of Object.entries(tbl(tbl(tool, 'pdm'), 'dev-dependencies') ?? {})) {
    c.pep508List(list, ['tool', 'pdm', 'dev-dependencies', group], 'dev');
  }
  const uv = tbl(tool, 'uv');
  c.pep508List(uv?.['dev-dependencies'], ['tool', 'uv', 'dev-dependencies'], 'dev');
  // uv installs an override's version whatever else is required, and a constraint's version
  // whenever the package is required: both name versions an install can bring in.
  c.pep508List(uv?.['override-dependencies'], ['tool', 'uv', 'override-dependencies'], 'prod');
  c.pep508List(uv?.['constraint-dependencies'], ['tool', 'uv', 'constraint-dependencies'], 'prod');
  for (const [env, def] of Object.entries(tbl(tbl(tool, 'hatch'), 'envs') ?? {})) {
    const t = typeof def === 'object' && def !== null ? (def as TomlTable) : undefined;
    for (const key of ['dependencies', 'extra-dependencies'])
      c.pep508List(t?.[key], ['tool', 'hatch', 'envs', env, key], 'dev');
  }
  applyUvSources(c.components, tbl(uv, 'sources'));
  return { components: c.components, errors: c.errors };
}

/**
 * `[tool.uv.sources]`: `name = { git = …, tag/branch/rev = … }`, `{ path = …, editable = … }`,
 * `{ url = … }`, `{ workspace = true }` or `{ index = … }` (still a package index). A list of
 * sources (one per marker) counts by its first entry.
 */
function applyUvSources(components: Component[], sources: TomlTable | undefined): void {
  if (!sources) return;
  const byName = new Map<string, TomlTable>();
  for (const [name, value] of Object.entries(sources)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'object' && first !== null && !Array.isArray(first))
      byName.set(normalizePyName(name), first as TomlTable);
  }
  for (let i = 0; i < components.length; i++) {
    const comp = components[i]!;
    const src = byName.get(comp.name);
    if (!src || comp.sourceKind !== 'registry' || comp.scope === undefined) continue;
    let kind: SourceKind | undefined;
    let resolved: string | undefined;
    const git = str(src, 'git');
    const path = str(src, 'path');
    const url = str(src, 'url');
    if (git !== undefined) {
      const ref = str(src, 'rev') ?? str(src, 'tag') ?? str(src, 'branch');
      kind = 'git';
      resolved = ref ? `${git}#${ref}` : git;
    } else if (path !== undefined) {
      kind = src['editable'] === true ? 'workspace' : 'file';
      resolved = path;
    } else if (url !== undefined) {
      kind = 'url';
      resolved = url;
    } else if (src['workspace'] === true) {
      kind = 'workspace';
    }
    if (!kind) continue;
    // An exact pin still holds (the installer checks the built package's version).
    components[i] = makeComponent({
      ...comp,
      purl: undefined,
      ...(comp.version ? {} : { spec: resolved ?? comp.spec ?? '*' }),
      sourceKind: kind,
      ...(resolved ? { resolved } : {}),
    });
  }
}
