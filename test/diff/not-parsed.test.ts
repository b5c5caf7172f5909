// Diff mode does not parse an unchanged lockfile whose text names nothing the policy covers (it
// can hold no finding), and the resolver looks up only what a rule can match by name.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors } from '../../src/detectors/index.js';
import type { Component, Detector } from '../../src/model/component.js';
import { loadPolicy, parsePolicyText } from '../../src/policy/load.js';
import { verdictOf } from '../../src/gate/report.js';
import { audit, diffScan } from '../../src/gate/scan.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { GitSource } from '../../src/sources/git.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';

/** A lockfileVersion 3 package-lock.json with these packages (name → version). */
function packageLock(packages: Record<string, string>): string {
  const entries: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (const [name, version] of Object.entries(packages)) {
    entries[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
      integrity: 'sha512-AAAA',
    };
  }
  return (
    JSON.stringify(
      { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries },
      null,
      2,
    ) + '\n'
  );
}

/** The registered detectors, each recording the paths it parses (namesInText kept). */
function countingDetectors(calls: string[]): Detector[] {
  return detectors.map((d) => ({
    ...d,
    detect: (input) => {
      calls.push(input.path);
      return d.detect(input);
    },
  }));
}

function commit(root: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'change');
  return git(root, 'rev-parse', 'HEAD');
}

const banned = { '@anthropic-ai/claude-code': '2.1.100' };
const clean = { 'left-pad': '1.3.0', 'is-number': '7.0.0' };

async function scan(root: string, base: string, head: string, policyRef = 'builtin:advisories') {
  const calls: string[] = [];
  const b = new GitSource(root, base);
  const h = new GitSource(root, head);
  try {
    const report = await diffScan(b, h, {
      policy: await loadPolicy(policyRef),
      detectors: countingDetectors(calls),
    });
    return { report, calls: calls.sort() };
  } finally {
    b.close();
    h.close();
  }
}

