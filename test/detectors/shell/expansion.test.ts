// How bash turns one written command into the commands it runs: brace expansion, field
// splitting of unquoted variables, arrays, `for` loops over words, functions called with
// arguments, xargs fed by echo or a here-string, a container's command (`docker run IMAGE CMD`),
// and a piped installer given `/dev/stdin` as its script. Every form has negative twins: the same
// text where it does not run, quoted where bash does not split, or a command that installs
// nothing.
import { describe, expect, it } from 'vitest';
import { bash, bashAccepts, scan, twins } from './helpers.js';
import { spawnSync } from 'node:child_process';

const CC = '@anthropic-ai/claude-code';
const BANNED = `${CC}@2.1.150`;

const cases: [string, string, string[]][] = [
  ['brace alternatives', `npm i -g {left-pad,${BANNED}}`, ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`]],
  ['brace in the version', `npm i -g ${CC}@2.1.{150,151}`, [`1 npm ${CC} 2.1.150`, `1 npm ${CC} 2.1.151`]],
  ['brace sequence', `npm i -g ${CC}@2.1.{149..150}`, [`1 npm ${CC} 2.1.149`, `1 npm ${CC} 2.1.150`]],
  [
    'nested braces',
    `npm i -g @anthropic-ai/{claude-code@2.1.{150,151},sdk}`,
    [`1 npm ${CC} 2.1.150`, `1 npm ${CC} 2.1.151`, '1 npm @anthropic-ai/sdk (latest)'],
  ],
  [
    'unquoted variable split into packages',
    `PKGS="left-pad ${BANNED}"\nnpm i -g $PKGS`,
    ['2 npm left-pad (latest)', `2 npm ${CC} 2.1.150`],
  ],
  [
    'for loop over words',
    `for p in left-pad ${BANNED}; do npm i -g "$p"; done`,
    ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  ],
  [
    'for loop on several lines, over a variable',
    `TOOLS="${BANNED}"\nfor t in $TOOLS\ndo\n  npm install --global "$t"\ndone`,
    [`4 npm ${CC} 2.1.150`],
  ],
  [
    'nested loops',
    `for v in 2.1.150 2.1.151; do\n  for p in ${CC}; do npm i -g "$p@$v"; done\ndone`,
    [`2 npm ${CC} 2.1.150`, `2 npm ${CC} 2.1.151`],
  ],
  [
    'array',
    `pkgs=(left-pad\n  ${BANNED}  # the agent\n)\nnpm i -g "\${pkgs[@]}"`,
    ['4 npm left-pad (latest)', `4 npm ${CC} 2.1.150`],
  ],
  ['array element', `pkgs=(left-pad ${BANNED})\nnpm i -g "\${pkgs[1]}"`, [`2 npm ${CC} 2.1.150`]],
  [
    'function with an argument, reported at the call',
    `install() {\n  npm i -g "$1"\n}\ninstall ${BANNED}`,
    [`4 npm ${CC} 2.1.150`],
  ],
  [
    'function keyword, all arguments',
    `function install {\n  npm i -g "$@"\n}\ninstall left-pad ${BANNED}`,
    ['4 npm left-pad (latest)', `4 npm ${CC} 2.1.150`],
  ],
  ['function with a literal body, never called', `setup() { npm i -g ${BANNED}; }`, [`1 npm ${CC} 2.1.150`]],
  [
    'function with a version default',
    `install_cc() {\n  npm i -g "${CC}@\${1:-2.1.150}"\n}\ninstall_cc`,
    [`4 npm ${CC} 2.1.150`],
  ],
  ['xargs fed by echo', `echo ${BANNED} | xargs npm i -g`, [`1 npm ${CC} 2.1.150`]],
  ["bash -c's $0", `bash -c 'npm i -g "$0"' ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  [
    "sh -c's arguments",
    `sh -c 'npm i -g "$1" "$2"' sh left-pad ${BANNED}`,
    ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  ],
  ["sh -c's $@", `sh -c 'npm i -g "$@"' _ ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  [
    'xargs giving sh -c its items',
    `echo ${BANNED} | xargs -n 1 sh -c 'npm i -g "$0"'`,
    [`1 npm ${CC} 2.1.150`],
  ],
  ['xargs with a here-string and options', `xargs -n 1 npm i -g <<< "${BANNED}"`, [`1 npm ${CC} 2.1.150`]],
  [
    'docker run IMAGE CMD',
    `docker run --rm -it -v "$PWD:/w" -w /w node:20 npm i -g ${BANNED}`,
    [`1 npm ${CC} 2.1.150`],
  ],
  ['docker exec', `docker exec -u root dev npm i -g ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  ['docker run --entrypoint', `docker run --entrypoint npm node:20 i -g ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  ['podman container run', `podman container run node:20 npx -y ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  [
    'docker compose run SERVICE',
    `docker compose run --rm -e CI=1 dev npm i -g ${BANNED}`,
    [`1 npm ${CC} 2.1.150`],
  ],
  ['docker-compose exec -T', `docker-compose exec -T app npm i -g ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  ['kubectl exec POD --', `kubectl exec -it dev-0 -c main -- npm i -g ${BANNED}`, [`1 npm ${CC} 2.1.150`]],
  [
    'installer piped to bash /dev/stdin',
    'curl -fsSL https://claude.ai/install.sh | bash /dev/stdin 2.1.150',
    ['1 installer claude.ai/install.sh 2.1.150'],
  ],
  [
    'installer piped to bash with options',
    'curl -fsSL https://claude.ai/install.sh | bash -o pipefail -s 2.1.150',
    ['1 installer claude.ai/install.sh 2.1.150'],
  ],
];

describe('expansion: the commands bash runs', () => {
  for (const [name, script, found] of cases)
    it(name, () => {
      expect(scan(script)).toEqual(found);
    });

  it('each form is quiet where it does not run', () => {
    for (const [, script] of cases) {
      const quiet = script.includes('\n')
        ? [script.replace(/^/gm, '# '), `cat <<'EOF'\n${script}\nEOF`]
        : twins(script);
      // A twin is text bash accepts (`: f() { … }` is not).
      for (const t of quiet) if (!bash || bashAccepts(t)) expect(scan(t), t).toEqual([]);
    }
  });

  it('quoting stops splitting and brace expansion', () => {
    // One argument "left-pad @anthropic-ai/…": npm rejects it; nothing is installed.
    expect(scan(`PKGS="left-pad ${BANNED}"\nnpm i -g "$PKGS"`)).not.toContainEqual(`2 npm ${CC} 2.1.150`);
    expect(scan(`npm i -g "{left-pad,${BANNED}}"`)).not.toContainEqual(`1 npm ${CC} 2.1.150`);
    expect(scan(`npm i -g '${CC}@2.1.{150,151}'`)).not.toContainEqual(`1 npm ${CC} 2.1.150`);
  });

  it('commands that install nothing stay quiet', () => {
    for (const script of [
      `for p in ${BANNED}; do echo npm i -g "$p"; done`,
      `for p in ${BANNED}; do npm view "$p"; done`,
      `pkgs=(${BANNED})\necho "\${pkgs[@]}"`,
      `pkgs=(${BANNED})\nnpm i -g "\${pkgs[5]}"`,
      `install() { npm view "$1"; }\ninstall ${BANNED}`,
      `install() { npm i -g "$1"; }`,
      `echo ${BANNED} | xargs npm view`,
      `echo ${BANNED} | xargs echo npm i -g`,
      `bash -c 'npm view "$0"' ${BANNED}`,
      `sh -c 'npm i -g "$1"' ${BANNED}`,
      `sh -c 'echo npm i -g "$@"' _ ${BANNED}`,
      'docker run --rm node:20',
      'docker compose up -d',
      `kubectl exec dev-0 -- npm view ${BANNED}`,
      `docker compose run dev echo npm i -g ${BANNED}`,
      `docker pull node:20 && docker run node:20 npm view ${BANNED}`,
      `docker run node:20 echo npm i -g ${BANNED}`,
      'curl -fsSL https://claude.ai/install.sh | cat',
    ])
      expect(scan(script), script).toEqual([]);
  });

  it('an uncalled function that takes its package as an argument installs nothing by itself', () => {
    expect(scan('install() {\n  npm i -g "$1"\n}\n# install x')).toEqual([]);
  });

  it('a long list does not hide its tail: every value up to the budget of 4,096 body reads', () => {
    const padded = Array.from({ length: 200 }, (_, i) => `p${i}`).join(' ');
    expect(scan(`for v in ${padded} 2.1.150; do npm i -g "${CC}@$v"; done`)).toContain(`1 npm ${CC} 2.1.150`);
  });

  it('a loop over too many words, or unknown ones, is read once with the variable unknown', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `p${i}`).join(' ');
    expect(scan(`for p in ${many}; do npm i -g ${BANNED}; done`)).toEqual([`1 npm ${CC} 2.1.150`]);
    expect(scan(`for p in $(cat list); do npm i -g "$p"; done`)).toEqual([]);
  });

  it('a function calling itself stops', () => {
    expect(scan(`f() { f "$@"; npm i -g "$1"; }\nf ${BANNED}`)).toEqual([`2 npm ${CC} 2.1.150`]);
  });

  it.skipIf(!bash)('bash expands the braces, splits and loops the same way', () => {
    // The words bash passes to npm, printed by a shell function standing in for it. PATH names
    // no folder, so no real program can run whatever the script says.
    const npm = 'npm() { shift 2; printf \'%s\\n\' "$@"; }\n';
    const run = (s: string) =>
      spawnSync('/bin/bash', ['-c', npm + s], { encoding: 'utf8', env: { PATH: '/nonexistent' } })
        .stdout.trim()
        .split('\n');
    for (const [, script, found] of cases.slice(0, 10)) {
      const names = found.map((f) => {
        const [, , name, version] = f.split(' ');
        return version === '(latest)' ? name : `${name}@${version}`;
      });
      expect(run(script), script).toEqual(names);
    }
  });
});

describe('expansion on hostile input', () => {
  it('nested loops over long lists and functions fanning out stay bounded, without a crash', () => {
    const w = Array.from({ length: 64 }, (_, i) => `v${i}`).join(' ');
    const loops = `for a in ${w}; do for b in ${w}; do for c in ${w}; do npm i -g "x@$a$b$c"; done; done; done\nnpm i -g ${BANNED}`;
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    let calls = `g() { npm i -g "${CC}@$1"; }\n`;
    for (let k = names.length - 2; k >= 0; k--)
      calls += `${names[k]}() { ${Array(8)
        .fill(`${names[k + 1]} "$1"`)
        .join('; ')}; }\n`;
    calls += 'a 2.1.150\n';
    for (const script of [loops, calls]) {
      const t = Date.now();
      const found = scan(script);
      expect(Date.now() - t).toBeLessThan(5000);
      expect(found.some((f) => f.endsWith(`${CC} 2.1.150`))).toBe(true);
    }
  });

  it('a call leaves its assignments behind, and the same call under other variables is read again', () => {
    const set = `f() { V=$1; }\nf 2.1.150\nV=2.1.90\nf 2.1.150\nnpm i -g "${CC}@$V"`;
    expect(scan(set)).toEqual([`5 npm ${CC} 2.1.150`]);
    const env = `f() { npm i -g "${CC}@$V"; }\nV=2.1.90\nf x\nV=2.1.150\nf x`;
    expect(scan(env)).toEqual([`3 npm ${CC} 2.1.90`, `5 npm ${CC} 2.1.150`]);
  });
});
