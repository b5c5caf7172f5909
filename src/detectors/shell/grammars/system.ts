// OS package managers and extension installers: Homebrew formulae and casks, winget, Chocolatey,
// Scoop, `gh extension install`. Packages without an ecosystem of their own are `installer`
// components named `<manager>/<id>` (`winget/Anthropic.ClaudeCode`), with the version asked for.
import type { Expanded } from '../expand.js';
import { exactVersion } from '../packages.js';
import { optionValue, readArgs, subcommands, valuedOptions, type Recognised } from './options.js';

const BREW = valuedOptions(['--appdir', '--fontdir', '--language']);

/** `brew install [--cask] x…` (also `brew --cask install`, `brew cask install`). */
export function brew(args: Expanded[]): Recognised[] {
  const { subs, options, rest } = subcommands(args, BREW, 1);
  let sub = subs[0];
  let words = [...options, ...rest];
  let cask = false;
  if (sub === 'cask') {
    const inner = subcommands(rest, BREW, 1);
    sub = inner.subs[0];
    words = [...options, ...inner.options, ...inner.rest];
    cask = true;
  }
  if (sub !== 'install' && sub !== 'reinstall' && sub !== 'upgrade') return [];
  cask ||= words.some((a) => a.text === '--cask' || a.text === '--casks');
  const out: Recognised[] = [];
  for (const a of readArgs(words, BREW).positionals) {
    if (a.unknown || !/^[\w@+./-]+$/.test(a.text)) continue;
    out.push({
      at: a.start,
      finding: {
        ecosystem: 'homebrew',
        name: a.text,
        version: null,
        spec: 'latest',
        sourceKind: 'registry',
        resolved: cask ? 'cask' : 'formula',
      },
    });
  }
  return out;
}

function managed(manager: string, id: Expanded, version: Expanded | undefined): Recognised | null {
  if (id.unknown || !/^[\w@+.:/-]+$/.test(id.text)) return null;
  const v = version && !version.unknown ? version.text : undefined;
  const exact = v !== undefined ? (exactVersion(v) ?? (/^\d+(\.\d+)*$/.test(v) ? v : null)) : null;
  return {
    at: id.start,
    finding: {
      ecosystem: 'installer',
      name: `${manager}/${id.text}`,
      version: exact,
      ...(exact === null ? { spec: version?.text ?? 'latest' } : {}),
      sourceKind: 'registry',
    },
  };
}

const WINGET = valuedOptions([
  '--id',
  '--name',
  '--moniker',
  '-v',
  '--version',
  '-s',
  '--source',
  '--scope',
  '-a',
  '--architecture',
  '--installer-type',
  '-o',
  '--log',
  '--override',
  '-l',
  '--location',
  '--locale',
  '--header',
  '--custom',
  '--authentication-mode',
  '--authentication-account',
  '--rainbow',
]);

/** `winget install [--id] Anthropic.ClaudeCode [--version V]` (also `add`, `upgrade`). */
export function winget(args: Expanded[]): Recognised[] {
  const { subs, options, rest } = subcommands(args, WINGET, 1);
  if (!['install', 'add', 'upgrade', 'update'].includes(subs[0] ?? '')) return [];
  const read = readArgs([...options, ...rest], WINGET);
  const version = optionValue(read, '--version', '-v');
  const ids = [optionValue(read, '--id', '--name', '--moniker'), ...read.positionals].filter(
    (a): a is Expanded => a !== undefined,
  );
  return ids.map((id) => managed('winget', id, version)).filter((r): r is Recognised => r !== null);
}

const CHOCO = valuedOptions([
  '--version',
  '-s',
  '--source',
  '--params',
  '--package-parameters',
  '--ia',
  '--install-arguments',
  '--cache-location',
  '--execution-timeout',
  '-u',
  '--user',
  '-p',
  '--password',
]);

/** `choco install x [--version V]` (also `cinst`, `choco upgrade`). */
export function choco(args: Expanded[], implied?: string): Recognised[] {
  const { subs, options, rest } = implied
    ? { subs: [implied], options: [], rest: args }
    : subcommands(args, CHOCO, 1);
  if (!['install', 'upgrade'].includes(subs[0] ?? '')) return [];
  const read = readArgs([...options, ...rest], CHOCO);
  const version = optionValue(read, '--version');
  return read.positionals
    .filter((a) => a.text !== 'all')
    .map((id) => managed('chocolatey', id, version))
    .filter((r): r is Recognised => r !== null);
}

/** `scoop install [bucket/]name[@version]`. */
export function scoop(args: Expanded[]): Recognised[] {
  const { subs, rest } = subcommands(args, valuedOptions(['-a', '--arch']), 1);
  if (subs[0] !== 'install' && subs[0] !== 'update') return [];
  const out: Recognised[] = [];
  for (const a of readArgs(rest, valuedOptions(['-a', '--arch'])).positionals) {
    const at = a.text.lastIndexOf('@');
    const name = at > 0 ? a.text.slice(0, at) : a.text;
    const bare = name.slice(name.lastIndexOf('/') + 1);
    const version = at > 0 ? { ...a, text: a.text.slice(at + 1) } : undefined;
    const r = managed('scoop', { ...a, text: bare }, version);
    if (r) out.push(r);
  }
  return out;
}

/** `gh extension install owner/gh-x [--pin V]`: a GitHub repository's release or source. */
export function ghExtension(args: Expanded[]): Recognised[] {
  const g = valuedOptions(['--pin', '-R', '--repo']);
  const { subs, options, rest } = subcommands(args, g, 2);
  if (!/^(extension|extensions|ext)$/.test(subs[0] ?? '') || subs[1] !== 'install') return [];
  const read = readArgs([...options, ...rest], g);
  const repo = read.positionals[0];
  if (!repo || repo.unknown) return [];
  const m = /^(?:https:\/\/github\.com\/)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(repo.text);
  if (!m) return [];
  const pin = optionValue(read, '--pin');
  const tag = pin && !pin.unknown ? pin.text.replace(/^v(?=\d)/, '') : undefined;
  const exact = tag !== undefined ? exactVersion(tag) : null;
  return [
    {
      at: repo.start,
      finding: {
        ecosystem: 'installer',
        name: `github.com/${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}/releases`,
        version: exact,
        ...(exact === null ? { spec: pin?.text ?? 'latest' } : {}),
        sourceKind: 'url',
      },
    },
  ];
}
