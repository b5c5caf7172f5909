// Each kind of edge of the invocation graph, through the CLI: the callee installs the version its
// caller passes (fail at the install line, the caller in `via`, the annotation line where the
// version is written), the same repository passing a safe version stays quiet, and a pull request
// that changes only the caller is introduced.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { BANNED, CC, changedBetween, EDGE_CASES, SAFE } from './edge-cases.js';
import { vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface JsonFinding {
  action: string;
  status?: string;
  component: { name: string; version: string | null; spec?: string };
  location: { file: string; line: number };
  via?: { file: string; line: number }[];
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

describe('invocation graph edges (CLI)', () => {
  for (const c of EDGE_CASES) {
    describe(c.name, () => {
      it('fails the version the caller passes, at the install line, with the caller in via', async () => {
        const r = await scan(['scan', makeTree(c.files(BANNED))]);
        expect(r.errors).toEqual([]);
        const fails = r.findings.filter((f) => f.action === 'fail');
        expect(fails.map((f) => `${f.location.file}:${f.location.line} ${f.component.version}`)).toEqual([
          `${c.install.file}:${c.install.line} ${BANNED}`,
        ]);
        expect(fails[0]!.versionFrom).toEqual(c.versionAt);
        expect(fails[0]!.via ?? []).toEqual(c.via);
        expect(r.code).toBe(1);
      });

      it('negative twin: a safe version passed stays quiet', async () => {
        const r = await scan(['scan', makeTree(c.files(SAFE))]);
        expect(r.findings.filter((f) => f.action !== 'pass')).toEqual([]);
        expect(r.code).toBe(0);
      });

      it('a pull request that changes only the caller is introduced', async () => {
        const changed = changedBetween(c, SAFE, BANNED);
        if (c.install.file !== c.versionAt.file) expect(changed).not.toContain(c.install.file);
        const dir = makeRepo(c.files(SAFE));
        for (const [path, text] of Object.entries(c.files(BANNED))) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
        git(dir, 'commit', '-qam', 'bump');
        const r = await scan(['scan', dir, '--base', 'HEAD~1']);
        const active = r.findings.filter((f) => f.action === 'fail' && f.status !== 'removed');
        expect(active.map((f) => `${f.status} ${f.location.file}:${f.location.line}`)).toEqual([
          `introduced ${c.install.file}:${c.install.line}`,
        ]);
        expect(r.code).toBe(1);
      });
    });
  }
});

describe('a caller added or removed by a pull request', () => {
  const dockerfile = `FROM node:22\nARG CC_VERSION=${BANNED}\nRUN npm install -g ${CC}@\${CC_VERSION}\n`;
  const devcontainer = (v: string) =>
    `{\n  "build": { "dockerfile": "Dockerfile", "args": { "CC_VERSION": "${v}" } }\n}\n`;

  async function pr(base: Record<string, string>, head: Record<string, string | null>) {
    const dir = makeRepo(base);
    for (const [path, text] of Object.entries(head)) {
      if (text === null) git(dir, 'rm', '-q', path);
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'change');
    const r = await scan(['scan', dir, '--base', 'HEAD~1']);
    return r.findings
      .filter((f) => f.action === 'fail')
      .map((f) => `${f.status} ${f.location.file}:${f.location.line} ${f.component.version}`);
  }

  it('removing the only consumer that overrode a banned default introduces the default', async () => {
    const found = await pr(
      { '.devcontainer/Dockerfile': dockerfile, '.devcontainer/devcontainer.json': devcontainer(SAFE) },
      { '.devcontainer/devcontainer.json': null },
    );
    expect(found).toEqual([`introduced .devcontainer/Dockerfile:3 ${BANNED}`]);
  });

  it('adding a consumer that keeps a banned default leaves it unchanged', async () => {
    const found = await pr(
      { '.devcontainer/Dockerfile': dockerfile },
      { '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "Dockerfile" } }\n' },
    );
    expect(found).toEqual([`unchanged .devcontainer/Dockerfile:3 ${BANNED}`]);
  });
});
