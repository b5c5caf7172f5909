// The differential check of diff mode's reach: a pull request that parses only what its change
// reaches (unchanged files no change reaches are not even read) must give the verdict and the
// introduced findings and errors of the full evaluation, which parses every file on both sides
// (`fail-on: any` runs that way). Pairs are built from fixture trees programmatically: a file's
// content swapped for a sibling's of the same format, files added, deleted and moved, a manifest
// given a banned dependency beside its lockfile, a banned entry injected into a lockfile.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { detectorsFor } from '../../src/inventory/engine.js';
import { verdictOf } from '../../src/gate/report.js';
import { diffScan } from '../../src/gate/scan.js';
import { loadPolicy, parsePolicyText } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import type { Report } from '../../src/gate/report.js';
import { gitChanges } from '../../src/sources/git-changes.js';
import { GitSource } from '../../src/sources/git.js';
import { git, makeRepo } from './tmp.js';

/** Every file under a folder (relative paths), skipping node_modules and .git. */
export function filesUnder(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && statSync(p).size <= 4 * 1024 * 1024) out[relative(dir, p)] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

/** The policies each pair is judged under: names narrowed three ways, and a whole ecosystem. */
export async function differentialPolicies(): Promise<{ name: string; policy: Policy }[]> {
  return [
    { name: 'builtin:default', policy: await loadPolicy('builtin:default') },
    {
      name: 'names and globs',
      policy: parsePolicyText(
        'names.yml',
        [
          'version: 1',
          'rules:',
          '  - id: cc',
          '    tool: claude-code',
          '    versions: ">=2.1.91 <2.1.198"',
          '  - id: pads',
          '    ecosystem: npm',
          '    package: "left-*"',
          '    action: warn',
          '  - id: types',
          '    ecosystem: npm',
          '    package: "@types/node"',
          '  - id: req',
          '    ecosystem: pypi',
          '    package: requests',
          '',
        ].join('\n'),
      ),
    },
    {
      name: 'every npm package',
      policy: parsePolicyText(
        'all.yml',
        'version: 1\nrules:\n  - id: every-npm\n    ecosystem: npm\n    package: "*"\n    action: warn\n',
      ),
    },
  ];
}

const BANNED_ENTRY = '@anthropic-ai/claude-code';

/** A text with a banned Claude Code added in the shape of its format (null: no known shape). */
export function injectBanned(path: string, text: string): string | null {
  const name = basename(path);
  if (name === 'package.json') {
    try {
      const j = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
      j.devDependencies = { ...(j.devDependencies ?? {}), [BANNED_ENTRY]: '2.1.150' };
      return JSON.stringify(j, null, 2) + '\n';
    } catch {
      return null;
    }
  }
  if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') {
    try {
      const j = JSON.parse(text) as { packages?: Record<string, unknown> };
      if (!j.packages) return null;
      j.packages[`node_modules/${BANNED_ENTRY}`] = {
        version: '2.1.150',
        resolved: 'https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.150.tgz',
        dev: true,
      };
      return JSON.stringify(j, null, 2) + '\n';
    } catch {
      return null;
    }
  }
  if (name === 'yarn.lock' && !text.includes('__metadata:')) {
    return `${text.trimEnd()}\n\n"${BANNED_ENTRY}@^2.1.0":\n  version "2.1.150"\n  resolved "https://registry.yarnpkg.com/@anthropic-ai/claude-code/-/claude-code-2.1.150.tgz"\n`;
  }
  if (name === 'yarn.lock') {
    return `${text.trimEnd()}\n\n"${BANNED_ENTRY}@npm:^2.1.0":\n  version: 2.1.150\n  resolution: "${BANNED_ENTRY}@npm:2.1.150"\n  languageName: node\n  linkType: hard\n`;
  }
  if (name === 'requirements.txt') return `${text.trimEnd()}\nrequests==2.31.0\n`;
  return null;
}

type Files = Record<string, string | Uint8Array>;

