// claude-code-action, its base-action subpath and the former claude-code-base-action repository:
// every tag maps to the CLI it installs (tables read from the repositories' tags, see data/).
import { describe, expect, it } from 'vitest';
import {
  claudeCodeActionBaseToCli,
  claudeCodeActionToCli,
  claudeCodeBaseActionToCli,
} from '../../src/catalog/action-tags.js';
import actionTags from '../../src/catalog/data/claude-code-action-tags.json' with { type: 'json' };
import { spawnSync } from 'node:child_process';
import { CLI_BUNDLE } from '../helpers/bundles.js';
import { makeTree } from '../helpers/tmp.js';

describe('anthropics/claude-code-action: every tag', () => {
  it('maps each of the 267 tags to a CLI version (none is unknown)', () => {
    const tags = Object.keys(actionTags.tags);
    expect(tags.length).toBe(267);
    const unknown = tags.filter((t) => claudeCodeActionToCli(t).kind === 'unknown');
    expect(unknown).toEqual([]);
  });

  it('maps the tags that ran claude-code-base-action at a commit to the CLI pinned there', () => {
    // v0.0.10 runs anthropics/claude-code-base-action@c8e31bd5… whose action.yml pins 1.0.6.
    expect(claudeCodeActionToCli('v0.0.10')).toEqual({ kind: 'exact', versions: ['1.0.6'] });
    expect(claudeCodeActionToCli('5a787ed8ab3eee302d46b948267a5c2cb6163314')).toEqual({
      kind: 'exact',
      versions: ['1.0.6'],
    });
    // v0.0.43 installs the CLI as a dependency of base-action/package.json.
    expect(claudeCodeActionToCli('v0.0.43')).toEqual({ kind: 'exact', versions: ['1.0.58'] });
    // v1.0.0–v1.0.19 pin it with `install.sh | bash -s X` (no `--`).
    expect(claudeCodeActionToCli('v1.0.0')).toEqual({ kind: 'exact', versions: ['1.0.90'] });
    expect(claudeCodeActionToCli('v1.0.19')).toEqual({ kind: 'exact', versions: ['2.0.49'] });
  });

  it('maps tags that run another action through a moving ref to a lower bound', () => {
    expect(claudeCodeActionToCli('v0.0.2')).toEqual({
      kind: 'atLeast',
      version: '1.0.88',
      why: 'tag v0.0.2 installs the CLI through anthropics/claude-code-base-action@beta, a moving ref; it installed Claude Code 1.0.88 at the catalog snapshot (2025-05-19) and only moves forward',
    });
    expect(claudeCodeActionToCli('beta')).toMatchObject({ kind: 'atLeast', version: '1.0.88' });
    // The commit a floating tag points to does not move.
    expect(claudeCodeActionToCli(actionTags.tags.v1.commit)).toEqual({
      kind: 'exact',
      versions: ['2.1.240'],
    });
  });

  it('negative twins: a branch, an unknown commit, a short SHA', () => {
    expect(claudeCodeActionToCli('main').kind).toBe('unknown');
    expect(claudeCodeActionToCli('ffffffffffffffffffffffffffffffffffffffff').kind).toBe('unknown');
    expect(claudeCodeActionToCli('787c5a0').kind).toBe('unknown');
  });
});

describe('anthropics/claude-code-action/base-action (subpath)', () => {
  it('maps a tag to what base-action/action.yml installs there', () => {
    // At v1.0.50 the action pins 2.1.31 and 2.1.39; the base action only 2.1.39.
    expect(claudeCodeActionBaseToCli('v1.0.50')).toEqual({ kind: 'exact', versions: ['2.1.39'] });
    expect(claudeCodeActionBaseToCli('v1.0.133')).toEqual({ kind: 'exact', versions: ['2.1.150'] });
  });

  it('negative twin: a tag without the base-action folder is unknown', () => {
    expect(claudeCodeActionBaseToCli('v0.0.10')).toEqual({
      kind: 'unknown',
      why: 'tag v0.0.10 has no base-action folder at that tag',
    });
  });
});

describe('anthropics/claude-code-base-action', () => {
  it('maps its tags to the CLI its action.yml pins', () => {
    expect(claudeCodeBaseActionToCli('v0.0.8')).toEqual({ kind: 'exact', versions: ['1.0.6'] });
    expect(claudeCodeBaseActionToCli('v0.0.63')).toEqual({ kind: 'exact', versions: ['1.0.88'] });
    expect(claudeCodeBaseActionToCli('beta')).toMatchObject({ kind: 'atLeast', version: '1.0.88' });
  });

  it('negative twin: the first tags installed a caret range: unknown, saying so', () => {
    expect(claudeCodeBaseActionToCli('v0.0.4')).toEqual({
      kind: 'unknown',
      why: 'tag v0.0.4 installs @anthropic-ai/claude-code@^1.0.2, a range (the newest matching release when the workflow runs)',
    });
  });
});

describe('the built-in ban through the new carriers (the built CLI, default policy)', () => {
  const scan = (uses: string): { status: number | null; rules: string[] } => {
    const dir = makeTree({
      '.github/workflows/claude.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${uses}\n`,
    });
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', dir, '--format', 'json', '--offline'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; action: string }[] };
    return {
      status: r.status,
      rules: report.findings.filter((f) => f.action === 'fail').map((f) => f.ruleId),
    };
  };

  it('fails the subpath and the old repository at affected tags', () => {
    expect(scan('      - uses: anthropics/claude-code-action/base-action@v1.0.133')).toEqual({
      status: 1,
      rules: ['AITG-2026-0001'],
    });
    expect(
      scan(`      - uses: anthropics/claude-code-action/base-action@${actionTags.tags['v1.0.133'].commit}`),
    ).toEqual({
      status: 1,
      rules: ['AITG-2026-0001'],
    });
  });

  it('negative twins: a clean tag, a commented line, an echoed line stay quiet', () => {
    expect(scan('      - uses: anthropics/claude-code-action/base-action@v1.0.162')).toEqual({
      status: 0,
      rules: [],
    });
    expect(scan('      - uses: anthropics/claude-code-base-action@v0.0.63')).toEqual({
      status: 0,
      rules: [],
    });
    expect(
      scan('      # - uses: anthropics/claude-code-action/base-action@v1.0.133\n      - run: echo hi'),
    ).toEqual({
      status: 0,
      rules: [],
    });
    expect(
      scan("      - run: |\n          echo 'uses: anthropics/claude-code-action/base-action@v1.0.133'"),
    ).toEqual({
      status: 0,
      rules: [],
    });
  });
});
