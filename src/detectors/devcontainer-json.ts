// devcontainer.json (`.devcontainer/devcontainer.json`, `.devcontainer/<folder>/devcontainer.json`,
// `.devcontainer.json`, root or template-folder `devcontainer.json`), read as JSONC with offsets:
// features and the tool version each installs, lifecycle commands (string, array and object form)
// and the repository scripts they run, the Dockerfile of `build` with its build args, the compose
// files of `dockerComposeFile`, and VS Code extensions.
import type { Node } from 'jsonc-parser';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { findingComponent, problemError } from './shell/components.js';
import type { VarValue } from './shell/expand.js';
import { CommandScanner } from './shell/scan.js';
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { makeComponent } from './component.js';
import { dirOf, joinRelative, scanCompose } from './compose.js';
import { at, parseJsonc, props, scalarText, strings, strValue } from './devcontainer/jsonc.js';
import {
  featureVersion,
  isVersionOption,
  knownFeature,
  looksLikeAiTool,
  semverLike,
} from './devcontainer/known-features.js';
import { isDockerfilePath, scanDockerfile, shellQuote } from './dockerfile.js';
import { SHELL_SCRIPT_SOURCE } from './shell-script.js';

export const DEVCONTAINER_SOURCE = 'devcontainer.json';

export function isDevcontainerPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'devcontainer.json' || name === '.devcontainer.json';
}

const LIFECYCLE = [
  'initializeCommand',
  'onCreateCommand',
  'updateContentCommand',
  'postCreateCommand',
  'postStartCommand',
  'postAttachCommand',
];

