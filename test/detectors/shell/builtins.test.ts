// Builtins and wrappers that set a variable or make a command without an assignment or a plain
// command line: `: ${V:=x}`, `printf -v V`, `env -S 'cmd args'`, aliases under
// `shopt -s expand_aliases`. Each form is checked against bash where bash can run it, with
// negative twins where nothing installs.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bash, bashAccepts, scan } from './helpers.js';

const CC = '@anthropic-ai/claude-code';

const cases: [string, string, string[]][] = [
  ['default assigned by :', `: \${V:=2.1.150}\nnpm i -g "${CC}@$V"`, [`2 npm ${CC} 2.1.150`]],
  [
    'default assigned inside another command',
    `echo "\${V=2.1.150}"\nnpm i -g "${CC}@$V"`,
    [`2 npm ${CC} 2.1.150`],
  ],
  ['printf -v', `printf -v V '%s' 2.1.150\nnpm i -g "${CC}@$V"`, [`2 npm ${CC} 2.1.150`]],
  ['printf -v with a format', `printf -v P '%s@2.1.%d' ${CC} 150\nnpm i -g "$P"`, [`2 npm ${CC} 2.1.150`]],
  [
    'alias under expand_aliases',
    `shopt -s expand_aliases\nalias i='npm i -g'\ni ${CC}@2.1.150`,
    [`3 npm ${CC} 2.1.150`],
  ],
];

describe('builtins that set variables or make commands', () => {
  for (const [name, script, found] of cases)
    it(name, () => {
      expect(scan(script)).toEqual(found);
    });

  it('env -S splits its string into the command', () => {
    expect(scan(`env -S 'npm i -g ${CC}@2.1.150'`)).toEqual([`1 npm ${CC} 2.1.150`]);
    expect(scan(`env -S"npm i -g" ${CC}@2.1.150`)).toEqual([`1 npm ${CC} 2.1.150`]);
    expect(scan(`/usr/bin/env --split-string='A=1 npm i -g ${CC}@2.1.150'`)).toEqual([`1 npm ${CC} 2.1.150`]);
  });

  it('quiet where nothing installs or the value is not the one written', () => {
    for (const script of [
      `V=2.1.90\n: \${V:=2.1.150}\nnpm i -g "${CC}@$V"`,
      `V=\n: \${V=2.1.150}\nnpm i -g "${CC}@$V"`,
      `: \${V:=2.1.150}\nnpm view "${CC}@$V"`,
      `# : \${V:=2.1.150}\nnpm i -g "${CC}@$V"`,
      `printf -v V '%s' 2.1.150\necho npm i -g "${CC}@$V"`,
      `printf '%s' 2.1.150\nnpm i -g "${CC}@$V"`,
      `env -S 'npm view ${CC}@2.1.150'`,
      `echo env -S 'npm i -g ${CC}@2.1.150'`,
      // bash reads no alias in a script without expand_aliases: `i` is not found.
      `alias i='npm i -g'\ni ${CC}@2.1.150`,
      `shopt -s expand_aliases\nshopt -u expand_aliases\nalias i='npm i -g'\ni ${CC}@2.1.150`,
      `shopt -s expand_aliases\nalias i='npm view'\ni ${CC}@2.1.150`,
      `shopt -s expand_aliases\nalias i='npm i -g'\necho i ${CC}@2.1.150`,
    ])
      expect(
        scan(script).filter((f) => f.includes('2.1.150')),
        script,
      ).toEqual([]);
  });

  it('a format the scan does not read leaves the value unknown', () => {
    expect(scan(`printf -v V '%5s' 150\nnpm i -g "${CC}@2.1.$V"`)).toEqual([`2 npm ${CC} (2.1.'%5s')`]);
    expect(scan(`printf -v V '%d' 0150\nnpm i -g "${CC}@2.1.$V"`)).toEqual([`2 npm ${CC} (2.1.'%d')`]);
  });

  it.skipIf(!bash)('bash sets the same values and runs the same commands', () => {
    const npm = 'npm() { shift 2; printf \'%s\\n\' "$@"; }\n';
    const run = (s: string) =>
      spawnSync('/bin/bash', ['-c', npm + s], { encoding: 'utf8', env: { PATH: '/nonexistent' } })
        .stdout.trim()
        .split('\n')
        .filter((l) => l.startsWith('@'));
    for (const [, script, found] of cases) {
      expect(bashAccepts(script), script).toBe(true);
      expect(run(script), script).toEqual(found.map((f) => f.split(' ').slice(2).join('@')));
    }
    // Without expand_aliases bash runs no `i`.
    expect(run(`alias i='npm i -g'\ni ${CC}@2.1.150`)).toEqual([]);
  });
});