describe('diff mode: unchanged files that name nothing the policy covers', () => {
  it('are neither read nor parsed, even one holding a banned version; changed files are parsed on both sides', async () => {
    const root = makeRepo({
      'a/package-lock.json': packageLock(banned),
      'b/package-lock.json': packageLock(clean),
      'c/package-lock.json': packageLock({ 'left-pad': '1.0.0' }),
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, { 'c/package-lock.json': packageLock({ 'left-pad': '1.1.0' }) });
    const { report, calls } = await scan(root, base, head);
    // a holds a pre-existing banned Claude Code, but no change reaches it: its finding is not
    // re-evaluated (an audit or `fail-on: any` reports it). c changed: parsed at head (its errors
    // would fail the gate); its base side names nothing covered, so it is not parsed there.
    expect(calls).toEqual(['c/package-lock.json']);
    expect(report.findings).toEqual([]);
    expect(report.summary.unchangedNotParsed).toBe(2);
    expect(report.summary.filesScanned).toBe(3);
    expect(verdictOf(report, 'introduced').fails).toBe(false);

    // `fail-on: any` judges the pre-existing state as an audit would: a is parsed, its finding fails.
    const b = new GitSource(root, base);
    const h = new GitSource(root, head);
    try {
      const any = await diffScan(b, h, { policy: await loadPolicy('builtin:advisories'), failOn: 'any' });
      expect(any.findings.map((f) => [f.component.name, f.location.file, f.status])).toEqual([
        ['@anthropic-ai/claude-code', 'a/package-lock.json', 'unchanged'],
      ]);
      expect(verdictOf(any, 'any').fails).toBe(true);
    } finally {
      b.close();
      h.close();
    }
  });

  it('a banned version introduced into another file is introduced; its base side is compared', async () => {
    const root = makeRepo({
      'a/package-lock.json': packageLock(clean),
      'b/package-lock.json': packageLock({ '@anthropic-ai/claude-code': '2.1.50' }),
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, {
      'b/package-lock.json': packageLock({ '@anthropic-ai/claude-code': '2.1.150' }),
    });
    const { report, calls } = await scan(root, base, head);
    expect(calls).toEqual(['b/package-lock.json', 'b/package-lock.json']);
    expect(report.findings.map((f) => [f.component.version, f.status])).toEqual([['2.1.150', 'introduced']]);
    expect(verdictOf(report, 'introduced').fails).toBe(true);
  });

  it('an unchanged broken file is not reported (no change reaches it); a changed one always is', async () => {
    const root = makeRepo({
      'quiet/package-lock.json': '{ "packages": { "node_modules/left-pad": {',
      'loud/package-lock.json': '{ "packages": { "node_modules/@anthropic-ai/claude-code": {',
      'c/package-lock.json': packageLock({ 'left-pad': '1.0.0' }),
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, { 'c/package-lock.json': '{ "packages": ' });
    const { report } = await scan(root, base, head);
    expect(report.errors.map((e) => [e.file, e.status])).toEqual([['c/package-lock.json', 'introduced']]);
    expect(verdictOf(report, 'introduced').fails).toBe(true);

    // --fail-on any judges the pre-existing state as an audit would: every file is parsed, and
    // the quiet broken one fails the gate too.
    const b = new GitSource(root, base);
    const h = new GitSource(root, head);
    try {
      const any = await diffScan(b, h, { policy: await loadPolicy('builtin:default'), failOn: 'any' });
      expect(any.errors.map((e) => [e.file, e.status])).toEqual([
        ['c/package-lock.json', 'introduced'],
        ['loud/package-lock.json', 'unchanged'],
        ['quiet/package-lock.json', 'unchanged'],
      ]);
      expect(any.summary.unchangedNotParsed).toBe(0);
    } finally {
      b.close();
      h.close();
    }
  });

  it('an unchanged lockfile a changed manifest reaches is parsed when its text may name a covered package, escapes included', async () => {
    const escaped = packageLock(banned)
      .replace('claude-code"', 'cl\\u0061ude-code"')
      .replace(/anthropic/g, '\\u0061nthropic');
    const root = makeRepo({
      'a/package.json': '{ "name": "a", "dependencies": { "left-pad": "^1.0.0" } }\n',
      'a/package-lock.json': escaped,
      'b/package-lock.json': escaped,
      'c/package-lock.json': packageLock({ 'left-pad': '1.0.0' }),
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, {
      'a/package.json': '{ "name": "a", "dependencies": { "left-pad": "^1.1.0" } }\n',
      'c/package-lock.json': packageLock({ 'left-pad': '1.1.0' }),
    });
    const { report, calls } = await scan(root, base, head);
    // a/package-lock.json pins what the changed a/package.json declares: reached, and its text may
    // name Claude Code once decoded, so it is parsed. b: not reached, never read.
    expect(calls).toContain('a/package-lock.json');
    expect(calls).not.toContain('b/package-lock.json');
    expect(report.findings.map((f) => [f.component.name, f.location.file, f.status])).toEqual([
      ['@anthropic-ai/claude-code', 'a/package-lock.json', 'unchanged'],
    ]);
  });

  it('a reached file is parsed whatever its text names when a rule covers a whole ecosystem', async () => {
    const root = makeRepo({
      'a/package-lock.json': packageLock(clean),
      'c/package.json': '{ "name": "c", "dependencies": { "left-pad": "^1.0.0" } }\n',
      'c/package-lock.json': packageLock({ 'left-pad': '1.0.0' }),
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, {
      'c/package.json': '{ "name": "c", "dependencies": { "left-pad": "^1.0.0", "is-number": "^7.0.0" } }\n',
    });
    const policyFile = join(root, 'all-npm.yml');
    writeFileSync(
      policyFile,
      'version: 1\nrules:\n  - id: every-npm-package\n    ecosystem: npm\n    package: "*"\n    action: warn\n',
    );
    const { report, calls } = await scan(root, base, head, policyFile);
    expect(calls).toContain('c/package-lock.json');
    expect(calls).not.toContain('a/package-lock.json');
    expect(report.summary.unchangedNotParsed).toBe(1);
    expect(report.findings.map((f) => [f.component.name, f.location.file, f.status])).toEqual([
      ['left-pad', 'c/package-lock.json', 'unchanged'],
      ['is-number', 'c/package.json', 'introduced'],
    ]);
  });

  it('files of detectors that read other files are always parsed', async () => {
    const root = makeRepo({
      '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "Dockerfile" } }\n',
      '.devcontainer/Dockerfile': 'FROM node:24\n',
      'c/package-lock.json': packageLock({ 'left-pad': '1.0.0' }),
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, { 'c/package-lock.json': packageLock({ 'left-pad': '1.1.0' }) });
    const { calls } = await scan(root, base, head);
    expect(calls).toContain('.devcontainer/devcontainer.json');
    expect(calls).toContain('.devcontainer/Dockerfile');
  });
});

describe('the resolver stage', () => {
  it('looks up only the components a rule can match by name', async () => {
    const dir = makeTree({
      'package.json': JSON.stringify({
        dependencies: {
          'left-pad': '^1.0.0',
          '@anthropic-ai/claude-code': '^2.1.0',
          'private-thing': 'latest',
        },
      }),
    });
    const asked: string[] = [];
    const report = await audit(new DirectorySource(dir), {
      policy: parsePolicyText(
        'p.yml',
        'version: 1\nrules:\n  - id: cc\n    tool: claude-code\n    versions: ">=2.1.91 <2.1.198"\n',
      ),
      resolve: (components: Component[]) => {
        asked.push(...components.map((c) => c.name));
        return Promise.resolve(
          components.map((c) => (c.name === '@anthropic-ai/claude-code' ? { ...c, version: '2.1.120' } : c)),
        );
      },
    });
    expect(asked).toEqual(['@anthropic-ai/claude-code']);
    expect(report.findings.map((f) => [f.component.name, f.component.version, f.action])).toEqual([
      ['@anthropic-ai/claude-code', '2.1.120', 'fail'],
    ]);
    expect(report.summary.components).toBe(3);
  });
});
