// bash's parameter operations (`${V/x/y}`, `${V%.*}`, `${V,,}`, `${a[@]:1}`, `${#V}`, `${!V}`)
// compute the package or the version an install names: each form is read as bash computes it
// (checked against bash itself), with negative twins where the result is a safe version or the
// command installs nothing; a form the scan cannot compute is an unknown version, never silence.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bash, bashAccepts, scan } from './helpers.js';

const CC = '@anthropic-ai/claude-code';

const cases: [string, string, string[]][] = [
  [
    'pattern substitution',
    'V=2.1.x50\nnpm i -g "@anthropic-ai/claude-code@${V/x/1}"',
    [`2 npm ${CC} 2.1.150`],
  ],
  [
    'every match, bracket class',
    'V=2.1.150-beta\nnpm i -g "' + CC + '@${V//[a-z-]/}"',
    [`2 npm ${CC} 2.1.150`],
  ],
  ['anchored at the start', 'V=x2.1.150\nnpm i -g "' + CC + '@${V/#x/}"', [`2 npm ${CC} 2.1.150`]],
  [
    'anchored at the end, quoted pattern',
    'V=2.1.150.*\nnpm i -g "' + CC + '@${V/%".*"/}"',
    [`2 npm ${CC} 2.1.150`],
  ],
  ['the match in the replacement', 'V=2.1.15\nnpm i -g "' + CC + '@${V/15/&0}"', [`2 npm ${CC} 2.1.150`]],
  [
    'a variable in the replacement',
    'T=150\nV=2.1.X\nnpm i -g "' + CC + '@${V/X/$T}"',
    [`3 npm ${CC} 2.1.150`],
  ],
  ['shortest suffix removed', 'V=2.1.150.4\nnpm i -g "' + CC + '@${V%.*}"', [`2 npm ${CC} 2.1.150`]],
  ['longest suffix removed', 'V=2.1.150-rc-1\nnpm i -g "' + CC + '@${V%%-*}"', [`2 npm ${CC} 2.1.150`]],
  ['shortest prefix removed', 'V=v2.1.150\nnpm i -g "' + CC + '@${V#v}"', [`2 npm ${CC} 2.1.150`]],
  ['longest prefix removed', 'V=cc/tag/2.1.150\nnpm i -g "' + CC + '@${V##*/}"', [`2 npm ${CC} 2.1.150`]],
  ['lower case', 'P=@ANTHROPIC-AI/CLAUDE-CODE\nnpm i -g "${P,,}@2.1.150"', [`2 npm ${CC} 2.1.150`]],
  ['lower case transform', 'P=@Anthropic-AI/Claude-Code\nnpm i -g "${P@L}@2.1.150"', [`2 npm ${CC} 2.1.150`]],
  ['first letter lower', 'P=Claude-code\nnpm i -g "@anthropic-ai/${P,}@2.1.150"', [`2 npm ${CC} 2.1.150`]],
  ['substring', 'V=xx2.1.150yy\nnpm i -g "' + CC + '@${V:2:7}"', [`2 npm ${CC} 2.1.150`]],
  ['substring from the end', 'V=v2.1.150\nnpm i -g "' + CC + '@${V: -7}"', [`2 npm ${CC} 2.1.150`]],
  ['array slice', `a=(left-pad ${CC}@2.1.150)\nnpm i -g "\${a[@]:1}"`, [`2 npm ${CC} 2.1.150`]],
  ['array slice with a length', `a=(x ${CC}@2.1.150 y)\nnpm i -g "\${a[@]:1:1}"`, [`2 npm ${CC} 2.1.150`]],
  ['operation on every element', `a=(${CC}@2.1.150-x)\nnpm i -g "\${a[@]%-x}"`, [`2 npm ${CC} 2.1.150`]],
  ['indirection', `V=2.1.150\nN=V\nnpm i -g "${CC}@\${!N}"`, [`3 npm ${CC} 2.1.150`]],
  ['length', `V=abc\nnpm i -g "${CC}@2.1.15\${#V}"`, [`2 npm ${CC} 2.1.153`]],
  [
    'positional slice in a function',
    `i() { npm i -g "\${@:2}"; }\ni x ${CC}@2.1.150`,
    [`2 npm ${CC} 2.1.150`],
  ],
  ['braced positional list', `i() { npm i -g "\${@}"; }\ni ${CC}@2.1.150`, [`2 npm ${CC} 2.1.150`]],
];

