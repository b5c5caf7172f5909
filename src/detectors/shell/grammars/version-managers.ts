// Version managers: mise (`use`, `install`, `exec`/`x`, with backends and registry short names),
// asdf (`install`, `set`, `global`, `local`, `shell`) and volta (`install`).
import { backendTool } from '../../devcontainer/tool-backends.js';
import type { Expanded } from '../expand.js';
import { npmInstalls } from './npm.js';
import { readArgs, subcommands, valuedOptions, type Recognised } from './options.js';

function tool(at: Expanded, name: string, version: string): Recognised | null {
  const t = backendTool(name, version);
  if (!t) return null;
  if (at.unknown) return { at: at.start, finding: { ...t, version: null, spec: version || 'latest' } };
  return { at: at.start, finding: t };
}

/** `backend:name@version` / `name@version` / `name` as mise writes a tool on its command line. */
function miseTool(a: Expanded): Recognised | null {
  const colon = a.text.indexOf(':');
  const at = a.text.lastIndexOf('@');
  const split = at > 0 && at > colon + 1;
  return tool(a, split ? a.text.slice(0, at) : a.text, split ? a.text.slice(at + 1) : 'latest');
}

const MISE = valuedOptions(['-e', '--env', '-p', '--path', '-j', '--jobs', '-C', '--cd', '--profile']);

/** Quotes a word for a nested script when it holds characters the shell reads. */
function quote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function mise(args: Expanded[]): Recognised[] {
  const { subs, rest } = subcommands(args, MISE, 1);
  const sub = subs[0];
  if (sub === 'use' || sub === 'u' || sub === 'install' || sub === 'i') {
    return readArgs(rest, MISE)
      .positionals.map(miseTool)
      .filter((r): r is Recognised => r !== null);
  }
  if (sub === 'exec' || sub === 'x') {
    const dash = rest.findIndex((a) => a.text === '--');
    const tools = readArgs(dash >= 0 ? rest.slice(0, dash) : rest, MISE).positionals;
    const out = tools.map(miseTool).filter((r): r is Recognised => r !== null);
    const command = dash >= 0 ? rest.slice(dash + 1) : [];
    if (command.length > 0)
      out.push({
        at: command[0]!.start,
        nested: { text: command.map((a) => quote(a.text)).join(' '), at: command[0]!.start },
      });
    return out;
  }
  return [];
}

export function asdf(args: Expanded[]): Recognised[] {
  const g = valuedOptions([]);
  const { subs, rest } = subcommands(args, g, 1);
  if (!['install', 'set', 'global', 'local', 'shell'].includes(subs[0] ?? '')) return [];
  const [name, version] = readArgs(rest, g).positionals;
  if (!name || !version || name.unknown) return [];
  const r = tool(version.unknown ? { ...name, unknown: true } : name, name.text, version.text);
  return r ? [r] : [];
}

const VOLTA = valuedOptions(['--format']);
const VOLTA_OWN = new Set(['node', 'npm', 'yarn', 'pnpm']);

export function volta(args: Expanded[]): Recognised[] {
  const { subs, options, rest } = subcommands(args, VOLTA, 1);
  if (subs[0] !== 'install' && subs[0] !== 'pin') return [];
  return npmInstalls([...options, ...rest], VOLTA).filter((r) => !VOLTA_OWN.has(r.finding?.name ?? ''));
}
