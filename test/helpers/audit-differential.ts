// The differential check of the audit's component filter: `scan` with a policy keeps only the
// components some rule may match by name (the others are counted, not judged); the report must be
// the one judging every component gives, findings, errors and counts alike. Trees are the fixtures
// as they are and mutated: a banned Claude Code injected in each format's shape, its name in other
// letter cases, written with JSON escapes, installed under an alias, or named only by a tarball URL;
// the banned tarball's bytes (its sha512 integrity, its sha1 as a `#` fragment) under an innocent
// name; and pnpm, bun and deno lockfiles given the banned entry in their own shapes.
import { basename } from 'node:path';
import artifactsData from '../../src/catalog/data/banned-artifacts.json' with { type: 'json' };
import { parsePolicyText } from '../../src/policy/load.js';
import { audit } from '../../src/gate/scan.js';
import type { Report } from '../../src/gate/report.js';
import type { Policy } from '../../src/policy/types.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { injectBanned } from './reach-differential.js';
import { makeTree } from './tmp.js';

type Files = Record<string, string | Uint8Array>;

const NAME = '@anthropic-ai/claude-code';
const banned = artifactsData.npm.find((r) => r.name === NAME && r.version === '2.1.150')!;
const INNOCENT_TARBALL = 'https://registry.npmjs.org/innocent-name/-/innocent-name-1.0.0.tgz';

/**
 * The text with one more entry in its own format's shape (as that manager writes it), named
 * `name` at `version`, recording `integrity` (and a `#sha1` fragment where the format keeps one);
 * null when the format or its layout is not one of these.
 */