/** The head trees made from one base tree: each a small change, as a pull request makes. */
export function mutations(base: Files): { name: string; head: Files }[] {
  const claimed = Object.keys(base)
    .filter((p) => detectorsFor(p).length > 0)
    .sort();
  if (claimed.length === 0) return [];
  const out: { name: string; head: Files }[] = [];
  const pick = (k: number) => claimed[(k * 7919) % claimed.length]!;
  // A file given a sibling's content (the same format: another state of that file).
  {
    const f = pick(1);
    const sibling = claimed.find((p) => p !== f && basename(p) === basename(f) && base[p] !== base[f]);
    out.push({
      name: `${f} rewritten`,
      head: {
        ...base,
        [f]: sibling ? base[sibling]! : Buffer.concat([Buffer.from(base[f]!), Buffer.from('\n')]),
      },
    });
  }
  // A file deleted, another copied into a new folder.
  {
    const gone = pick(2);
    const copied = pick(3);
    const head = { ...base, [`added/${copied}`]: base[copied]! };
    delete head[gone];
    out.push({ name: `${gone} deleted, ${copied} copied`, head });
  }
  // A file moved.
  {
    const moved = pick(4);
    const head = { ...base, [`moved/${moved}`]: base[moved]! };
    delete head[moved];
    out.push({ name: `${moved} moved`, head });
  }
  // A banned Claude Code added to a manifest or lockfile (the first one of a known shape).
  for (const f of claimed) {
    const text = Buffer.from(base[f]!).toString('utf8');
    const injected = injectBanned(f, text);
    if (injected === null) continue;
    out.push({ name: `${f} given a banned Claude Code`, head: { ...base, [f]: injected } });
    // Its folder's lockfile or manifest removed as well: reconcile pairs change.
    const dir = dirname(f);
    const partner = claimed.find((p) => p !== f && dirname(p) === dir);
    if (partner) {
      const head = { ...base, [f]: injected };
      delete head[partner];
      out.push({ name: `${f} given a banned Claude Code, ${partner} deleted`, head });
    }
    break;
  }
  return out;
}

/** What must agree between the reached-only and the full evaluation. */
function gateView(report: Report) {
  const findings = report.findings
    .filter((f) => f.status === 'introduced')
    .map((f) =>
      JSON.stringify([
        f.ruleId,
        f.action,
        f.component.ecosystem,
        f.component.name,
        f.component.version,
        f.component.spec ?? null,
        f.location.file,
        f.location.line ?? null,
        f.movedFrom ?? null,
      ]),
    )
    .sort();
  const errors = report.errors
    .filter((e) => e.status !== 'unchanged')
    .map((e) => JSON.stringify([e.file, e.line ?? null, e.message]))
    .sort();
  return { fails: verdictOf(report, 'introduced').fails, findings, errors };
}

export interface PairResult {
  name: string;
  policy: string;
  reached: ReturnType<typeof gateView>;
  full: ReturnType<typeof gateView>;
  notParsed: number;
}

/** Judges one commit pair of a repository both ways, under every policy. */
export async function comparePair(
  root: string,
  base: string,
  head: string,
  name: string,
  policies: { name: string; policy: Policy }[],
): Promise<PairResult[]> {
  const { changed, renames } = await gitChanges(root, base, head);
  const out: PairResult[] = [];
  for (const { name: policyName, policy } of policies) {
    const b = new GitSource(root, base);
    const h = new GitSource(root, head);
    try {
      const full = await diffScan(b, h, { policy, failOn: 'any' });
      // The two ways the gate learns what changed: the change list (CLI, action), or the trees.
      const hinted = await diffScan(b, h, { policy, changed, renames });
      const compared = await diffScan(b, h, { policy });
      for (const [how, r] of [
        ['change list', hinted],
        ['trees compared', compared],
      ] as const) {
        out.push({
          name: `${name} (${how})`,
          policy: policyName,
          reached: gateView(r),
          full: gateView(full),
          notParsed: r.summary.unchangedNotParsed ?? 0,
        });
      }
    } finally {
      b.close();
      h.close();
    }
  }
  return out;
}

/** Builds a repository with the base tree, commits each mutation on top of it, and compares. */
export async function compareMutations(
  base: Files,
  label: string,
  policies: { name: string; policy: Policy }[],
): Promise<PairResult[]> {
  const root = makeRepo(base);
  const baseSha = git(root, 'rev-parse', 'HEAD');
  const out: PairResult[] = [];
  try {
    for (const m of mutations(base)) {
      git(root, 'checkout', '-q', '--detach', baseSha);
      for (const p of Object.keys(base)) if (!(p in m.head)) rmSync(join(root, p), { force: true });
      for (const [p, content] of Object.entries(m.head)) {
        if (base[p] === content) continue;
        mkdirSync(dirname(join(root, p)), { recursive: true });
        writeFileSync(join(root, p), content);
      }
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '--allow-empty', '-m', m.name);
      const headSha = git(root, 'rev-parse', 'HEAD');
      out.push(...(await comparePair(root, baseSha, headSha, `${label}: ${m.name}`, policies)));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}
