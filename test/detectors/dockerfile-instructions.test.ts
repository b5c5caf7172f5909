import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { splitInstructions } from '../../src/detectors/dockerfile-instructions.js';
import { isDockerfilePath } from '../../src/detectors/dockerfile.js';
import { LineIndex } from '../../src/util/lines.js';

function dockerfiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (lstatSync(p).isDirectory()) dockerfiles(p, out);
    else if (isDockerfilePath(p)) out.push(p);
  }
  return out;
}

const extra = [
  'FROM a\nRUN echo 1 \\\n\n  # c\n  && echo 2\nRUN <<EOF\nx\nEOF\nRUN <<-A cat <<B\n\tx\n\tA\ny\nB\nENV A=1\n',
  '# escape=`\nFROM a\nRUN a `\n  b\n',
  'FROM a\r\nRUN a \\\r\n  b\r\nCMD x\r\n',
];

describe('Dockerfile instruction splitter agrees with dockerfile-ast', () => {
  const files = dockerfiles('test/fixtures').filter((p) => !p.includes('hostile'));
  const cases = [
    ...files.map((f) => [f, readFileSync(f, 'utf8')] as const),
    ...extra.map((t, i) => [`extra-${i}`, t] as const),
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const lines = new LineIndex(text);
      const ours = splitInstructions(text).map(
        (i) => `${i.keyword} ${lines.line(i.start)}-${lines.line(i.end)}`,
      );
      const theirs = DockerfileParser.parse(text)
        .getInstructions()
        .map(
          (i) =>
            `${i.getKeyword().toUpperCase()} ${i.getRange().start.line + 1}-${i.getRange().end.line + 1}`,
        );
      expect(ours).toEqual(theirs);
    });
  }

  it('is linear on a megabyte-long RUN line', () => {
    const huge = 'FROM x\nRUN ' + 'a '.repeat(500_000) + '\n';
    const t0 = performance.now();
    expect(splitInstructions(huge).map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
