import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('test run temporary folder', () => {
  it('every worker writes under the run folder that the global setup removes', () => {
    expect(basename(tmpdir())).toMatch(/^aitg-test-run-/);
    expect(process.env.TMPDIR).toBe(tmpdir());
    expect(dirname(tmpdir())).not.toBe(tmpdir());
  });
});
