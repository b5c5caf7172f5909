// Docker Compose files (`compose*.y*ml`, `docker-compose*.y*ml`, `*.compose.y*ml`): each service's
// `entrypoint` and `command` (string and list forms), read as the command the container starts
// with, and each service's `build` (context, dockerfile, args as a map or a list,
// dockerfile_inline) leads to a Dockerfile, scanned with the build args applied; values are
// interpolated from the project's `.env` the way Compose does (`${V}`, `${V:-d}`, `${V:?e}`, `$$`).
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import type { VarValue } from './shell/expand.js';
import type { Detector, DetectInput, DetectorResult, Location } from '../model/component.js';
import { isScalar } from 'yaml';
import { followDockerBuild, judgeDockerfile } from './flows/dockerfile.js';
import { FlowFollower, newSink, sinkResult } from './flows/follow.js';
import {
  get,
  items,
  lineOf,
  pairs,
  parseYaml,
  scalarLocator,
  str,
  type ParsedYaml,
} from './parsers/yaml-nodes.js';
import { scanCommandSites, wordsSite, type CommandSite } from './parsers/command-sites.js';
import { dirOf, joinRelative } from './parsers/paths.js';
import { parseDotEnv } from './parsers/dotenv.js';
import { imageComponent } from './parsers/oci-image.js';

export { dirOf, joinRelative } from './parsers/paths.js';

export const COMPOSE_SOURCE = 'compose';

export function isComposePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^(docker-)?compose([._-][^/]*)?\.ya?ml$/i.test(name) || /\.compose\.ya?ml$/i.test(name);
}

/** Compose variable interpolation. Unset variables without a default are unknown. */
export function interpolate(text: string, env: ReadonlyMap<string, string>, depth = 0): VarValue {
  let out = '';
  let unknown = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const n = text[i + 1];
    if (n === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (n === '{') {
      let depthB = 1;
      let j = i + 2;
      while (j < text.length && depthB > 0) {
        if (text[j] === '{') depthB++;
        else if (text[j] === '}') depthB--;
        j++;
      }
      const raw = text.slice(i, j);
      const inner = text.slice(i + 2, j - 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(inner);
      i = j;
      if (!m || depth > 8) {
        out += raw;
        unknown = true;
        continue;
      }
      const v = env.get(m[1]!);
      const op = m[2] ?? '';
      const arg = m[3] ?? '';
      if (op === ':-' || op === '-') {
        const useDefault = v === undefined || (op === ':-' && v === '');
        if (!useDefault) out += v;
        else {
          const d = interpolate(arg, env, depth + 1);
          out += d.text;
          if (d.unknown) unknown = true;
        }
      } else if (op === ':+' || op === '+') {
        const useAlt = v !== undefined && (op === '+' || v !== '');
        if (useAlt) {
          const d = interpolate(arg, env, depth + 1);
          out += d.text;
          if (d.unknown) unknown = true;
        }
      } else if (v !== undefined) out += v;
      else {
        out += raw;
        unknown = true;
      }
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 257));
    if (m) {
      const v = env.get(m[0]);
      if (v !== undefined) out += v;
      else {
        out += '$' + m[0];
        unknown = true;
      }
      i += 1 + m[0].length;
      continue;
    }
    out += '$';
    i++;
  }
  return { text: out, unknown };
}

/**
 * Scans the Dockerfiles built by the services of one compose file (all services, or only
 * `service`), with their build args. Components sit in the Dockerfiles; a `dockerfile_inline`
 * is located in the compose file.
 */
export async function scanCompose(
  path: string,
  text: string,
  input: Pick<DetectInput, 'readFile' | 'limits'>,
  service?: string,
): Promise<DetectorResult> {
  const sink = newSink();
  await followCompose(new FlowFollower(input.readFile, sink), path, text, input, service, []);
  return sinkResult(sink);
}

/**
 * Judges the Dockerfiles built by the services of one compose file (all services, or only
 * `service`) with their build args; `via` are the compose file's own callers (a devcontainer).
 */