function withEntry(
  path: string,
  text: string,
  name: string,
  version: string,
  integrity: string,
): string | null {
  const file = basename(path);
  const tarball =
    name === NAME ? `https://registry.npmjs.org/${NAME}/-/claude-code-${version}.tgz` : INNOCENT_TARBALL;
  try {
    if (file === 'package-lock.json' || file === 'npm-shrinkwrap.json') {
      const j = JSON.parse(text) as { packages?: Record<string, unknown> };
      if (!j.packages) return null;
      j.packages[`node_modules/${name}`] = { version, resolved: tarball, integrity, dev: true };
      return JSON.stringify(j, null, 2) + '\n';
    }
    if (file === 'yarn.lock' && !text.includes('__metadata:')) {
      const sha1 = integrity === banned.integrity ? `#${banned.shasum}` : '';
      return `${text.trimEnd()}\n\n"${name}@^${version}":\n  version "${version}"\n  resolved "${tarball}${sha1}"\n  integrity ${integrity}\n`;
    }
    if (file === 'pnpm-lock.yaml') {
      const v = /^lockfileVersion: '?([0-9.]+)/m.exec(text)?.[1];
      if (!v || !/^packages:\s*$/m.test(text)) return null;
      const major = Number(v.split('.')[0]);
      const key =
        major >= 9 ? `'${name}@${version}'` : major >= 6 ? `/${name}@${version}` : `/${name}/${version}`;
      let out = text.replace(
        /^packages:\s*$/m,
        `packages:\n\n  ${key}:\n    resolution: {integrity: ${integrity}}\n    dev: true\n`,
      );
      if (major >= 9 && /^snapshots:\s*$/m.test(out))
        out = out.replace(/^snapshots:\s*$/m, `snapshots:\n\n  ${key}: {}\n`);
      return out;
    }
    if (file === 'bun.lock') {
      if (!/"packages": \{/.test(text)) return null;
      return text.replace(
        /"packages": \{/,
        `"packages": {\n    "${name}": ["${name}@${version}", "", {}, "${integrity}"],\n`,
      );
    }
    if (file === 'deno.lock') {
      const j = JSON.parse(text) as {
        version?: string;
        npm?: Record<string, unknown>;
        packages?: { npm?: Record<string, unknown> };
      };
      const entry = { integrity, dependencies: {} };
      if (Number(j.version) >= 4) j.npm = { ...(j.npm ?? {}), [`${name}@${version}`]: entry };
      else if (j.packages) j.packages.npm = { ...(j.packages.npm ?? {}), [`${name}@${version}`]: entry };
      else return null;
      return JSON.stringify(j, null, 2) + '\n';
    }
  } catch {
    return null;
  }
  return null;
}

/** Mutated copies of the texts: each file once per mutation that applies to it, in its own folder. */
export function mutatedTexts(files: Files): Files {
  const out: Files = {};
  for (const [path, content] of Object.entries(files)) {
    const text = Buffer.from(content).toString('utf8');
    // The banned tarball's bytes under an innocent name: judged by its integrity alone.
    const bytes = withEntry(path, text, 'innocent-name', '1.0.0', banned.integrity);
    if (bytes !== null) out[`bytes/${path}`] = bytes;
    const injected =
      injectBanned(path, text) ?? withEntry(path, text, NAME, '2.1.150', 'sha512-' + 'A'.repeat(86) + '==');
    if (injected === null) continue;
    out[`injected/${path}`] = injected;
    out[`upper/${path}`] = injected.replaceAll('@anthropic-ai/claude-code', '@Anthropic-AI/Claude-Code');
    if (/\.json$|(?:^|\/)(?:deno|bun)\.lock$/.test(path)) {
      out[`escaped/${path}`] = injected.replaceAll(
        '@anthropic-ai/claude-code',
        '@\\u0061nthropic-ai/cl\\u0061ude-code',
      );
    }
    if (basename(path) === 'pnpm-lock.yaml') {
      // A double-quoted YAML key spelling the scope's "@" as an escape.
      out[`escaped/${path}`] = injected.replace(
        /^( +)'?(\/?)@anthropic-ai\/claude-code([@/]2\.1\.150)'?:/gm,
        '$1"$2\\u0040anthropic-ai/claude-code$3":',
      );
    }
    if (basename(path) === 'package.json') {
      out[`alias/${path}`] = injected
        .replace('"2.1.150"', '"npm:@anthropic-ai/claude-code@2.1.150"')
        .replace('"@anthropic-ai/claude-code":', '"innocent-name":');
    }
    if (basename(path) === 'package-lock.json') {
      out[`tarball/${path}`] = injected.replace(
        '"node_modules/@anthropic-ai/claude-code"',
        '"node_modules/innocent-name"',
      );
    }
  }
  return out;
}

/**
 * The policies each audit comparison runs under: the diff differential's (builtin:default, names
 * and globs, every npm package) and one whose settings and exceptions change verdicts (unknown
 * versions fail; an exception allows the banned version in one folder; another package banned).
 */
export function auditExtraPolicies(): { name: string; policy: ReturnType<typeof parsePolicyText> }[] {
  return [
    {
      name: 'unknownVersion fail, an exception, another package',
      policy: parsePolicyText(
        'custom.yml',
        [
          'version: 1',
          'settings:',
          '  unknownVersion: fail',
          'rules:',
          '  - id: cc',
          '    tool: claude-code',
          '  - id: old-lodash',
          '    ecosystem: npm',
          '    package: lodash',
          '    versions: "<4.17.21"',
          'exceptions:',
          '  - rule: cc',
          '    package: "@anthropic-ai/claude-code"',
          '    versions: "2.1.150"',
          '    paths: ["upper/**"]',
          '    reason: allowed in this folder',
          '    expires: 2099-01-01',
          '',
        ].join('\n'),
      ),
    },
  ];
}

export interface AuditComparison {
  /** The audit as `--strict-parse` runs it: every entry parsed, only what a rule may match judged. */
  filtered: unknown;
  /** Every component judged. */
  full: unknown;
  /** How the default audit (entries screened, gate/entry-screen.ts) departs from `full`: [] when it may. */
  screened: string[];
  components: number;
  findings: number;
}

/** Audits a tree three ways under a policy; returns the reports (the time-free parts). */
export async function compareAudits(files: Files, policy: Policy): Promise<AuditComparison> {
  const dir = makeTree(files, 'aitg-audit-diff-');
  const now = new Date('2026-12-01T00:00:00Z');
  const filtered = await audit(new DirectorySource(dir), { policy, now, strictParse: true });
  const full = await audit(new DirectorySource(dir), { policy, now, everyComponent: true });
  const screened = await audit(new DirectorySource(dir), { policy, now });
  return {
    filtered,
    full,
    screened: screenedDepartures(screened, full),
    components: full.summary.components,
    findings: full.findings.length,
  };
}

/** The formats whose entries the audit screens. */
const SCREENED = /(?:^|\/)(?:yarn\.lock|pnpm-lock\.yaml|package-lock\.json|npm-shrinkwrap\.json|bun\.lock)$/;

/**
 * What the screened audit may not do, listed: change a finding, a notice or a verdict count; report
 * an error the full audit does not; drop some but not all of a file's errors (a file whose parsed
 * entries show any error is parsed whole); drop errors of a format it does not screen; count other
 * components when no error was dropped (a dropped entry holds one component when well formed).
 */
export function screenedDepartures(screened: Report, full: Report): string[] {
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${what} differ`);
  };
  same('findings', screened.findings, full.findings);
  same('notices', screened.notices, full.notices);
  const { components: c1, ...s1 } = screened.summary;
  const { components: c2, ...s2 } = full.summary;
  same('summaries', s1, s2);
  const key = (e: Report['errors'][number]) => JSON.stringify(e);
  const fullKeys = new Set(full.errors.map(key));
  for (const e of screened.errors)
    if (!fullKeys.has(key(e))) out.push(`error not in the full audit: ${key(e)}`);
  const screenedKeys = new Set(screened.errors.map(key));
  const dropped = new Set(full.errors.filter((e) => !screenedKeys.has(key(e))).map((e) => e.file));
  for (const file of dropped) {
    if (!SCREENED.test(file)) out.push(`errors dropped from ${file}, a format the audit does not screen`);
    if (screened.errors.some((e) => e.file === file)) out.push(`some but not all errors of ${file} dropped`);
  }
  if (dropped.size === 0 && c1 !== c2) out.push(`components ${c1} vs ${c2} with no error dropped`);
  return out;
}
