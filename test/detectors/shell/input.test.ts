// Values a script takes from input: function bodies of every compound form (`f() ( … )`,
// `function f ( … )`, `if`, `case`, loops) called with arguments; `while read` loops over a
// here-string, a here-document, a repository file or a pipe; `read` alone; `xargs` fed by a
// repository file. Every form has negative twins (commented, in a here-document to cat, a command
// that installs nothing, a safe version), and bash itself runs the same scripts: `npm` is a
// stand-in that prints its packages, in a folder that is the only one on PATH with the few
// programs the scripts pipe through (cat, grep, xargs, sort, head, cut, tr, sed, awk, tee), so nothing
// real can be installed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandScanner, type CommandContext } from '../../../src/detectors/shell/scan.js';
import { bash, bashAccepts, scan, scanAll } from './helpers.js';

const CC = '@anthropic-ai/claude-code';
const BANNED = `${CC}@2.1.150`;

/** A context whose repository holds `files` (paths from the script's folder). */
function repo(files: Record<string, string>): CommandContext {
  return { sourced: (p) => (p in files ? { file: p, text: files[p]! } : null) };
}

interface Case {
  name: string;
  script: string;
  files?: Record<string, string>;
  found: string[];
}

const VERSIONS = '2.1.149\n2.1.150\n';
const PKGS = `# tools\nleft-pad\n${BANNED}\n`;

