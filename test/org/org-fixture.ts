// A fake organisation for the org-audit tests: 66 repositories built from the committed templates
// under test/fixtures/org/templates (plus a few generated trees), one branch each in one git
// repository written with git fast-import, served by the local GitHub API server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OrgRepoSpec, OrgSpec } from '../helpers/github-server.js';
import type { Fault } from '../helpers/github-server.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/org/', import.meta.url));
export const TEMPLATES = join(FIXTURES, 'templates');
export const ORG = 'acme';

/** The templates the numbered service repositories cycle through. */
export const SERVICE_TEMPLATES = [
  'claude-lock',
  'claude-lock-clean',
  'platform-lock',
  'pins-include',
  'devcontainer',
  'workflow',
  'dockerfile',
  'clean',
] as const;

export const HOSTILE_DIR = 'x"><img src=x onerror=alert(1)>';
export const HOSTILE_VERSION = '"><svg/onload=alert(2)>';

export interface FakeRepo extends OrgRepoSpec {
  /** Which template (or generated tree) it holds. */
  template: string | null;
  files: Record<string, string>;
}

function readTemplate(name: string): Record<string, string> {
  const root = join(TEMPLATES, name);
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

function generated(name: string): Record<string, string> {
  switch (name) {
    case 'monorepo':
      return {
        ...readTemplate('platform-lock'),
        ...readTemplate('pins-include'),
        'node_modules/evil/pins.txt': '@anthropic-ai/claude-code@2.1.100\n',
        'services/a/b/c/notes.md': 'deep\n',
      };
    case 'huge': {
      const files: Record<string, string> = {};
      for (let i = 0; i < 30; i++) files[`part-${String(i).padStart(2, '0')}/data.txt`] = `${i}\n`;
      return files;
    }
    case 'hostile':
      return { [`${HOSTILE_DIR}/pins.txt`]: `@openai/codex@${HOSTILE_VERSION}\n` };
  }
  return readTemplate(name);
}

function repo(name: string, template: string | null, extra: Partial<OrgRepoSpec> = {}): FakeRepo {
  return {
    name,
    branch: template === null ? null : `org/${name}`,
    template,
    files: template === null ? {} : { ...generated(template), 'REPO.txt': `${name}\n` },
    ...extra,
  };
}

/** The organisation's repositories and the faults some of them answer with. */
export function fakeOrg(): { repos: FakeRepo[]; faults: Fault[] } {
  const repos: FakeRepo[] = [];
  for (let i = 0; i < 48; i++) {
    const name = `svc-${String(i).padStart(2, '0')}`;
    repos.push(
      repo(name, SERVICE_TEMPLATES[i % SERVICE_TEMPLATES.length]!, i === 7 ? { defaultBranch: 'trunk' } : {}),
    );
  }
  for (let i = 1; i <= 3; i++) repos.push(repo(`archived-${i}`, 'claude-lock', { archived: true }));
  for (let i = 1; i <= 3; i++) repos.push(repo(`fork-${i}`, 'claude-lock', { fork: true }));
  repos.push(repo('empty', null));
  repos.push(repo('monorepo', 'monorepo', { truncateAt: 2 }));
  repos.push(repo('flaky', 'claude-lock'));
  repos.push(repo('throttled', 'pins-include'));
  repos.push(repo('rate-429', 'claude-lock'));
  repos.push(repo('gone', 'claude-lock', { status: 404 }));
  repos.push(repo('dmca', 'claude-lock', { status: 451 }));
  repos.push(repo('huge', 'huge', { truncateAt: 1 }));
  repos.push(repo('broken', 'claude-lock'));
  repos.push(repo('hostile', 'hostile'));
  repos.push(repo('repo-policy', 'repo-policy'));
  repos.push(repo('repo-policy-weakening', 'repo-policy-weakening'));
  const secondary = {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  };
  const faults: Fault[] = [
    { path: `/repos/${ORG}/flaky/git/trees/`, status: 502, times: 2 },
    {
      path: `/repos/${ORG}/throttled/git/ref/`,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      body: secondary,
    },
    {
      path: `/repos/${ORG}/rate-429/git/blobs/`,
      status: 429,
      times: 1,
      headers: { 'retry-after': '1' },
      body: secondary,
    },
    { path: `/repos/${ORG}/broken/git/trees/`, status: 502, times: 100 },
  ];
  return { repos, faults };
}

/** Writes every repository as a branch `org/NAME` of a new git repository (one fast-import run). */
export function buildOrgGit(repos: readonly FakeRepo[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'aitg-org-'));
  execFileSync('git', ['init', '-q', '--bare', dir]);
  const chunks: Buffer[] = [];
  const data = (s: string | Buffer): void => {
    const b = typeof s === 'string' ? Buffer.from(s) : s;
    chunks.push(Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n'));
  };
  let t = 1_790_000_000;
  for (const r of repos) {
    if (!r.branch) continue;
    chunks.push(
      Buffer.from(`commit refs/heads/${r.branch}\ncommitter Test <test@example.invalid> ${t++} +0000\n`),
    );
    data(`${r.name}: initial\n`);
    for (const [path, content] of Object.entries(r.files).sort()) {
      const quoted = /["\\\n]/.test(path) ? JSON.stringify(path) : path;
      chunks.push(Buffer.from(`M 100644 inline ${quoted}\n`));
      data(content);
    }
  }
  chunks.push(Buffer.from('done\n'));
  execFileSync('git', ['fast-import', '--quiet', '--done'], { cwd: dir, input: Buffer.concat(chunks) });
  return dir;
}

export function orgSpec(repos: readonly FakeRepo[]): OrgSpec {
  return {
    login: ORG,
    repos: repos.map(({ template: _t, files: _f, ...spec }) => spec),
  };
}
