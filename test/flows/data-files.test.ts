// Files a command reads as data (`while read … < versions.txt`, `xargs -a pkgs.txt`,
// `cat pkgs.txt | xargs …`, `jq -r .x versions.json`, `yq .x tools.yaml`), through the CLI: the install fails at its line with the data file's
// line as where the version is written, a safe version stays quiet, and a pull request that changes
// only the data file is introduced (the reading file is judged again: its reads changed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { BANNED, CC, SAFE } from './edge-cases.js';

interface Case {
  name: string;
  files: (v: string) => Record<string, string>;
  install: string;
  versionAt: { file: string; line: number };
}

const CASES: Case[] = [
  {
    name: 'script: while read over a versions file',
    files: (v) => ({
      'tools/versions.txt': `# pinned\n${v}\n`,
      'tools/install.sh': `#!/usr/bin/env bash\ngrep -v '^#' tools/versions.txt | while read -r v; do\n  npm install -g "${CC}@$v"\ndone\n`,
    }),
    install: 'tools/install.sh:3',
    versionAt: { file: 'tools/versions.txt', line: 2 },
  },
  {
    name: 'devcontainer postCreateCommand: xargs -a a package list',
    files: (v) => ({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "postCreateCommand": "xargs -a .devcontainer/npm-globals.txt npm install -g"\n}\n`,
      '.devcontainer/npm-globals.txt': `typescript\n${CC}@${v}\n`,
    }),
    install: '.devcontainer/devcontainer.json:3',
    versionAt: { file: '.devcontainer/npm-globals.txt', line: 2 },
  },
  {
    name: 'workflow run: cat a package list into xargs',
    files: (v) => ({
      '.github/workflows/ai.yml': `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cat ci/npm-tools.txt | xargs npm install -g\n`,
      'ci/npm-tools.txt': `${CC}@${v}\n`,
    }),
    install: '.github/workflows/ai.yml:6',
    versionAt: { file: 'ci/npm-tools.txt', line: 1 },
  },
  {
    name: 'Makefile recipe: a version file read by $(cat …)',
    files: (v) => ({
      Makefile: `tools:\n\tnpm install -g ${CC}@$$(cat .cc-version)\n`,
      '.cc-version': `${v}\n`,
    }),
    install: 'Makefile:2',
    versionAt: { file: '.cc-version', line: 1 },
  },
  {
    name: '.gitlab-ci.yml script: while read over a versions file',
    files: (v) => ({
      '.gitlab-ci.yml': `agents:\n  script:\n    - while read -r v; do npm install -g "${CC}@$v"; done < ci/versions.txt\n`,
      'ci/versions.txt': `${v}\n`,
    }),
    install: '.gitlab-ci.yml:3',
    versionAt: { file: 'ci/versions.txt', line: 1 },
  },
  {
    name: 'script: jq -r reads the version from a JSON file',
    files: (v) => ({
      'tools/versions.json': `{\n  "node": "22",\n  "tools": {\n    "claude-code": "${v}"\n  }\n}\n`,
      'tools/install.sh': `#!/usr/bin/env bash\nCC_VERSION=$(jq -r '.tools["claude-code"]' tools/versions.json)\nnpm install -g "${CC}@$CC_VERSION"\n`,
    }),
    install: 'tools/install.sh:3',
    versionAt: { file: 'tools/versions.json', line: 4 },
  },
  {
    name: 'workflow run: yq reads the version from a YAML file, with a // fallback',
    files: (v) => ({
      '.github/workflows/ai.yml': `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm install -g ${CC}@$(yq '.ai.claude // "2.1.90"' ci/tools.yaml)\n`,
      'ci/tools.yaml': `ai:\n  claude: "${v}"\n`,
    }),
    install: '.github/workflows/ai.yml:6',
    versionAt: { file: 'ci/tools.yaml', line: 2 },
  },
];

interface JsonFinding {
  action: string;
  status?: string;
  component: { name: string; version: string | null };
  location: { file: string; line: number };
  versionFrom?: { file: string; line: number };
}

async function scan(args: string[]): Promise<{ code: number; findings: JsonFinding[]; errors: unknown[] }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main([...args, '--offline', '--format', 'json']);
    const r = JSON.parse(stdout) as { findings: JsonFinding[]; errors: unknown[] };
    return { code, findings: r.findings.filter((f) => f.component.name === CC), errors: r.errors };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('data files read by commands (CLI)', () => {
  for (const c of CASES)
    describe(c.name, () => {
      it('fails at the install line; the version is written in the data file', async () => {
        const r = await scan(['scan', makeTree(c.files(BANNED))]);
        expect(r.errors).toEqual([]);
        const fails = r.findings.filter((f) => f.action === 'fail');
        expect(fails.map((f) => `${f.location.file}:${f.location.line} ${f.component.version}`)).toEqual([
          `${c.install} ${BANNED}`,
        ]);
        expect(fails[0]!.versionFrom).toEqual(c.versionAt);
        expect(r.code).toBe(1);
      });

      it('negative twin: a safe version in the data file stays quiet', async () => {
        const r = await scan(['scan', makeTree(c.files(SAFE))]);
        expect(r.findings.filter((f) => f.action !== 'pass')).toEqual([]);
        expect(r.code).toBe(0);
      });

      it('a pull request that changes only the data file is introduced', async () => {
        const dir = makeRepo(c.files(SAFE));
        const head = c.files(BANNED);
        const changed = Object.keys(head).filter((k) => head[k] !== c.files(SAFE)[k]);
        expect(changed).toEqual([c.versionAt.file]);
        for (const path of changed) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), head[path]!);
        }
        git(dir, 'commit', '-qam', 'bump');
        const r = await scan(['scan', dir, '--base', 'HEAD~1']);
        const active = r.findings.filter((f) => f.action === 'fail' && f.status !== 'removed');
        expect(active.map((f) => `${f.status} ${f.location.file}:${f.location.line}`)).toEqual([
          `introduced ${c.install}`,
        ]);
        expect(r.code).toBe(1);
      });
    });
});
