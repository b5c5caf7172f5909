// Bytes before names: a lockfile entry (or a pin) whose recorded hash is a banned artifact is that
// artifact, whatever name, alias, URL or mirror the file gives it. The hashes below are the npm
// registry's own (`npm view @anthropic-ai/claude-code@V dist.integrity dist.shasum`, 2026-12-04):
// 2.1.150 is banned by AITG-2026-0001, 2.1.90 and 2.1.198 are not.
import { describe, expect, it } from 'vitest';
import sdkTable from '../../src/catalog/data/claude-agent-sdk-npm.json' with { type: 'json' };
import cliVersions from '../../src/catalog/data/claude-code-npm-versions.json' with { type: 'json' };
import artifactsData from '../../src/catalog/data/banned-artifacts.json' with { type: 'json' };
import { bannedArtifactOf, bannedBy, hashesOf } from '../../src/catalog/artifacts.js';
import { catalog } from '../../src/catalog/index.js';
import { audit } from '../../src/gate/scan.js';
import { loadPolicy } from '../../src/policy/load.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

const BANNED = {
  integrity:
    'sha512-nyeOyoc/pmGGRpffyPU16v5campztkynyRFcNKqD7pBvI0aPfljGVi3CizKbu7/dx1MijeE9XiQ0kHk1tmx5Gg==',
  shasum: '371a5170136e6e4d4a51f059f5b4d6795a231de4',
};
const CLEAN = {
  integrity:
    'sha512-orm8uULh71ow5yA27PXMGYZrNlEAUmmGOwPrOava6wuai1wAC7J7ZOvx2cbM2u8GJBDkdiNSFdUwYmzc6QsWDQ==',
  shasum: 'b086e61c497edae02fb5bf52fae75293c034138a',
};
const CLEAN_AFTER =
  'sha512-5f4w6RcMQhGVo9ya53nIrmqPmeQxT5/mfZ3S6quJDvoJOGm8KClkRGDi9WAVz/CKbOMB7alRmDuIry1NbqkffA==';

const tool = catalog.tool('claude-code')!;
const carrier = (name: string) => tool.carriers.find((c) => c.ecosystem === 'npm' && c.package === name)!;

describe('data/banned-artifacts.json', () => {
  it('holds every banned version of the CLI and of the Agent SDK the catalog knows, and nothing else', () => {
    const rows = (name: string) => artifactsData.npm.filter((r) => r.name === name).map((r) => r.version);
    const cli = carrier('@anthropic-ai/claude-code');
    const expectedCli = cliVersions.versions.filter((v) => bannedBy(cli, 'claude-code', v) !== undefined);
    expect(expectedCli).toContain('2.1.150');
    expect(expectedCli).not.toContain('2.1.90');
    expect(rows('@anthropic-ai/claude-code').sort()).toEqual([...expectedCli].sort());
    const sdk = carrier('@anthropic-ai/claude-agent-sdk');
    const expectedSdk = Object.keys(sdkTable.claudeCodeVersion).filter(
      (v) => bannedBy(sdk, 'claude-code', v) !== undefined,
    );
    expect(expectedSdk.length).toBeGreaterThan(50);
    expect(rows('@anthropic-ai/claude-agent-sdk').sort()).toEqual([...expectedSdk].sort());
  });

  it('holds only banned versions of carriers, each hash once', () => {
    const seen = new Set<string>();
    for (const r of artifactsData.npm) {
      expect(bannedBy(carrier(r.name), 'claude-code', r.version), `${r.name}@${r.version}`).toBe(r.advisory);
      for (const h of [r.integrity, r.shasum]) {
        expect(seen.has(h), h).toBe(false);
        seen.add(h);
      }
    }
    expect(artifactsData.npm.some((r) => r.name === '@anthropic-ai/claude-code-linux-x64')).toBe(true);
  });
});

describe('hashesOf / bannedArtifactOf', () => {
  it('reads SRI, several hashes, hex pins and a #sha1 fragment', () => {
    expect(bannedArtifactOf(BANNED.integrity)?.artifact).toEqual({
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      version: '2.1.150',
      advisory: 'AITG-2026-0001',
    });
    expect(bannedArtifactOf(`sha1-deadbeef ${BANNED.integrity}?foo`)?.artifact.version).toBe('2.1.150');
    expect(
      bannedArtifactOf(undefined, `https://mirror.example/x/-/x-1.0.0.tgz#${BANNED.shasum}`)?.artifact
        .version,
    ).toBe('2.1.150');
    // sha1 as SRI base64 (package-lock v1 of an old registry)
    const sha1b64 = 'sha1-' + Buffer.from(BANNED.shasum, 'hex').toString('base64');
    expect(bannedArtifactOf(sha1b64)?.artifact.version).toBe('2.1.150');
    // the same sha512 in hex, as a pin
    const hex = Buffer.from(BANNED.integrity.slice(7), 'base64').toString('hex');
    expect(bannedArtifactOf(`sha512:${hex.toUpperCase()}`)?.artifact.version).toBe('2.1.150');
    expect(hashesOf('sha256:' + 'a'.repeat(64) + ' --junk sha256=' + 'b'.repeat(63))).toEqual([
      'sha256:' + 'a'.repeat(64),
    ]);
  });

  it('names nothing for a clean version, a truncated hash or another algorithm', () => {
    expect(bannedArtifactOf(CLEAN.integrity)).toBeUndefined();
    expect(bannedArtifactOf(CLEAN_AFTER)).toBeUndefined();
    expect(bannedArtifactOf(undefined, `https://r.example/x.tgz#${CLEAN.shasum}`)).toBeUndefined();
    expect(bannedArtifactOf(BANNED.integrity.slice(0, 60))).toBeUndefined();
    expect(bannedArtifactOf(BANNED.integrity.replace('sha512-', 'sha384-'))).toBeUndefined();
    expect(bannedArtifactOf(undefined, `https://r.example/x.tgz#${BANNED.shasum}/more`)).toBeUndefined();
  });
});

