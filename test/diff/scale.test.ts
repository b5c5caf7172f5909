import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffInventory } from '../../src/diff/diff.js';
import { GitSource } from '../../src/sources/git.js';
import { pinsDetector } from '../helpers/pins-detector.js';
import { git, makeRepo } from '../helpers/tmp.js';

describe('diff mode at scale', () => {
  it('parses 2,000 unchanged files once and only the changed one twice', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) files[`pkg${i}/pins.txt`] = `dep${i}@1.0.0\nshared@2.0.0\n`;
    const root = makeRepo(files);
    const base = git(root, 'rev-parse', 'HEAD');
    mkdirSync(join(root, 'pkg7'), { recursive: true });
    writeFileSync(join(root, 'pkg7/pins.txt'), 'dep7@1.0.1\nshared@2.0.0\n');
    git(root, 'commit', '-q', '-am', 'bump');
    const head = git(root, 'rev-parse', 'HEAD');
    const calls: string[] = [];
    const b = new GitSource(root, base);
    const h = new GitSource(root, head);
    const started = performance.now();
    const d = await diffInventory(b, h, { detectors: [pinsDetector(calls)] });
    const ms = performance.now() - started;
    b.close();
    h.close();
    expect(calls).toHaveLength(2001);
    expect(d.dirty).toEqual(['pkg7/pins.txt']);
    expect(d.head.components).toHaveLength(4000);
    expect(d.baseComponents).toHaveLength(4000);
    expect(ms).toBeLessThan(20_000);
    console.log(`diff of 2,000 files (1 changed): ${ms.toFixed(0)} ms`);
  });
});