const cases: Case[] = [
  // Functions whose body is another compound command than `{ … }`.
  {
    name: 'subshell body',
    script: `install_cc() ( npm i -g ${CC}@"$1" )\ninstall_cc 2.1.150`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'function keyword, subshell body on lines',
    script: `function install_cc (\n  npm i -g "${CC}@$1"\n)\ninstall_cc 2.1.150`,
    found: [`4 npm ${CC} 2.1.150`],
  },
  {
    name: 'if body',
    script: `f() if [ -n "$1" ]; then npm i -g ${CC}@$1; fi\nf 2.1.150`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'case body',
    script: `f() case $1 in\n  2.*) npm i -g ${CC}@$1 ;;\nesac\nf 2.1.150`,
    found: [`4 npm ${CC} 2.1.150`],
  },
  {
    name: 'case body on one line',
    script: `f() case $1 in *) npm i -g ${CC}@$1;; esac\nf 2.1.150`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'for body',
    script: `f() for v; do npm i -g "${CC}@$v"; done\nf 2.1.150`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'a [[ ]] body ends the function; the next line runs',
    script: `f() [[ -n $1 && -z $2 ]]\nnpm i -g ${BANNED}`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  // `while read` loops.
  {
    name: 'while read over a here-string',
    script: `while read -r v; do npm i -g ${CC}@$v; done <<< "2.1.150"`,
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'while read over a here-document',
    script: `while read v; do\n  npm i -g "${CC}@$v"\ndone <<EOF\n2.1.149\n2.1.150\nEOF`,
    found: [`2 npm ${CC} 2.1.149`, `2 npm ${CC} 2.1.150`],
  },
  {
    name: 'while read over a here-document with a variable',
    script: `V=2.1.150\nwhile read v; do npm i -g "${CC}@$v"; done <<EOF\n$V\nEOF`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'while read over a repository file',
    script: `while IFS= read -r v; do\n  npm i -g "${CC}@$v"\ndone < versions.txt`,
    files: { 'versions.txt': VERSIONS },
    found: [`2 npm ${CC} 2.1.149`, `2 npm ${CC} 2.1.150`],
  },
  {
    name: 'printf piped to while read',
    script: `printf '%s\\n' 2.1.150 | while read v; do npm i -g ${CC}@$v; done`,
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'cat FILE | grep -v comments | while read',
    script: `cat pkgs.txt | grep -v '^#' | while read -r p; do npm i -g "$p"; done`,
    files: { 'pkgs.txt': PKGS },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: 'IFS== read of key=value lines',
    script: `while IFS== read -r k v; do npm i -g "${CC}@$v"; done < versions.env`,
    files: { 'versions.env': 'CLAUDE=2.1.150\n' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'a last line without a newline, read by `|| [ -n "$v" ]`',
    script: `while read -r v || [ -n "$v" ]; do npm i -g "${CC}@$v"; done < v.txt`,
    files: { 'v.txt': '2.1.150' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'read -a into an array',
    script: `read -r -a pkgs <<< "left-pad ${BANNED}"\nnpm i -g "\${pkgs[@]}"`,
    found: ['2 npm left-pad (latest)', `2 npm ${CC} 2.1.150`],
  },
  {
    name: 'read once from a file',
    script: `read -r V < .cc-version\nnpm i -g "${CC}@$V"`,
    files: { '.cc-version': '2.1.150\n' },
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'IFS== read once',
    script: `IFS== read -r k v <<< "CC=2.1.150"\nnpm i -g ${CC}@$v`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  // xargs fed by a repository file.
  {
    name: 'xargs -a FILE',
    script: 'xargs -a pkgs.txt npm i -g',
    files: { 'pkgs.txt': `left-pad ${BANNED}\n` },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: 'xargs --arg-file=FILE',
    script: 'xargs --arg-file=pkgs.txt -n1 npm i -g',
    files: { 'pkgs.txt': `${BANNED}\n` },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'xargs < FILE',
    script: 'xargs npm i -g < pkgs.txt',
    files: { 'pkgs.txt': `${BANNED}\n` },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'cat FILE | xargs',
    script: 'cat pkgs.txt | xargs npm install -g',
    files: { 'pkgs.txt': `${BANNED}\n` },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'grep FILE | xargs -I{}',
    script: `grep -v '^#' pkgs.txt | xargs -I{} npm i -g {}`,
    files: { 'pkgs.txt': PKGS },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  // Command and process substitutions of a file's text.
  {
    name: 'V=$(cat FILE)',
    script: `V=$(cat .cc-version)\nnpm i -g "${CC}@$V"`,
    files: { '.cc-version': '2.1.150\n' },
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'V="$(< FILE)"',
    script: `V="$(< .cc-version)"; npm i -g "${CC}@$V"`,
    files: { '.cc-version': '2.1.150\n' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'backquoted cat',
    script: 'V=`cat .cc-version`; npm i -g "' + CC + '@$V"',
    files: { '.cc-version': '2.1.150\n' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: '$(head -1 FILE) in a version',
    script: `npm i -g ${CC}@$(head -n 1 versions.txt)`,
    files: { 'versions.txt': '2.1.150\n2.1.90\n' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'unquoted $(grep … FILE) split into packages',
    script: `npm i -g $(grep -v '^#' pkgs.txt)`,
    files: { 'pkgs.txt': PKGS },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: 'for over $(cat FILE)',
    script: `for p in $(cat pkgs.txt); do npm i -g "$p"; done`,
    files: { 'pkgs.txt': `left-pad ${BANNED}\n` },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: 'done < <(grep … FILE)',
    script: `while read -r p; do npm i -g "$p"; done < <(grep -v '^#' pkgs.txt)`,
    files: { 'pkgs.txt': PKGS },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: 'mapfile -t ARRAY < FILE',
    script: `mapfile -t pkgs < pkgs.txt\nnpm i -g "\${pkgs[@]}"`,
    files: { 'pkgs.txt': `left-pad\n${BANNED}\n` },
    found: ['2 npm left-pad (latest)', `2 npm ${CC} 2.1.150`],
  },
  {
    name: 'readarray from a process substitution',
    script: `readarray -t pkgs < <(grep -v '^#' pkgs.txt)\nfor p in "\${pkgs[@]}"; do npm i -g "$p"; done`,
    files: { 'pkgs.txt': PKGS },
    found: ['2 npm left-pad (latest)', `2 npm ${CC} 2.1.150`],
  },
  // Simple text filters between the file and the reader.
  {
    name: 'grep | cut -d= -f2 in a substitution',
    script: `V=$(grep '^CLAUDE=' versions.env | cut -d= -f2)\nnpm i -g "${CC}@$V"`,
    files: { 'versions.env': 'NODE=20\nCLAUDE=2.1.150\n' },
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: "sed 's/#.*//' FILE | xargs",
    script: "sed 's/#.*//' pkgs.txt | xargs npm i -g",
    files: { 'pkgs.txt': PKGS },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: "sed '/^#/d' FILE | while read",
    script: `sed '/^#/d' pkgs.txt | while read -r p; do npm i -g "$p"; done`,
    files: { 'pkgs.txt': PKGS },
    found: ['1 npm left-pad (latest)', `1 npm ${CC} 2.1.150`],
  },
  {
    name: "awk -F= '/^CLAUDE/ {print $2}' | xargs -I{}",
    script: `awk -F= '/^CLAUDE/ {print $2}' versions.env | xargs -I{} npm i -g ${CC}@{}`,
    files: { 'versions.env': 'NODE=20\nCLAUDE=2.1.150\n' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: "tr -d '\\r' < FILE | while read",
    script: `tr -d '\\r' < versions.txt | while read -r v; do npm i -g "${CC}@$v"; done`,
    files: { 'versions.txt': '2.1.150\r\n' },
    found: [`1 npm ${CC} 2.1.150`],
  },
  {
    name: 'echo | xargs -I{} in a version',
    script: `echo 2.1.150 | xargs -I % npm i -g ${CC}@%`,
    found: [`1 npm ${CC} 2.1.150`],
  },
  // Files the script writes itself, then reads (`> FILE`, `>> FILE`, `cat > FILE <<EOF`).
  {
    name: 'echo > FILE, then xargs < FILE',
    script: `echo ${BANNED} > list.out\nxargs npm i -g < list.out`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'printf > FILE, then while read < FILE',
    script: `printf '%s\\n' 2.1.150 > v.out\nwhile read -r v; do npm i -g "${CC}@$v"; done < v.out`,
    found: [`2 npm ${CC} 2.1.150`],
  },
  {
    name: 'cat > FILE <<EOF, then xargs -a FILE',
    script: `cat > pkgs.out <<EOF\n${BANNED}\nEOF\nxargs -a pkgs.out npm i -g`,
    found: [`4 npm ${CC} 2.1.150`],
  },
  {
    name: '> then >> FILE, then $(cat FILE) by a variable path',
    script: `F=v.out\necho 2.1.90 > "$F"\necho 2.1.150 >> "$F"\nxargs -I{} npm i -g ${CC}@{} < "$F"`,
    found: [`4 npm ${CC} 2.1.90`, `4 npm ${CC} 2.1.150`],
  },
  {
    name: '| tee FILE, >| FILE, &> FILE and ./FILE are the same writes and reads',
    script: `echo ${BANNED} | tee list.out >/dev/null\necho 2.1.150 >| v.out\necho 2.1.149 &>> v.out\nxargs npm i -g < ./list.out\nxargs -I{} npm i -g ${CC}@{} < v.out`,
    found: [`4 npm ${CC} 2.1.150`, `5 npm ${CC} 2.1.150`, `5 npm ${CC} 2.1.149`],
  },
  {
    name: 'a later > replaces what the file held',
    script: `echo 2.1.150 > v.out\necho 2.1.90 > v.out\nnpm i -g "${CC}@$(cat v.out)"`,
    found: [`3 npm ${CC} 2.1.90`],
  },
];

describe('input: function bodies, read loops, xargs from files', () => {
  for (const c of cases)
    it(c.name, () => {
      expect(scanAll(c.script, repo(c.files ?? {}))).toEqual({ findings: c.found, problems: [] });
    });

  it('each form is quiet where it does not run', () => {
    for (const c of cases) {
      const ctx = repo(c.files ?? {});
      for (const t of [c.script.replace(/^/gm, '# '), `cat <<'EOF'\n${c.script}\nEOF`]) {
        if (bash) expect(bashAccepts(t), t).toBe(true);
        expect(scan(t, ctx), t).toEqual([]);
      }
    }
  });

  it('commands that install nothing, and safe versions, stay quiet', () => {
    const quiet: [string, Record<string, string>][] = [
      [`install_cc() ( npm view ${CC}@"$1" )\ninstall_cc 2.1.150`, {}],
      [`f() if true; then echo npm i -g ${CC}@$1; fi\nf 2.1.150`, {}],
      [`while read -r v; do npm view ${CC}@$v; done <<< "2.1.150"`, {}],
      [`while read -r v; do echo npm i -g ${CC}@$v; done < versions.txt`, { 'versions.txt': VERSIONS }],
      // The here-document is the loop's input, not a script.
      [`while read -r l; do echo "$l"; done <<EOF\nnpm i -g ${BANNED}\nEOF`, {}],
      [`cat pkgs.txt | grep -v '^#' | xargs npm view`, { 'pkgs.txt': PKGS }],
      ['xargs -a pkgs.txt npm uninstall -g', { 'pkgs.txt': `${BANNED}\n` }],
      // The commented line is filtered out before xargs sees it.
      [`grep -v '^#' pkgs.txt | xargs npm i -g`, { 'pkgs.txt': `# ${BANNED}\nleft-pad\n` }],
      // A file without a newline at its end: `read` fails on its only line, the body never runs.
      [`while read -r v; do npm i -g "${CC}@$v"; done < v.txt`, { 'v.txt': '2.1.150' }],
      // Quoted, the substitution is one argument with a newline: npm installs nothing by that name.
      [`npm i -g "$(grep -v '^#' pkgs.txt)"`, { 'pkgs.txt': PKGS }],
      [`V=$(cat .cc-version)\necho npm i -g "${CC}@$V"`, { '.cc-version': '2.1.150\n' }],
      [`V=$(cat .cc-version)\nnpm view "${CC}@$V"`, { '.cc-version': '2.1.150\n' }],
      [`mapfile -t pkgs < pkgs.txt\nnpm uninstall -g "\${pkgs[@]}"`, { 'pkgs.txt': `${BANNED}\n` }],
      [`sed '/claude-code/d' pkgs.txt | xargs npm i -g`, { 'pkgs.txt': PKGS }],
      [
        `awk -F= '/^NODE/ {print $2}' versions.env | xargs -I{} npm i -g ${CC}@{}`,
        { 'versions.env': 'NODE=20\nCLAUDE=2.1.150\n' },
      ],
      // `read` at the end of a pipeline runs in a subshell: V stays unset here.
      [`echo 2.1.150 | read V\nnpm i -g ${CC}@2.1.90`, {}],
      // A file written after it is read, or another file, gives nothing to the read.
      [`xargs npm i -g < list.out\necho ${BANNED} > list.out`, {}],
      [`echo ${BANNED} > other.out\nxargs npm i -g < list.out`, {}],
      [`echo ${BANNED} > list.out\nxargs npm view < list.out`, {}],
      [`echo ${BANNED} > list.out\necho left-pad > list.out\nxargs npm i -g < list.out`, {}],
      // Standard error is not what echo writes; tee into another file; a read of the pipe only.
      [`echo ${BANNED} 2> list.out\nxargs npm i -g < list.out`, {}],
      [`echo ${BANNED} | tee other.out\nxargs npm i -g < list.out`, {}],
    ];
    for (const [script, files] of quiet) {
      if (bash) expect(bashAccepts(script), script).toBe(true);
      expect(
        scan(script, repo(files)).filter((f) => f.includes(' 2.1.150')),
        script,
      ).toEqual([]);
    }
    expect(scan('xargs -a pkgs.txt npm i -g', repo({ 'pkgs.txt': 'left-pad@1.3.0\n' }))).toEqual([
      '1 npm left-pad 1.3.0',
    ]);
  });

  it('a filter whose pattern could backtrack without bound on the lines is not applied (no hang): the loop reads its value unknown', () => {
    const long = 'a'.repeat(5_000);
    const hostile: [string, Record<string, string>][] = [
      [`grep -E '^(a+)+$' v.txt | while read -r v; do npm i -g "${CC}@$v"; done`, { 'v.txt': `${long}!\n` }],
      [`sed 's/.*.*.*x//' v.txt | xargs -I{} npm i -g ${CC}@{}`, { 'v.txt': `${long}\n`.repeat(50) }],
      [`awk '/a*a*a*a*b/ {print $1}' v.txt | xargs -I{} npm i -g ${CC}@{}`, { 'v.txt': `${long}\n` }],
    ];
    for (const [script, files] of hostile) {
      const t0 = performance.now();
      const found = scan(script, repo(files));
      expect(performance.now() - t0, script).toBeLessThan(2_000);
      expect(found.length, script).toBe(1);
      expect(found[0], script).toMatch(/npm @anthropic-ai\/claude-code \(/);
    }
    // Twins: the same forms over a short version list are applied, and the version read exactly.
    expect(
      scan(
        `grep -E '^2\\.1\\.[0-9]+$' v.txt | while read -r v; do npm i -g "${CC}@$v"; done`,
        repo({ 'v.txt': '2.1.150\nx\n' }),
      ),
    ).toEqual([`1 npm ${CC} 2.1.150`]);
    expect(
      scan(`sed 's/^v//' v.txt | xargs -I{} npm i -g ${CC}@{}`, repo({ 'v.txt': 'v2.1.150\n' })),
    ).toEqual([`1 npm ${CC} 2.1.150`]);
  });

  it('a script the file writes itself and then runs is read where it runs', () => {
    expect(scan(`echo 'npm i -g ${BANNED}' > i.out\nsh i.out`)).toEqual([`2 npm ${CC} 2.1.150`]);
    expect(scan(`printf 'npm i -g %s@%s\\n' ${CC} 2.1.150 > /tmp/i.sh\nbash /tmp/i.sh`)).toEqual([
      `2 npm ${CC} 2.1.150`,
    ]);
    // Twins: a script that only echoes, one only read, one that runs itself (stops, no hang).
    expect(scan(`echo 'echo npm i -g ${BANNED}' > i.out\nsh i.out`)).toEqual([]);
    expect(scan(`echo 'npm i -g ${BANNED}' > i.out\ncat i.out`)).toEqual([]);
    expect(scan(`echo 'sh /tmp/k.sh' > /tmp/k.sh\nsh /tmp/k.sh`)).toEqual([]);
  });

  it('values read from a repository file say where they are written', () => {
    const scanner = new CommandScanner(repo({ 'versions.txt': VERSIONS, 'pkgs.txt': PKGS }));
    const text = `while read -r v; do npm i -g "${CC}@$v"; done < versions.txt\ngrep -v '^#' pkgs.txt | xargs npm i -g`;
    scanner.scan(text, (o) => (o > text.indexOf('\n') ? 2 : 1));
    scanner.finish();
    expect(scanner.findings.map((f) => [f.line, f.name, f.version, f.versionFrom])).toEqual([
      [1, CC, '2.1.149', { file: 'versions.txt', line: 1 }],
      [1, CC, '2.1.150', { file: 'versions.txt', line: 2 }],
      [2, 'left-pad', null, { file: 'pkgs.txt', line: 2 }],
      [2, CC, '2.1.150', { file: 'pkgs.txt', line: 3 }],
    ]);
  });

  it('a file not known yet is asked for; unknown, the loop is read once with its variable unknown', () => {
    const asked: string[] = [];
    const found = scan(
      `while read -r v; do npm i -g "${CC}@$v"; done < versions.txt\nxargs -a pkgs.txt npm i -g`,
      {
        sourced: (p) => {
          asked.push(p);
          return undefined;
        },
      },
    );
    expect(asked).toEqual(['versions.txt', 'pkgs.txt']);
    expect(found).toEqual([`1 npm ${CC} ($v)`]);
  });

  const stage = mkdtempSync(join(tmpdir(), 'aitg-input-'));
  afterAll(() => rmSync(stage, { recursive: true, force: true }));

  it.skipIf(!bash)('bash runs the same loops, reads and xargs the same way', () => {
    // Only these programs are on PATH; `npm` prints the packages it was given.
    const bin = join(stage, 'bin');
    mkdirSync(bin);
    for (const tool of ['cat', 'grep', 'xargs', 'sort', 'head', 'cut', 'tr', 'sed', 'awk', 'tee'])
      for (const dir of ['/usr/bin', '/bin'])
        if (existsSync(join(dir, tool)) && !existsSync(join(bin, tool)))
          symlinkSync(join(dir, tool), join(bin, tool));
    writeFileSync(join(bin, 'npm'), '#!/bin/bash\nshift 2\nprintf \'%s\\n\' "$@"\n', { mode: 0o755 });
    for (const [k, c] of cases.entries()) {
      const dir = join(stage, String(k));
      mkdirSync(dir);
      for (const [p, text] of Object.entries(c.files ?? {})) writeFileSync(join(dir, p), text);
      const out = spawnSync('/bin/bash', ['-c', c.script], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: bin },
      });
      const names = c.found.map((f) => {
        const [, , name, version] = f.split(' ');
        return version === '(latest)' ? name : `${name}@${version}`;
      });
      expect(out.stdout.trim().split('\n'), c.name).toEqual(names);
    }
  });
});

describe('here-documents inside a substitution, as bash 5.2 reads them', () => {
  it('`EOF)` ends the body and the substitution; what follows runs', () => {
    expect(scanAll(`x=$(cat <<EOF\nit's (draft)\nEOF)\nnpm i -g ${BANNED}`)).toEqual({
      findings: [`4 npm ${CC} 2.1.150`],
      problems: [],
    });
  });

  it('`x=$(bash <<EOF)`: the lines after it are the script bash runs', () => {
    const script = `x=$(bash <<EOF)\nnpm i -g ${BANNED}\nEOF\necho "$x"`;
    if (bash) expect(bashAccepts(script)).toBe(true);
    expect(scanAll(script)).toEqual({ findings: [`2 npm ${CC} 2.1.150`], problems: [] });
    expect(scan(`x=$(sh -s <<'EOF') && echo ok\nnpm i -g ${BANNED}\nEOF`)).toEqual([`2 npm ${CC} 2.1.150`]);
  });

  it('`x=$(cat <<EOF)`: the lines after it are the body, fed to cat', () => {
    const script = `x=$(cat <<EOF)\nnpm i -g ${BANNED}\nEOF\necho "$x"`;
    if (bash) expect(bashAccepts(script)).toBe(true);
    expect(scanAll(script)).toEqual({ findings: [], problems: [] });
  });
});