/** The feature reference split into its component name and kind. */
export function featureRef(key: string): { name: string; kind: 'registry' | 'tarball' | 'file' } {
  if (/^\.{1,2}\//.test(key)) return { name: key, kind: 'file' };
  if (/^https?:\/\//i.test(key)) return { name: key.replace(/^https?:\/\//i, ''), kind: 'tarball' };
  let name = key;
  const digest = name.indexOf('@');
  if (digest !== -1) name = name.slice(0, digest);
  else {
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) name = name.slice(0, colon);
  }
  return { name: name.toLowerCase(), kind: 'registry' };
}

/** The version a feature's option value stands for: exact, or null with the value as the spec. */
function versionOf(
  value: string,
  toVersion: (v: string) => string | null,
): { version: string | null; spec?: string } {
  if (value.includes('${')) return { version: null, spec: value };
  const v = toVersion(value);
  return v ? { version: v } : { version: null, spec: value };
}

export async function scanDevcontainer(input: DetectInput): Promise<DetectorResult> {
  const { path, text } = input;
  const lines = new LineIndex(text);
  const components: Component[] = [];
  const parsed = parseJsonc(text, path, lines, input.limits.maxDepth);
  const errors: ScanError[] = [...parsed.errors];
  const root = parsed.root;
  if (!root || root.type !== 'object') {
    if (root && errors.length === 0)
      errors.push({ file: path, line: 1, message: 'devcontainer.json is not a JSON object' });
    return { components, errors };
  }
  const dir = dirOf(path);
  const lineOf = (n: Node): number => lines.line(n.offset);

  // Features.
  for (const f of props(at(root, ['features']))) {
    const ref = featureRef(f.key);
    const options = f.value.type === 'object' ? props(f.value) : [];
    const legacyVersion = f.value.type === 'string' ? strValue(f.value) : undefined;
    const known = knownFeature(ref.name);
    let version: string | null = null;
    let spec: string | undefined;
    if (known) {
      const opt = known.versionOption ? options.find((o) => o.key === known.versionOption) : undefined;
      const value = (opt ? scalarText(opt.value) : undefined) ?? legacyVersion ?? known.defaultVersion;
      ({ version, spec } = versionOf(value, (v) => featureVersion(known, v)));
    } else {
      const ai = looksLikeAiTool(ref.name);
      const opt = options.find((o) => (ai ? isVersionOption(o.key) : o.key === 'version'));
      const value = (opt ? scalarText(opt.value) : undefined) ?? legacyVersion;
      if (value !== undefined) {
        ({ version, spec } = versionOf(
          value,
          ai ? (v) => semverLike(v.replace(/^[a-z]+-(?=v?\d)/i, '')) : () => null,
        ));
      }
    }
    const line = lineOf(f.keyNode);
    components.push(
      makeComponent({
        ecosystem: 'devcontainer-feature',
        name: ref.name,
        version,
        ...(version === null && spec !== undefined ? { spec } : {}),
        location: { file: path, line },
        source: DEVCONTAINER_SOURCE,
        sourceKind: ref.kind,
        resolved: f.key,
      }),
    );
    if (known?.installs) {
      components.push(
        makeComponent({
          ecosystem: known.installs.ecosystem,
          name: known.installs.package,
          version,
          ...(version === null && spec !== undefined ? { spec } : {}),
          location: { file: path, line },
          source: DEVCONTAINER_SOURCE,
          sourceKind: 'registry',
        }),
      );
    }
    if (ref.kind === 'file') {
      // A local feature: its install.sh runs with the options as upper-case variables.
      const folder = joinRelative(dir, f.key);
      if (folder !== null) {
        const env = new Map<string, VarValue>();
        for (const o of options) {
          const v = scalarText(o.value);
          if (v !== undefined)
            env.set(o.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), { text: v, unknown: v.includes('${') });
        }
        await scanScriptFile(
          input,
          `${folder ? folder + '/' : ''}install.sh`,
          components,
          errors,
          env,
          new Set(),
        );
      }
    }
  }

  // Lifecycle commands, with the container's and the remote environment.
  const lifecycleEnv = new Map<string, VarValue>();
  for (const key of ['containerEnv', 'remoteEnv']) {
    for (const e of props(at(root, [key]))) {
      const v = scalarText(e.value);
      if (v !== undefined) lifecycleEnv.set(e.key, { text: v, unknown: v.includes('${') });
    }
  }
  const scanner = new CommandScanner(new Map(lifecycleEnv));
  for (const key of LIFECYCLE) {
    const node = at(root, [key]);
    if (!node) continue;
    const commands = node.type === 'object' ? props(node).map((p) => p.value) : [node];
    for (const c of commands) {
      if (c.type === 'string') {
        const s = strValue(c) ?? '';
        scanner.scan(s, () => lineOf(c));
      } else if (c.type === 'array') {
        const argv = strings(c).map((n) => strValue(n) ?? '');
        const script = argv.map(shellQuote).join(' ');
        scanner.scan(script, () => lineOf(c));
      }
    }
  }
  scanner.finish();
  for (const f of scanner.findings) components.push(findingComponent(f, path, DEVCONTAINER_SOURCE));
  for (const p of scanner.problems) errors.push(problemError(p, path, 'lifecycle command'));
  const workspace = workspaceRoot(path);
  const visited = new Set<string>();
  for (const run of scanner.scriptRuns) {
    const rel = run.path.replace(/^\$\{(containerWorkspaceFolder|localWorkspaceFolder)\}\/?/, '');
    for (const base of [workspace, dir]) {
      const p = joinRelative(base, rel);
      if (p !== null && (await scanScriptFile(input, p, components, errors, new Map(lifecycleEnv), visited)))
        break;
    }
  }

  // Build: the Dockerfile with the build args, or the compose service's build.
  const build = at(root, ['build']);
  const dockerfile =
    strValue(at(build, ['dockerfile'])) ??
    strValue(at(root, ['dockerFile'])) ??
    strValue(at(build, ['dockerFile']));
  if (dockerfile !== undefined) {
    const args = new Map<string, VarValue>();
    for (const a of props(at(build, ['args']))) {
      const v = scalarText(a.value);
      if (v !== undefined) args.set(a.key, { text: v, unknown: v.includes('${') });
    }
    const df = joinRelative(dir, dockerfile);
    const dockerText = df === null ? null : await input.readFile(df);
    if (df !== null && dockerText !== null) {
      const r = scanDockerfile(dockerText, df, { buildArgs: args });
      components.push(...r.components);
      if (!isDockerfilePath(df)) errors.push(...r.errors);
    }
  }
  const composeNode = at(root, ['dockerComposeFile']);
  const composeFiles =
    composeNode?.type === 'array'
      ? strings(composeNode).map((n) => strValue(n) ?? '')
      : [strValue(composeNode)];
  const service = strValue(at(root, ['service']));
  for (const cf of composeFiles) {
    if (!cf) continue;
    const p = joinRelative(dir, cf);
    const composeText = p === null ? null : await input.readFile(p);
    if (p === null || composeText === null) continue;
    const r = await scanCompose(p, composeText, input, service);
    components.push(...r.components);
  }

  // VS Code extensions (and the legacy top-level `extensions`).
  for (const list of [at(root, ['customizations', 'vscode', 'extensions']), at(root, ['extensions'])]) {
    for (const n of strings(list)) {
      const c = extensionComponent(strValue(n) ?? '', path, lineOf(n), DEVCONTAINER_SOURCE);
      if (c) components.push(c);
    }
  }
  return { components, errors };
}

