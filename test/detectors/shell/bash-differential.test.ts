// Differential test of the shell tokenizer against bash itself: a script `bash -n` accepts must
// give no problem (a false error fails a clean repository); a script bash rejects for a reason the
// tokenizer knows (an unterminated quote or substitution) must give a located problem.
// The committed scripts under test/fixtures/shell-bash/ reproduce constructs found in public
// scripts (each names the file it reproduces); SHELL_CORPUS_DIR=/path runs the same check over a
// folder of real scripts too (e.g. a checkout of devcontainers/features).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bash, bashAccepts, problems } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'shell-bash');
function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out.sort();
}

describe.skipIf(!bash)('tokenizer against bash -n', () => {
  const accepted = files(join(FIXTURES, 'accepted'));
  const rejected = files(join(FIXTURES, 'rejected'));

  it('the committed scripts are what their folder says bash makes of them', () => {
    expect(accepted.length).toBeGreaterThan(20);
    for (const f of accepted) expect(bashAccepts(readFileSync(f, 'utf8')), f).toBe(true);
    for (const f of rejected) expect(bashAccepts(readFileSync(f, 'utf8')), f).toBe(false);
  });

  it('no problem for a script bash accepts', () => {
    for (const f of accepted) expect(problems(readFileSync(f, 'utf8')), f).toEqual([]);
  });

  it('a located problem for a script bash rejects', () => {
    for (const f of rejected) expect(problems(readFileSync(f, 'utf8')).length, f).toBeGreaterThan(0);
  });

  const external = process.env.SHELL_CORPUS_DIR;
  it.skipIf(!external)('no problem for the real scripts of SHELL_CORPUS_DIR that bash accepts', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const f of files(external!)) {
      const text = readFileSync(f, 'utf8');
      if (!/^#!.*\b(ba|da|k|z)?sh\b/.test(text)) continue;
      if (!bashAccepts(text)) continue;
      checked++;
      const p = problems(text);
      if (p.length > 0) wrong.push(`${f}: ${p.join('; ')}`);
    }
    console.log(`${checked} real scripts bash accepts; ${wrong.length} with a false problem`);
    expect(wrong).toEqual([]);
  });
});
