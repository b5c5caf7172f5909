// Property tests (FUZZ_RUNS raises the number of runs; `npm run fuzz`): a script bash -n accepts
// gives no problem; the tokenizer's offsets stay inside the text; the scanners never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandScanner } from '../../../src/detectors/shell/scan.js';
import { parseShell } from '../../../src/detectors/shell/shell.js';
import { scanDockerfile } from '../../../src/detectors/dockerfile.js';
import { bash, bashAccepts, problems } from './helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const shellish = fc.stringMatching(/^[a-z0-9 \n\t'"`$(){}<>|&;\\#=@:./*-]*$/, { maxLength: 400 });

describe('fuzz', () => {
  it('offsets stay inside the text', () => {
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

// Scripts built from a small grammar of the constructs that trip tokenizers: here-documents
// (also inside substitutions, with apostrophes and parentheses in their bodies, unterminated at
// the end), case statements, comments with quotes, nested substitutions, subshells.
const text = fc.constantFrom("it's", 'a)', '(b', '"q', "'", 'x # y', '$(z', '`', '}', 'EOFX', 'done');
const word = fc.constantFrom(
  'npm',
  'echo',
  'x',
  '"a b"',
  "'c d'",
  '$V',
  '${V:-1}',
  '"$(id)"',
  '`date`',
  '2>&1',
);
const simple = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const script: fc.Memo<string> = fc.memo((n) => {
  const leaf = fc.oneof(
    simple,
    fc
      .tuple(simple, fc.array(text, { maxLength: 3 }))
      .map(([c, b]) => `cat <<'EOF'\n${b.join('\n')}\nEOF\n${c}`),
    fc.array(text, { maxLength: 3 }).map((b) => `X=$(cat <<EOF\n${b.join(' ')}\nEOF\n)`),
    simple.map((c) => `# it's (a comment) "${c}`),
  );
  if (n <= 1) return leaf;
  const sub = script(n - 1);
  return fc.oneof(
    leaf,
    fc.tuple(sub, sub).map(([a, b]) => `${a}\n${b}`),
    sub.map((a) => `Y="$(\n${a}\n)"`),
    sub.map((a) => `( ${a}\n)`),
    fc
      .tuple(sub, sub)
      .map(([a, b]) => `case "$1" in\n  a|b) ${a.replace(/\n/g, '; ')} ;;\n  (c) ${b} ;;\n  *) : ;;\nesac`),
    fc.tuple(sub, sub).map(([a, b]) => `R=$(case x in a) ${a};; *) ${b};; esac)`),
  );
});
/** A here-document left open at the end of the script (bash warns and ends it there). */
const openTail = fc.option(
  fc.tuple(simple, fc.array(text, { maxLength: 3 })).map(([c, b]) => `\n${c}\ncat <<EOF\n${b.join('\n')}`),
);

describe.skipIf(!bash)('fuzz: bash -n accepts ⇒ no problem', () => {
  it('holds for generated scripts', () => {
    fc.assert(
      fc.property(script(4), openTail, (body, tail) => {
        const s = body + (tail ?? '');
        if (!bashAccepts(s)) return true;
        expect(problems(s), s).toEqual([]);
        return true;
      }),
      { numRuns: Math.min(runs, 200) },
    );
  });
});
