// mise configuration (`mise.toml`, `.mise.toml`, `mise.<env>.toml`, `.config/mise.toml`,
// `.mise/config.toml`, `.config/mise/config.toml`): the `[tools]` table with backends
// (`"npm:@openai/codex" = "latest"`, `"pipx:aider-chat" = { version = "0.86.1" }`), and the
// commands of `[tasks]` (`name = "cmd"`, `name = ["cmd", …]`, `[tasks.name]` with `run` a string
// or a list of commands), each at its line, run with the `[env]` and the task's own `env`
// (`mise run NAME`, or a hook, runs them in a shell).
import { parse, TomlError } from 'smol-toml';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import type { Component, Detector, DetectorResult } from '../model/component.js';
import { makeComponent } from './component.js';
import { backendTool } from './devcontainer/tool-backends.js';
import { scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { TomlPositions } from './parsers/toml-positions.js';
import type { VarValue } from './shell/expand.js';

export const MISE_SOURCE = 'mise.toml';

export function isMisePath(p: string): boolean {
  return (
    /(^|\/)\.?mise(\.[\w-]+)?\.toml$/.test(p) ||
    /(^|\/)\.?mise\/config(\.[\w-]+)?\.toml$/.test(p) ||
    /(^|\/)\.config\/mise(\.[\w-]+)?\.toml$/.test(p) ||
    /(^|\/)\.config\/mise\/config(\.[\w-]+)?\.toml$/.test(p)
  );
}

export function scanMiseToml(path: string, text: string): DetectorResult {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    const line = e instanceof TomlError ? e.line : undefined;
    return {
      components: [],
      errors: [
        {
          file: path,
          ...(line ? { line } : {}),
          message: `invalid TOML: ${(e as Error).message.split('\n')[0]}`,
        },
      ],
    };
  }
  const tasks = taskCommands(path, text, doc);
  const tools = doc.tools;
  if (!tools || typeof tools !== 'object') return tasks;
  const keyLines = toolKeyLines(text);
  const components: Component[] = [...tasks.components];
  for (const [tool, value] of Object.entries(tools as Record<string, unknown>)) {
    const versions: string[] = [];
    const add = (v: unknown): void => {
      if (typeof v === 'string' || typeof v === 'number') versions.push(String(v));
      else if (v && typeof v === 'object' && !Array.isArray(v) && 'version' in v)
        add((v as { version: unknown }).version);
    };
    if (Array.isArray(value)) value.forEach(add);
    else add(value);
    for (const v of versions) {
      const t = backendTool(tool, v);
      if (!t) continue;
      components.push(
        makeComponent({ ...t, location: { file: path, line: keyLines.get(tool) ?? 1 }, source: MISE_SOURCE }),
      );
    }
  }
  return { components, errors: tasks.errors };
}

/** The commands of the `[tasks]` table, read by the shell interpreter. */
function taskCommands(path: string, text: string, doc: Record<string, unknown>): DetectorResult {
  const tasks = table(doc.tasks);
  if (!tasks) return { components: [], errors: [] };
  const positions = new TomlPositions(text);
  const lineOf = (keys: string[]): number =>
    positions.key(keys)?.line ?? positions.tableLine(keys.slice(0, -1)) ?? 1;
  const stringsOf = (t: Record<string, unknown> | undefined): Map<string, VarValue> =>
    new Map(
      Object.entries(t ?? {})
        .filter((e): e is [string, string] => typeof e[1] === 'string')
        .map(([k, v]) => [k, { text: v, unknown: false }]),
    );
  const env = stringsOf(table(doc.env));
  const sites: CommandSite[] = [];
  for (const [name, value] of Object.entries(tasks)) {
    const task = table(value);
    const run = task ? task.run : value;
    const at = task ? ['tasks', name, 'run'] : ['tasks', name];
    const line = lineOf(at);
    const taskEnv = new Map([...env, ...stringsOf(table(task?.env))]);
    const commands = typeof run === 'string' ? [run] : Array.isArray(run) ? run : [];
    for (const c of commands)
      if (typeof c === 'string') sites.push({ script: c, locate: () => line, env: taskEnv });
  }
  return scanCommandSites(path, MISE_SOURCE, sites, 'task');
}

function table(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Lines of the keys of the `[tools]` table (and of `[tools."npm:x"]` sub-tables). */
function toolKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split('\n');
  let inTools = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header) {
      const h = header[1]!;
      inTools = h === 'tools';
      const sub = /^tools\.\s*(?:"([^"]+)"|'([^']+)'|([\w.-]+))$/.exec(h);
      if (sub) {
        const k = sub[1] ?? sub[2] ?? sub[3]!;
        if (!out.has(k)) out.set(k, i + 1);
      }
      continue;
    }
    if (!inTools) continue;
    const key = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w.:@/-]+))\s*=/.exec(line);
    if (key) {
      const k = key[1] ?? key[2] ?? key[3]!;
      if (!out.has(k)) out.set(k, i + 1);
    }
  }
  return out;
}

export const miseTomlDetector: Detector = {
  id: MISE_SOURCE,
  role: 'environment',
  syntax: 'toml',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isMisePath,
  detect: ({ path, text }) => scanMiseToml(path, text),
};
