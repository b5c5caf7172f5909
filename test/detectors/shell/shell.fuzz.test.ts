// Property tests: the tokenizer and the scanners never throw and always terminate, whatever
// the input (FUZZ_RUNS raises the number of runs; `npm run fuzz`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandScanner } from '../../../src/detectors/shell/scan.js';
import { parseShell } from '../../../src/detectors/shell/shell.js';
import { scanDockerfile } from '../../../src/detectors/dockerfile.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const shellish = fc.stringMatching(/^[a-z0-9 \n\t'"`$(){}<>|&;\\#=@:./*-]*$/, { maxLength: 400 });

describe('fuzz', () => {
  it('parseShell never throws and offsets stay inside the text', () => {
    fc.assert(
      fc.property(shellish, (s) => {
        const p = parseShell(s);
        for (const pl of p.pipelines)
          for (const c of pl.commands)
            for (const w of c.words) expect(w.start >= 0 && w.start <= s.length).toBe(true);
        for (const pr of p.problems) expect(pr.offset >= 0 && pr.offset <= s.length).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('CommandScanner and the Dockerfile scanner never throw', () => {
    fc.assert(
      fc.property(shellish, (s) => {
        const scanner = new CommandScanner();
        scanner.scan(s, () => 1);
        scanner.finish();
        scanDockerfile('FROM x\nRUN ' + s, 'Dockerfile');
        scanDockerfile(s, 'Dockerfile');
      }),
      { numRuns: runs },
    );
  });
});
