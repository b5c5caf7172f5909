// The one registry-tarball URL reader every format uses: each layout registries and mirrors serve,
// and the URLs that only look like one.
import { describe, expect, it } from 'vitest';
import {
  isOwnRegistryTarball,
  parseTarballUrl,
  tarballIdentity,
  tarballName,
  tarballPackage,
} from '../../../src/detectors/parsers/tarball-url.js';

describe('parseTarballUrl', () => {
  it("reads npm's layout on any host, with the name scoped, encoded or bare", () => {
    expect(
      parseTarballUrl('https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.91.tgz'),
    ).toEqual({
      name: '@anthropic-ai/claude-code',
      version: '2.1.91',
    });
    expect(parseTarballUrl('https://r.example/api/npm/npm/@s%2fp/-/p-1.0.0.tgz?x=1')).toEqual({
      name: '@s/p',
      version: '1.0.0',
      // `api/npm/npm/@s%2fp`: the segment before an encoded scoped name is no scope
    });
    expect(parseTarballUrl('https://r.example/npm/%40s/p/-/p-1.0.0.tgz')).toEqual({
      name: '@s/p',
      version: '1.0.0',
    });
    expect(parseTarballUrl('https://r.example/%40s%2Fp/-/p-1.0.0.tgz')).toEqual({
      name: '@s/p',
      version: '1.0.0',
    });
    expect(parseTarballUrl('http://localhost:4873/abbrev/-/abbrev-1.0.9.tgz')).toEqual({
      name: 'abbrev',
      version: '1.0.9',
    });
    expect(parseTarballUrl('https://registry.yarnpkg.com/@a/b/-/b-1.0.0-rc.1.tgz#sha1')).toEqual({
      name: '@a/b',
      version: '1.0.0-rc.1',
    });
  });

  it('reads a file named with its scope (/-/@scope/name-1.0.0.tgz), raw or encoded', () => {
    const banned = { name: '@anthropic-ai/claude-code', version: '2.1.150' };
    expect(
      parseTarballUrl(
        'https://registry.npmjs.org/@anthropic-ai/claude-code/-/@anthropic-ai/claude-code-2.1.150.tgz',
      ),
    ).toEqual(banned);
    expect(
      parseTarballUrl(
        'https://registry.npmjs.org/@anthropic-ai/claude-code/-/%40anthropic-ai%2Fclaude-code-2.1.150.tgz',
      ),
    ).toEqual(banned);
    // GitLab's package registry writes this layout.
    expect(
      parseTarballUrl(
        'https://gitlab.example.com/api/v4/projects/7/packages/npm/@anthropic-ai/claude-code/-/@anthropic-ai/claude-code-2.1.150.tgz',
      ),
    ).toEqual(banned);
    // A path whose scope has no `@`: the file's scope names the package.
    expect(
      parseTarballUrl(
        'https://a.example/api/npm/npm/anthropic-ai/claude-code/-/@anthropic-ai/claude-code-2.1.150.tgz',
      ),
    ).toEqual(banned);
    // A scoped path and a file of another scope: not a registry layout.
    expect(parseTarballUrl('https://r.example/@a/b/-/@c/b-1.0.0.tgz')).toBeNull();
  });

  it('keeps the segment before a bare name as a possible scope (Artifactory, Nexus)', () => {
    const t = parseTarballUrl(
      'https://a.example/artifactory/api/npm/npm-virtual/anthropic-ai/claude-code/-/claude-code-2.1.150.tgz',
    );
    expect(t).toEqual({ name: 'claude-code', version: '2.1.150', bareScope: 'anthropic-ai' });
    expect(tarballName(t!, '@anthropic-ai/claude-code')).toBe('@anthropic-ai/claude-code');
    expect(tarballName(t!, 'claude-code')).toBe('claude-code');
    expect(tarballName(t!, '@other/claude-code')).toBe('claude-code');
    expect(tarballName(t!, undefined)).toBe('claude-code');
  });

  it("reads npmmirror's CDN layout (/packages/<name>/<version>/<base>-<version>.tgz)", () => {
    expect(parseTarballUrl('https://cdn.npmmirror.com/packages/lodash/4.17.21/lodash-4.17.21.tgz')).toEqual({
      name: 'lodash',
      version: '4.17.21',
    });
    expect(
      parseTarballUrl(
        'https://cdn.npmmirror.com/packages/@anthropic-ai/claude-code/2.1.150/claude-code-2.1.150.tgz',
      ),
    ).toEqual({ name: '@anthropic-ai/claude-code', version: '2.1.150' });
    expect(
      parseTarballUrl(
        'https://cdn.npmmirror.com/packages/%40anthropic-ai/claude-code/2.1.150/claude-code-2.1.150.tgz',
      ),
    ).toEqual({ name: '@anthropic-ai/claude-code', version: '2.1.150' });
    expect(
      parseTarballUrl(
        'https://cdn.npmmirror.com/packages/@openai/codex/0.1.0-win32-x64/codex-0.1.0-win32-x64.tgz',
      ),
    ).toEqual({ name: '@openai/codex', version: '0.1.0-win32-x64' });
    // The version segment and the file's version must agree, and the layout needs `packages/`.
    expect(
      parseTarballUrl('https://cdn.npmmirror.com/packages/lodash/4.17.20/lodash-4.17.21.tgz'),
    ).toBeNull();
    expect(parseTarballUrl('https://cdn.example.com/files/lodash/4.17.21/lodash-4.17.21.tgz')).toBeNull();
  });

  it('rejects URLs of no registry layout', () => {
    expect(parseTarballUrl('https://r.example/a/-/other-1.0.0.tgz')).toBeNull();
    expect(parseTarballUrl('https://example.com/a-1.0.0.tgz')).toBeNull();
    expect(parseTarballUrl('https://r.example/a/-/x/a-1.0.0.tgz')).toBeNull();
    expect(parseTarballUrl('git+https://r.example/a/-/a-1.0.0.tgz')).toBeNull();
    expect(parseTarballUrl('https://r.example/-/a-1.0.0.tgz')).toBeNull();
    expect(parseTarballUrl('https://r.example/a/-/a-.tgz')).toBeNull();
    expect(parseTarballUrl('https://r.example/a/-/a-1.0.0.zip')).toBeNull();
    expect(parseTarballUrl('file:./b/-/b-1.0.0.tgz')).toBeNull();
    expect(parseTarballUrl('https://r.example/a/-/a-1.0.0%ZZ.tgz')).toBeNull();
  });
});