describe('parameter operations: the words bash computes', () => {
  for (const [name, script, found] of cases)
    it(name, () => {
      expect(scan(script)).toEqual(found);
    });

  it('quiet where nothing installs', () => {
    for (const script of [
      'V=2.1.150.4\nnpm view "' + CC + '@${V%.*}"',
      'V=2.1.150.4\nnpm uninstall -g "' + CC + '@${V%.*}"',
      'V=2.1.150.4\necho npm i -g "' + CC + '@${V%.*}"',
      '# V=2.1.150.4; npm i -g "' + CC + '@${V%.*}"',
      `V=2.1.150.4\ncat <<'EOF'\nnpm i -g "${CC}@\${V%.*}"\nEOF`,
    ])
      expect(scan(script), script).toEqual([]);
  });

  it('the computed value decides: a safe version, another package', () => {
    expect(scan('V=2.1.x98\nnpm i -g "' + CC + '@${V/x/1}"')).toEqual([`2 npm ${CC} 2.1.198`]);
    expect(scan('V=2.1.198-rc\nnpm i -g "' + CC + '@${V%-*}"')).toEqual([`2 npm ${CC} 2.1.198`]);
    expect(scan(`a=(${CC}@2.1.150 left-pad)\nnpm i -g "\${a[@]:1}"`)).toEqual(['2 npm left-pad (latest)']);
    expect(scan('V=2.1.150.4\nnpm i -g "' + CC + '@${V##*.}"')).toEqual([`2 npm ${CC} (4)`]);
  });

  it('a pattern the scan cannot read leaves the version unknown, not silent', () => {
    expect(scan('shopt -s extglob\nV=2.1.150\nnpm i -g "' + CC + '@${V/+(x)/}"')).toEqual([
      `3 npm ${CC} (\${V/+(x)/})`,
    ]);
    expect(scan('V=2.1.150\nnpm i -g "' + CC + '@${V:$((1+1))}"')).toEqual([`2 npm ${CC} (\${V:$((1+1))})`]);
  });

  it('a long value or a pattern of many stars is not operated on (unknown), so no text makes it slow', () => {
    const long = 'a'.repeat(20_000);
    const t0 = performance.now();
    expect(scan(`V=${long}2.1.150\nnpm i -g "${CC}@\${V##*a}"`)).toEqual([`2 npm ${CC} (\${V##*a})`]);
    expect(scan(`V=${long}\nnpm i -g "${CC}@\${V%%*a*a*b}"`)).toEqual([`2 npm ${CC} (\${V%%*a*a*b})`]);
    expect(performance.now() - t0).toBeLessThan(2_000);
    // Twin: the same operation on a value of a version's length is computed.
    expect(scan(`V=aaa2.1.150\nnpm i -g "${CC}@\${V##*a}"`)).toEqual([`2 npm ${CC} 2.1.150`]);
  });

  it.skipIf(!bash)('bash computes the same words', () => {
    const npm = 'npm() { shift 2; printf \'%s\\n\' "$@"; }\n';
    const run = (s: string) =>
      spawnSync('/bin/bash', ['-c', npm + s], { encoding: 'utf8', env: { PATH: '/nonexistent' } })
        .stdout.trim()
        .split('\n');
    for (const [, script, found] of cases) {
      expect(bashAccepts(script), script).toBe(true);
      const names = found.map((f) => {
        const [, , name, version] = f.split(' ');
        return `${name}@${version}`;
      });
      expect(run(script), script).toEqual(names);
    }
  });
});
