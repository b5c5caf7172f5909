// devcontainer.json (`.devcontainer/devcontainer.json`, `.devcontainer/<folder>/devcontainer.json`,
// `.devcontainer.json`, root or template-folder `devcontainer.json`), read as JSONC with offsets:
// features and the tool version each installs, lifecycle commands (string, array and object form)
// and the repository scripts they run, the Dockerfile of `build` with its build args, the compose
// files of `dockerComposeFile`, and VS Code extensions.
import type { Node } from 'jsonc-parser';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { findingComponent, problemError } from './shell/components.js';
import type { VarValue } from './shell/expand.js';
import { candidatePaths, FlowFollower, newSink, scanWithSources, sinkResult } from './flows/follow.js';
import { followDockerBuild } from './flows/dockerfile.js';
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { makeComponent } from './component.js';
import { dirOf, followCompose, joinRelative } from './compose.js';
import { at, JSONC, parseJsonc, members, scalarText, strings, stringValue } from './parsers/jsonc.js';
import {
  featureVersion,
  isVersionOption,
  knownFeature,
  looksLikeAiTool,
  semverLike,
} from './devcontainer/known-features.js';
import { packageFeatureComponents } from './devcontainer/package-features.js';
import { imageComponent } from './parsers/oci-image.js';
import { shellQuote } from './dockerfile.js';
import { packageFeature } from '../catalog/index.js';

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
  const parsed = parseJsonc(text, path, input.limits.maxDepth, JSONC, lines);
  const errors: ScanError[] = [...parsed.errors];
  const root = parsed.root;
  if (!root || root.type !== 'object') {
    if (root && errors.length === 0)
      errors.push({ file: path, line: 1, message: 'devcontainer.json is not a JSON object' });
    return { components, errors };
  }
  const dir = dirOf(path);
  const lineOf = (n: Node): number => lines.line(n.offset);
  const workspace = workspaceRoot(path);
  const sink = newSink();
  sink.components = components;
  sink.errors = errors;
  const follower = new FlowFollower(input.readFile, sink, workspace);

  // The image the container runs (`image`), when it is a tool's image.
  const image = at(root, ['image']);
  const imageText = stringValue(image);
  if (image && imageText !== undefined) {
    const c = imageComponent(imageText, { file: path, line: lineOf(image) }, DEVCONTAINER_SOURCE, {
      unknown: imageText.includes('${'),
    });
    if (c) components.push(c);
  }

  // Features.
  for (const f of members(at(root, ['features']))) {
    const ref = featureRef(f.key);
    const options = f.value.type === 'object' ? members(f.value) : [];
    const legacyVersion = f.value.type === 'string' ? stringValue(f.value) : undefined;
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
          // What the feature installs: one installation, judged as this package.
          sameInstallationAs: {
            ecosystem: 'devcontainer-feature',
            name: ref.name,
            location: { file: path, line },
          },
        }),
      );
    }
    const generic = ref.kind === 'registry' ? packageFeature(ref.name) : undefined;
    if (generic)
      components.push(
        ...packageFeatureComponents(generic, options, { file: path, line }, lineOf, DEVCONTAINER_SOURCE),
      );
    if (ref.kind === 'file') {
      // A local feature: its install.sh runs with the options as upper-case variables.
      const folder = joinRelative(dir, f.key);
      if (folder !== null) {
        const env = new Map<string, VarValue>();
        for (const o of options) {
          const v = scalarText(o.value);
          if (v !== undefined)
            env.set(o.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), {
              text: v,
              unknown: v.includes('${'),
              from: { file: path, line: lineOf(o.keyNode) },
            });
        }
        await follower.script(`${folder ? folder + '/' : ''}install.sh`, {
          env,
          args: [],
          cwd: folder,
          via: [{ file: path, line }],
        });
      }
    }
  }

  // Lifecycle commands, with the container's and the remote environment.
  const lifecycleEnv = new Map<string, VarValue>();
  for (const key of ['containerEnv', 'remoteEnv']) {
    for (const e of members(at(root, [key]))) {
      const v = scalarText(e.value);
      if (v !== undefined)
        lifecycleEnv.set(e.key, {
          text: v,
          unknown: v.includes('${'),
          from: { file: path, line: lineOf(e.keyNode) },
        });
    }
  }
  const scanner = await scanWithSources(
    input.readFile,
    path,
    (p) => candidatePaths(p, { cwd: workspace, workspace, callerDir: dir }),
    (scanner) => {
      for (const key of LIFECYCLE) {
        const node = at(root, [key]);
        if (!node) continue;
        const commands = node.type === 'object' ? members(node).map((p) => p.value) : [node];
        for (const c of commands) {
          if (c.type === 'string') {
            const s = stringValue(c) ?? '';
            scanner.scan(s, () => lineOf(c));
          } else if (c.type === 'array') {
            const argv = strings(c).map((n) => stringValue(n) ?? '');
            const script = argv.map(shellQuote).join(' ');
            scanner.scan(script, () => lineOf(c));
          }
        }
      }
    },
    lifecycleEnv,
  );
  for (const f of scanner.findings) components.push(findingComponent(f, path, DEVCONTAINER_SOURCE));
  for (const p of scanner.problems) errors.push(problemError(p, path, 'lifecycle command'));
  // The lifecycle commands run in the workspace folder, values written here passed on.
  await follower.followCalls(scanner, { file: path, cwd: workspace, via: [] });

  // Build: the Dockerfile with the build args, or the compose service's build.
  const build = at(root, ['build']);
  const dockerfile =
    stringValue(at(build, ['dockerfile'])) ??
    stringValue(at(root, ['dockerFile'])) ??
    stringValue(at(build, ['dockerFile']));
  if (dockerfile !== undefined) {
    const args = new Map<string, VarValue>();
    for (const a of members(at(build, ['args']))) {
      const v = scalarText(a.value);
      if (v !== undefined)
        args.set(a.key, {
          text: v,
          unknown: v.includes('${'),
          from: { file: path, line: lineOf(a.keyNode) },
        });
    }
    const df = joinRelative(dir, dockerfile);
    const context = stringValue(at(build, ['context']));
    const contextDir = context === undefined ? undefined : joinRelative(dir, context);
    const keyNode = at(build, ['dockerfile']) ?? at(root, ['dockerFile']) ?? at(build, ['dockerFile']);
    if (df !== null)
      await followDockerBuild(follower, input.readFile, {
        dockerfile: df,
        buildArgs: args,
        ...(contextDir !== null && contextDir !== undefined ? { contextDir } : { contextDir: dirOf(df) }),
        via: [{ file: path, line: keyNode ? lineOf(keyNode) : 1 }],
      });
  }
  const composeNode = at(root, ['dockerComposeFile']);
  const composeFiles =
    composeNode?.type === 'array'
      ? strings(composeNode).map((n) => stringValue(n) ?? '')
      : [stringValue(composeNode)];
  const service = stringValue(at(root, ['service']));
  for (const cf of composeFiles) {
    if (!cf) continue;
    const p = joinRelative(dir, cf);
    const composeText = p === null ? null : await input.readFile(p);
    if (p === null || composeText === null) continue;
    await followCompose(follower, p, composeText, input, service, [
      { file: path, line: lineOf(composeNode!) },
    ]);
  }

  // VS Code extensions (and the legacy top-level `extensions`).
  for (const list of [at(root, ['customizations', 'vscode', 'extensions']), at(root, ['extensions'])]) {
    for (const n of strings(list)) {
      const c = extensionComponent(stringValue(n) ?? '', path, lineOf(n), DEVCONTAINER_SOURCE);
      if (c) components.push(c);
    }
  }
  return sinkResult(sink);
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

export const devcontainerDetector: Detector = {
  id: DEVCONTAINER_SOURCE,
  role: 'environment',
  syntax: 'jsonc',
  ecosystems: ['devcontainer-feature', 'vscode-extension', 'oci-image', ...COMMAND_ECOSYSTEMS],
  matches: isDevcontainerPath,
  detect: scanDevcontainer,
};