describe('tarballPackage and tarballIdentity', () => {
  it('name the package the URL installs, aliased by a different declared name', () => {
    const url =
      'https://registry.npmjs.org/@anthropic-ai/claude-code/-/@anthropic-ai/claude-code-2.1.150.tgz';
    expect(tarballPackage(url)).toEqual({ name: '@anthropic-ai/claude-code', version: '2.1.150' });
    expect(tarballIdentity('cc', url)).toEqual({
      name: '@anthropic-ai/claude-code',
      version: '2.1.150',
      alias: 'cc',
    });
    expect(tarballIdentity('@anthropic-ai/claude-code', url)).toEqual({
      name: '@anthropic-ai/claude-code',
      version: '2.1.150',
    });
  });

  it('let the declared key win over a bare scope, with no rename', () => {
    const url = 'https://a.example/api/npm/npm/anthropic-ai/claude-code/-/claude-code-2.1.150.tgz';
    expect(tarballIdentity('@anthropic-ai/claude-code', url)).toEqual({
      name: '@anthropic-ai/claude-code',
      version: '2.1.150',
    });
  });

  it('keep the declared name and no version for other URLs and invalid parts', () => {
    expect(tarballIdentity('x', 'https://example.com/x.tgz')).toEqual({ name: 'x', version: null });
    expect(tarballPackage('https://r.example/a/-/a-notsemver.tgz')).toBeNull();
    expect(tarballPackage('https://r.example/.a/-/.a-1.0.0.tgz')).toBeNull();
  });

  it('isOwnRegistryTarball recognises the common case only', () => {
    expect(isOwnRegistryTarball('https://registry.npmjs.org/@a/b/-/b-1.0.0.tgz', '@a/b', '1.0.0')).toBe(true);
    expect(isOwnRegistryTarball('https://registry.npmjs.org/b/-/b-1.0.0.tgz', 'b', '1.0.0')).toBe(true);
    expect(isOwnRegistryTarball('https://registry.npmjs.org/b/-/b-1.0.1.tgz', 'b', '1.0.0')).toBe(false);
    expect(isOwnRegistryTarball('https://registry.npmjs.org/c/-/b-1.0.0.tgz', 'b', '1.0.0')).toBe(false);
  });
});