export async function followCompose(
  follower: FlowFollower,
  path: string,
  text: string,
  input: Pick<DetectInput, 'readFile' | 'limits'>,
  service: string | undefined,
  via: Location[],
): Promise<void> {
  const parsed = parseYaml(text, path, input.limits.maxDepth);
  follower.sink.errors.push(...parsed.errors);
  const { doc, lines } = parsed;
  const dir = dirOf(path);
  const dotEnv = await input.readFile(dir ? `${dir}/.env` : '.env');
  const env = dotEnv === null ? new Map<string, string>() : parseDotEnv(dotEnv);
  const inter = (s: string): VarValue => interpolate(s, env);

  const sites: CommandSite[] = [];
  for (const svc of pairs(doc, get(doc, doc.contents, 'services'))) {
    if (service !== undefined && svc.key !== service) continue;
    const run = startCommand(parsed, svc.value, inter);
    if (run) sites.push(run);
    const image = get(doc, svc.value, 'image');
    const imageText = isScalar(image) ? str(image) : undefined;
    if (imageText !== undefined) {
      const v = inter(imageText);
      const c = imageComponent(v.text, { file: path, line: lineOf(lines, image) }, COMPOSE_SOURCE, {
        unknown: v.unknown,
      });
      if (c) follower.sink.components.push(c);
    }
    let context = '.';
    let dockerfile = 'Dockerfile';
    let inline: unknown;
    const args = new Map<string, VarValue>();
    {
      const b = get(doc, svc.value, 'build');
      if (b === undefined || b === null) continue;
      if (isScalar(b)) context = inter(str(b) ?? '.').text;
      else {
        const c = str(get(doc, b, 'context'));
        if (c !== undefined) context = inter(c).text;
        const d = str(get(doc, b, 'dockerfile'));
        if (d !== undefined) dockerfile = inter(d).text;
        inline = get(doc, b, 'dockerfile_inline');
        const a = get(doc, b, 'args');
        for (const p of pairs(doc, a)) {
          const v = str(p.value);
          if (v !== undefined)
            args.set(p.key, { ...inter(v), from: { file: path, line: lineOf(lines, p.keyNode) } });
          else if (env.has(p.key)) args.set(p.key, { text: env.get(p.key)!, unknown: false });
        }
        for (const item of items(doc, a)) {
          const s = str(item);
          if (s === undefined) continue;
          const eq = s.indexOf('=');
          if (eq > 0)
            args.set(s.slice(0, eq), {
              ...inter(s.slice(eq + 1)),
              from: { file: path, line: lineOf(lines, item) },
            });
          else if (env.has(s)) args.set(s, { text: env.get(s)!, unknown: false });
        }
      }
    }
    const ctx = joinRelative(dir, context);
    const build = { buildArgs: args, ...(ctx !== null ? { contextDir: ctx } : {}) };
    if (inline !== undefined && str(inline) !== undefined) {
      const firstLine =
        lineOf(lines, inline) + (isScalar(inline) && inline.type?.startsWith('BLOCK') ? 1 : 0);
      await judgeDockerfile(follower, { ...build, dockerfile: path, via }, str(inline)!, {
        firstLine,
        file: path,
      });
      continue;
    }
    if (ctx === null) continue;
    const df = joinRelative(ctx, dockerfile);
    if (df === null) continue;
    await followDockerBuild(follower, input.readFile, {
      ...build,
      dockerfile: df,
      via: [...via, { file: path, line: lineOf(lines, svc.keyNode) }],
    });
  }
  const started = scanCommandSites(path, COMPOSE_SOURCE, sites, 'command');
  follower.sink.components.push(...started.components);
  follower.sink.errors.push(...started.errors);
}

/**
 * What a service runs when it starts: its `entrypoint` followed by its `command` (each a string
 * or a list), interpolated. An `npx -y …` there installs at every start.
 */
function startCommand(parsed: ParsedYaml, svc: unknown, inter: (s: string) => VarValue): CommandSite | null {
  const { doc, lines } = parsed;
  const words: Parameters<typeof wordsSite>[0][number][] = [];
  for (const key of ['entrypoint', 'command']) {
    const node = get(doc, svc, key);
    if (isScalar(node)) {
      const raw = str(node);
      if (raw === undefined) continue;
      const text = inter(raw).text;
      const locate = scalarLocator(lines, node);
      words.push({ text, line: lineOf(lines, node), argv: false, locate: (o) => locate(o, text) });
    } else
      for (const item of items(doc, node)) {
        const raw = str(item);
        if (raw !== undefined) words.push({ text: inter(raw).text, line: lineOf(lines, item), argv: true });
      }
  }
  return words.length > 0 ? wordsSite(words) : null;
}

export const composeDetector: Detector = {
  id: COMPOSE_SOURCE,
  role: 'commands',
  syntax: 'yaml',
  ecosystems: [...COMMAND_ECOSYSTEMS, 'oci-image'],
  matches: isComposePath,
  detect: (input) => scanCompose(input.path, input.text, input),
};