// Lockfiles in the shapes their managers write, with a banned artifact under another name; each
// twin records the clean 2.1.90 tarball instead and must stay quiet.
function trees(integrity: string, shasum: string): Record<string, Record<string, string>> {
  return {
    'package-lock v3, another name and a mirror': {
      'package-lock.json': JSON.stringify(
        {
          name: 'app',
          lockfileVersion: 3,
          requires: true,
          packages: {
            '': { name: 'app', dependencies: { 'left-pad': '^1.3.0' } },
            'node_modules/left-pad': {
              version: '1.3.0',
              resolved: 'https://mirror.example/left-pad/-/left-pad-1.3.0.tgz',
              integrity,
            },
          },
        },
        null,
        2,
      ),
    },
    'package-lock v3, the real name at a clean version': {
      'package-lock.json': JSON.stringify(
        {
          name: 'app',
          lockfileVersion: 3,
          requires: true,
          packages: {
            '': { name: 'app', dependencies: { cc: 'npm:@anthropic-ai/claude-code@2.1.90' } },
            'node_modules/cc': {
              name: '@anthropic-ai/claude-code',
              version: '2.1.90',
              resolved: 'https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.90.tgz',
              integrity,
            },
          },
        },
        null,
        2,
      ),
    },
    'yarn classic integrity': {
      'yarn.lock': `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


is-odd@^3.0.1:
  version "3.0.1"
  resolved "https://registry.yarnpkg.com/is-odd/-/is-odd-3.0.1.tgz"
  integrity ${integrity}
`,
    },
    'yarn classic #sha1 without integrity': {
      'yarn.lock': `# yarn lockfile v1


is-odd@^3.0.1:
  version "3.0.1"
  resolved "https://registry.yarnpkg.com/is-odd/-/is-odd-3.0.1.tgz#${shasum}"
`,
    },
    'pnpm resolution.integrity': {
      'pnpm-lock.yaml': `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      is-odd:
        specifier: ^3.0.1
        version: 3.0.1

packages:

  is-odd@3.0.1:
    resolution: {integrity: ${integrity}}
    engines: {node: '>=4'}

snapshots:

  is-odd@3.0.1: {}
`,
    },
    'deno.lock v4 npm entry': {
      'deno.lock': JSON.stringify(
        {
          version: '4',
          specifiers: { 'npm:is-odd@^3.0.1': '3.0.1' },
          npm: { 'is-odd@3.0.1': { integrity } },
        },
        null,
        2,
      ),
    },
    'bun.lock tuple': {
      'bun.lock': `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "app",
      "dependencies": {
        "is-odd": "^3.0.1",
      },
    },
  },
  "packages": {
    "is-odd": ["is-odd@3.0.1", "", {}, "${integrity}"],
  }
}
`,
    },
  };
}

describe('a lockfile entry whose hash is a banned artifact is that artifact', async () => {
  const policy = await loadPolicy('builtin:advisories');
  const run = async (files: Record<string, string>) =>
    audit(new DirectorySource(makeTree(files)), { policy, now: new Date('2026-12-04T12:00:00Z') });

  for (const [name, files] of Object.entries(trees(BANNED.integrity, BANNED.shasum))) {
    it(name, async () => {
      const report = await run(files);
      const f = report.findings.filter((x) => x.ruleId === 'AITG-2026-0001');
      expect(f, JSON.stringify(report.findings)).toHaveLength(1);
      expect(f[0]!.action).toBe('fail');
      expect(f[0]!.component.name).toBe('@anthropic-ai/claude-code');
      expect(f[0]!.component.version).toBe('2.1.150');
      expect(f[0]!.toolVersion).toBe('2.1.150');
      expect(f[0]!.message).toMatch(
        /identified by its bytes: its sha(512|1) [0-9a-f]{16}… is the published @anthropic-ai\/claude-code@2\.1\.150; the file records it as /,
      );
    });
  }
  for (const [name, files] of Object.entries(trees(CLEAN.integrity, CLEAN.shasum))) {
    it(`${name}: quiet with the clean tarball's hash`, async () => {
      const report = await run(files);
      expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
    });
  }

  it('an SDK platform package under the name of the CLI platform package is judged as the SDK build', async () => {
    const row = artifactsData.npm.find((r) => r.name === '@anthropic-ai/claude-agent-sdk-linux-x64')!;
    const report = await run({
      'package-lock.json': JSON.stringify({
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app' },
          'node_modules/@anthropic-ai/claude-code-linux-x64': {
            version: '2.1.300',
            integrity: row.integrity,
            optional: true,
          },
        },
      }),
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.component).toMatchObject({
      name: '@anthropic-ai/claude-agent-sdk-linux-x64',
      version: row.version,
      alias: '@anthropic-ai/claude-code-linux-x64',
    });
  });
});
