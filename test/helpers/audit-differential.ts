// The differential check of the audit's component filter: `scan` with a policy keeps only the
// components some rule may match by name (the others are counted, not judged); the report must be
// the one judging every component gives, findings, errors and counts alike. Trees are the fixtures
// as they are and mutated: a banned Claude Code injected in each format's shape, its name in other
// letter cases, written with JSON escapes, installed under an alias, or named only by a tarball URL.
import { basename } from 'node:path';
import { audit } from '../../src/gate/scan.js';
import type { Policy } from '../../src/policy/types.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { injectBanned } from './reach-differential.js';
import { makeTree } from './tmp.js';

type Files = Record<string, string | Uint8Array>;

/** Mutated copies of the texts: each file once per mutation that applies to it, in its own folder. */
export function mutatedTexts(files: Files): Files {
  const out: Files = {};
  for (const [path, content] of Object.entries(files)) {
    const text = Buffer.from(content).toString('utf8');
    const injected = injectBanned(path, text);
    if (injected === null) continue;
    out[`injected/${path}`] = injected;
    out[`upper/${path}`] = injected.replaceAll('@anthropic-ai/claude-code', '@Anthropic-AI/Claude-Code');
    if (/\.json$/.test(path)) {
      out[`escaped/${path}`] = injected.replaceAll(
        '@anthropic-ai/claude-code',
        '@\\u0061nthropic-ai/cl\\u0061ude-code',
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

export interface AuditComparison {
  filtered: unknown;
  full: unknown;
  components: number;
  findings: number;
}

/** Audits a tree both ways under a policy; returns the two reports (the time-free parts). */
export async function compareAudits(files: Files, policy: Policy): Promise<AuditComparison> {
  const dir = makeTree(files, 'aitg-audit-diff-');
  const now = new Date('2026-12-01T00:00:00Z');
  const filtered = await audit(new DirectorySource(dir), { policy, now });
  const full = await audit(new DirectorySource(dir), { policy, now, everyComponent: true });
  return { filtered, full, components: full.summary.components, findings: full.findings.length };
}
