// What a release needs besides the workflows: one version everywhere, a CHANGELOG section for it
// (the release notes), and the licence package.json names.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/model/version.js';
import { projectRoot } from '../helpers/bundles.js';
import { makeTree } from '../helpers/tmp.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
};
const script = join(projectRoot, 'scripts', 'changelog-section.mjs');

describe('release', () => {
  it('src/model/version.ts says the version package.json says, and the CLI bundle prints it', () => {
    expect(VERSION).toBe(pkg.version);
    const out = execFileSync(process.execPath, [join(projectRoot, 'dist', 'cli', 'index.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(out).toBe(`ai-tooling-gate ${pkg.version}\n`);
  });

  it('LICENSE is the MIT licence package.json declares', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(projectRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it("CHANGELOG.md has a non-empty section for package.json's version", () => {
    const notes = execFileSync(process.execPath, [script, pkg.version], { encoding: 'utf8' });
    expect(notes).toContain('AITG-2026-0001');
    expect(notes).not.toMatch(/^## /m);
  });

  it('the release-notes script takes only the section asked for, and fails on a missing or empty one', () => {
    const dir = makeTree({});
    const file = join(dir, 'CHANGELOG.md');
    writeFileSync(
      file,
      '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-01-02\n- B\n\n## [1.0.0]\n- A\n\n## 0.9.0\n',
    );
    expect(execFileSync(process.execPath, [script, '1.1.0', file], { encoding: 'utf8' })).toBe('- B\n');
    expect(execFileSync(process.execPath, [script, '1.0.0', file], { encoding: 'utf8' })).toBe('- A\n');
    for (const missing of ['1.2.0', '0.9.0', '1.0']) {
      const run = spawnSync(process.execPath, [script, missing, file], { encoding: 'utf8' });
      expect(run.status, missing).toBe(1);
      expect(run.stdout).toBe('');
    }
  });
});