/** `publisher.name` or `publisher.name@1.2.3`; `-publisher.name` (a removal) yields nothing. */
export function extensionComponent(id: string, file: string, line: number, source: string): Component | null {
  const m = /^\s*([A-Za-z0-9][\w-]*\.[A-Za-z0-9][\w.-]*)(?:@(.+))?\s*$/.exec(id);
  if (!m) return null;
  const pin = m[2];
  const version = pin && semverLike(pin) ? semverLike(pin) : null;
  return makeComponent({
    ecosystem: 'vscode-extension',
    name: m[1]!.toLowerCase(),
    version,
    ...(version === null ? { spec: pin ?? 'latest' } : {}),
    location: { file, line },
    source,
    sourceKind: 'registry',
  });
}

/** The folder the lifecycle commands run in: the parent of `.devcontainer`, else the config's folder. */
function workspaceRoot(path: string): string {
  const parts = path.split('/');
  const i = parts.lastIndexOf('.devcontainer');
  if (i >= 0) return parts.slice(0, i).join('/');
  return dirOf(path);
}

/**
 * Scans a repository script run by a lifecycle command (or a local feature's install.sh); its
 * components are located in the script, as the shell-script detector reports them. Follows the
 * scripts it runs in turn. Returns whether the script exists.
 */
async function scanScriptFile(
  input: DetectInput,
  path: string,
  components: Component[],
  errors: ScanError[],
  env: Map<string, VarValue>,
  visited: Set<string>,
): Promise<boolean> {
  if (visited.has(path)) return true;
  if (visited.size > 32) return false;
  const text = await input.readFile(path);
  if (text === null) return false;
  visited.add(path);
  const lines = new LineIndex(text);
  const scanner = new CommandScanner(env);
  scanner.scan(text, (o) => lines.line(o));
  scanner.finish();
  for (const f of scanner.findings) components.push(findingComponent(f, path, SHELL_SCRIPT_SOURCE));
  if (!/\.(sh|bash)$/.test(path)) for (const p of scanner.problems) errors.push(problemError(p, path));
  const dir = dirOf(path);
  for (const run of scanner.scriptRuns) {
    const p = joinRelative(dir, run.path);
    const fromRoot = joinRelative('', run.path);
    for (const candidate of [fromRoot, p]) {
      if (
        candidate !== null &&
        (await scanScriptFile(input, candidate, components, errors, new Map(), visited))
      )
        break;
    }
  }
  return true;
}

export const devcontainerDetector: Detector = {
  id: DEVCONTAINER_SOURCE,
  role: 'environment',
  syntax: 'jsonc',
  ecosystems: ['devcontainer-feature', 'vscode-extension', ...COMMAND_ECOSYSTEMS],
  matches: isDevcontainerPath,
  detect: scanDevcontainer,
};
