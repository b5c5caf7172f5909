// The npm family: npm, pnpm, yarn, bun installs and one-off runners (npx, npm exec, pnpm dlx,
// yarn dlx, bunx).
import type { Expanded } from '../expand.js';
import type { PackageSpec } from '../packages.js';
import { parseNpmSpec } from '../packages.js';
import { positionals, type Recognised } from './options.js';

export const NPM_VALUE_FLAGS = new Set([
  '--prefix',
  '--registry',
  '--tag',
  '-w',
  '--workspace',
  '--omit',
  '--include',
  '--install-strategy',
  '--loglevel',
  '--cache',
  '--userconfig',
  '--globalconfig',
  '--before',
  '--location',
  '--dir',
  '-C',
  '--filter',
  '--network-timeout',
  '--cwd',
  '--modules-folder',
  '--cache-folder',
  '--global-folder',
  '--config',
  '--backend',
  '--node-options',
  '--shell',
  '--script-shell',
  '--mutex',
]);

export function npmFinding(a: Expanded, spec: PackageSpec | null, tag?: string): Recognised | null {
  if (!spec) return null;
  const s = tag && spec.version === null && spec.spec === 'latest' ? { ...spec, spec: tag } : spec;
  return {
    at: a.start,
    finding: {
      ecosystem: 'npm',
      name: s.name,
      version: s.version,
      ...(s.version === null ? { spec: s.spec ?? 'latest' } : {}),
      sourceKind: 'registry',
      ...(s.alias ? { alias: s.alias } : {}),
    },
  };
}

export function npmInstalls(args: Expanded[]): Recognised[] {
  const tagI = args.findIndex((a) => a.text === '--tag');
  const tag = tagI >= 0 ? args[tagI + 1]?.text : undefined;
  const out: Recognised[] = [];
  for (const a of positionals(args, NPM_VALUE_FLAGS)) {
    if (a.unknown && !/^@?[\w.-]+(\/[\w.-]+)?@/.test(a.text)) continue;
    const r = npmFinding(a, parseNpmSpec(a.text, a.unknown), tag);
    if (r) out.push(r);
  }
  return out;
}

/** The package run by a one-off runner (npx, npm exec, pnpm dlx, yarn dlx, bunx). */
export function npxRun(args: Expanded[]): Recognised[] {
  const out: Recognised[] = [];
  const packages: Expanded[] = [];
  let call: Expanded | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === '--') {
      i++;
      break;
    }
    if (t === '-p' || t === '--package') {
      if (args[i + 1]) packages.push(args[i + 1]!);
      i++;
    } else if (t.startsWith('--package=')) {
      packages.push({ ...args[i]!, text: t.slice(10) });
    } else if (t === '-c' || t === '--call') {
      call = args[i + 1];
      i++;
    } else if (NPM_VALUE_FLAGS.has(t)) i++;
    else if (!t.startsWith('-')) break;
  }
  if (packages.length > 0) {
    for (const p of packages) {
      const r = npmFinding(p, parseNpmSpec(p.text, p.unknown));
      if (r) out.push(r);
    }
  } else if (args[i] && !call) {
    const r = npmFinding(args[i]!, parseNpmSpec(args[i]!.text, args[i]!.unknown));
    if (r) out.push(r);
  }
  if (call) out.push({ at: call.start, nested: { text: call.text, at: call.start } });
  return out;
}
