// The Python family: pip, python -m pip, pipx, uv and uvx.
import type { Expanded } from '../expand.js';
import type { PackageSpec } from '../packages.js';
import { parsePypiSpec } from '../packages.js';
import { localArchiveInstall } from '../../parsers/local-archive.js';
import { positionals, valuedOptions, type Recognised } from './options.js';

export function pypiFinding(a: Expanded, spec: PackageSpec | null): Recognised | null {
  if (!spec) return null;
  return {
    at: a.start,
    finding: {
      ecosystem: 'pypi',
      name: spec.name,
      version: spec.version,
      ...(spec.version === null ? { spec: spec.spec ?? 'latest' } : {}),
      sourceKind: 'registry',
    },
  };
}

export const PIP_VALUE_FLAGS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '--index',
  '--default-index',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--trusted-host',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--upgrade-strategy',
  '--progress-bar',
  '--log',
  '--cache-dir',
  '--python',
  '-p',
  '--python-preference',
  '--with',
  '--from',
  '--spec',
  '--pip-args',
  '--suffix',
  '--index-strategy',
  '--keyring-provider',
  '--resolution',
  '--prerelease',
  '--exclude-newer',
  '--with-requirements',
  '--with-editable',
  '--directory',
  '--project',
  '--extra',
  '--group',
  '--only-binary',
  '--no-binary',
  // pip's general options, valid before the subcommand too (`pip --log x install …`).
  '--log-file',
  '--local-log',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--use-feature',
  '--use-deprecated',
  '--root-user-action',
  // uv's global options (`uv --directory x tool install …`).
  '--config-file',
  '--color',
  '--allow-insecure-host',
]);

export const pipOptions = valuedOptions(PIP_VALUE_FLAGS);

export function pipInstalls(args: Expanded[], atVersion = false): Recognised[] {
  const out: Recognised[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.text;
    if ((t === '--with' || t === '--from') && args[i + 1]) {
      const r = pypiFinding(args[i + 1]!, parsePypiSpec(args[i + 1]!.text, args[i + 1]!.unknown, atVersion));
      if (r) out.push(r);
    }
  }
  for (const a of positionals(args, PIP_VALUE_FLAGS)) {
    const local = a.unknown ? null : localArchiveInstall('pypi', a.text);
    if (local) {
      out.push({ at: a.start, finding: local });
      continue;
    }
    if (/^[./~]/.test(a.text) || a.text.includes('://') || /\.(whl|tar\.gz|zip)$/.test(a.text)) continue;
    const r = pypiFinding(a, parsePypiSpec(a.text, a.unknown, atVersion));
    if (r) out.push(r);
  }
  return out;
}

export function uvxRun(args: Expanded[]): Recognised[] {
  const from = args.findIndex((a) => a.text === '--from');
  if (from >= 0) return pipInstalls(args.slice(from, from + 2), true);
  const fromEq = args.find((a) => a.text.startsWith('--from='));
  if (fromEq) {
    const a = { ...fromEq, text: fromEq.text.slice(7) };
    const r = pypiFinding(a, parsePypiSpec(a.text, a.unknown, true));
    return r ? [r] : [];
  }
  const pos = positionals(args, PIP_VALUE_FLAGS)[0];
  if (!pos) return [];
  const r = pypiFinding(pos, parsePypiSpec(pos.text, pos.unknown, true));
  return r ? [r] : [];
}

export function pipxRun(args: Expanded[]): Recognised[] {
  const spec = args.findIndex((a) => a.text === '--spec');
  const target = spec >= 0 ? args[spec + 1] : positionals(args, PIP_VALUE_FLAGS)[0];
  if (!target) return [];
  const r = pypiFinding(target, parsePypiSpec(target.text, target.unknown));
  return r ? [r] : [];
}
