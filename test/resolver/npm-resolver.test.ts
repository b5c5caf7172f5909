import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import { createNpmResolver, type NpmResolverOptions } from '../../src/resolver/index.js';
import { purlFor } from '../../src/util/purl.js';
import { makeTree } from '../helpers/tmp.js';
import { startFaultProxy, startRegistry, type FaultProxy, type TestRegistry } from '../helpers/registry.js';

const CC = '@anthropic-ai/claude-code';

let main: TestRegistry; // the public-like registry
let corp: TestRegistry; // a second registry for @corp, reading needs a token
let proxy: FaultProxy; // in front of `main`
let corpProxy: FaultProxy; // in front of `corp`, to see the Authorization header

beforeAll(async () => {
  [main, corp] = await Promise.all([startRegistry(), startRegistry({ authRequired: ['@corp/*'] })]);
  await main.publish(CC, '2.1.90', ['latest', 'stable']);
  await main.publish(CC, '2.1.150');
  await main.publish(CC, '2.2.0-beta.1', ['next']);
  await main.publish('ai-helper', '1.0.0');
  await main.publish('ai-helper', '2.0.0');
  await main.publish('ai-helper', '1.4.2', ['latest']);
  await main.publish('@corp/agent', '1.0.0'); // a decoy: @corp must not be read from here
  for (const name of ['slow-pkg', 'flaky-pkg', 'garbage-pkg']) await main.publish(name, '1.0.0');
  await corp.publish('@corp/agent', '3.0.0');
  await corp.publish('@corp/agent', '3.1.0');
  [proxy, corpProxy] = await Promise.all([startFaultProxy(main.url), startFaultProxy(corp.url)]);
});

afterAll(async () => {
  await Promise.all([proxy?.close(), corpProxy?.close()]);
  await Promise.all([main?.close(), corp?.close()]);
});

beforeEach(() => {
  proxy.reset();
  corpProxy.reset();
});

function component(name: string, spec: string | undefined, extra: Partial<Component> = {}): Component {
  return {
    ecosystem: 'npm',
    name,
    version: null,
    ...(spec !== undefined ? { spec } : {}),
    purl: purlFor('npm', name, null),
    location: { file: 'package.json', line: 5 },
    source: 'package.json',
    sourceKind: 'registry',
    ...extra,
  };
}

/** A scanned root with the given `.npmrc`, and options that never read the machine's config. */
function options(npmrc: string, extra: Partial<NpmResolverOptions> = {}): NpmResolverOptions {
  const root = makeTree(npmrc === '' ? {} : { '.npmrc': npmrc }, 'aitg-resolver-');
  return {
    root,
    offline: false,
    env: { HOME: mkdtempSync(join(tmpdir(), 'aitg-home-')) },
    timeoutMs: 2_000,
    retries: 2,
    retryDelayMs: 10,
    ...extra,
  };
}

describe('createNpmResolver against verdaccio', () => {
  it('resolves dist-tags, ranges, * and a missing spec to what an install gets now', async () => {
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`));
    const input = [
      component(CC, 'latest'),
      component(CC, 'stable'),
      component(CC, 'next'),
      component(CC, '^2.1.0'),
      component(CC, '2.1.x'),
      component(CC, '*'),
      component(CC, undefined),
      component(CC, ''),
      component('ai-helper', '*'),
      component('ai-helper', '2.x'),
      component('ai-helper', '>=1.0.0 <1.4.0'),
    ];
    const { components, errors, stats } = await resolve(input);
    expect(errors).toBeUndefined();
    expect(components.map((c) => [c.name, c.spec, c.version, c.purl, c.versionNote])).toEqual([
      [
        CC,
        'latest',
        '2.1.150',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "latest" to 2.1.150 from ${proxy.url}`,
      ],
      [
        CC,
        'stable',
        '2.1.90',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.90',
        `resolved "stable" to 2.1.90 from ${proxy.url}`,
      ],
      [
        CC,
        'next',
        '2.2.0-beta.1',
        'pkg:npm/%40anthropic-ai/claude-code@2.2.0-beta.1',
        `resolved "next" to 2.2.0-beta.1 from ${proxy.url}`,
      ],
      [
        CC,
        '^2.1.0',
        '2.1.150',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "^2.1.0" to 2.1.150 from ${proxy.url}`,
      ],
      [
        CC,
        '2.1.x',
        '2.1.150',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "2.1.x" to 2.1.150 from ${proxy.url}`,
      ],
      [
        CC,
        '*',
        '2.1.150',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "*" to 2.1.150 from ${proxy.url}`,
      ],
      [
        CC,
        undefined,
        '2.1.150',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "latest" to 2.1.150 from ${proxy.url}`,
      ],
      [
        CC,
        '',
        '2.1.150',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "latest" to 2.1.150 from ${proxy.url}`,
      ],
      // `*` prefers the latest dist-tag (1.4.2) over the highest version (2.0.0), as npm install does
      ['ai-helper', '*', '1.4.2', 'pkg:npm/ai-helper@1.4.2', `resolved "*" to 1.4.2 from ${proxy.url}`],
      ['ai-helper', '2.x', '2.0.0', 'pkg:npm/ai-helper@2.0.0', `resolved "2.x" to 2.0.0 from ${proxy.url}`],
      [
        'ai-helper',
        '>=1.0.0 <1.4.0',
        '1.0.0',
        'pkg:npm/ai-helper@1.0.0',
        `resolved ">=1.0.0 <1.4.0" to 1.0.0 from ${proxy.url}`,
      ],
    ]);
    // Every other field is kept as the detector wrote it.
    expect(components[0]).toMatchObject({
      location: { file: 'package.json', line: 5 },
      source: 'package.json',
    });
    // `undefined`, '' and 'latest' are one look-up; one packument request per package for the whole run.
    expect(stats).toEqual({ lookups: 9, attempts: 9, resolved: 11, unresolved: 0 });
    expect(proxy.count(CC)).toBe(1);
    expect(proxy.count('ai-helper')).toBe(1);
  });

  it('looks each (name, spec) up once per run however often it occurs', async () => {
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`, { concurrency: 4 }));
    const input = Array.from({ length: 200 }, (_, i) =>
      component(i % 2 ? CC : 'ai-helper', i % 3 ? 'latest' : '*', {
        location: { file: `p${i}/package.json`, line: 3 },
      }),
    );
    const { components, stats } = await resolve(input);
    expect(stats).toEqual({ lookups: 4, attempts: 4, resolved: 200, unresolved: 0 });
    expect(components.map((c) => c.location.file)).toEqual(input.map((c) => c.location.file));
    expect(proxy.count(CC)).toBe(1);
    expect(proxy.count('ai-helper')).toBe(1);
  });

  it('leaves pinned, non-npm and non-registry components untouched and never fetches git or file specs', async () => {
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`));
    const pinned = { ...component(CC, '2.1.90'), version: '2.1.90' };
    const git = component(CC, 'github:anthropics/claude-code', { sourceKind: 'git' });
    const pypi: Component = { ...component('claude-agent-sdk', 'latest'), ecosystem: 'pypi' };
    const hostile = component(CC, 'git+https://127.0.0.1:1/evil.git');
    const fileSpec = component(CC, 'file:../evil');
    const envSpec = component(CC, '${CLAUDE_VERSION}');
    const { components, stats } = await resolve([pinned, git, pypi, hostile, fileSpec, envSpec]);
    expect(components[0]).toBe(pinned);
    expect(components[1]).toBe(git);
    expect(components[2]).toBe(pypi);
    expect(components.slice(3).map((c) => [c.version, c.versionNote])).toEqual([
      [null, 'not resolved: spec "git+https://127.0.0.1:1/evil.git" is not a dist-tag or a version range'],
      [null, 'not resolved: spec "file:../evil" is not a dist-tag or a version range'],
      [null, 'not resolved: "@anthropic-ai/claude-code@${CLAUDE_VERSION}" is not a valid npm package spec'],
    ]);
    expect(stats.lookups).toBe(0);
    expect(proxy.count(CC)).toBe(0);
  });

  it('resolves an alias written whole to the real package', async () => {
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`));
    const { components } = await resolve([component(CC, `npm:${CC}@stable`, { alias: 'cc' })]);
    expect(components[0]).toMatchObject({ version: '2.1.90', alias: 'cc', spec: `npm:${CC}@stable` });
  });

  it('reports a missing package (404) and a spec nothing matches as unknown, with the reason', async () => {
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`));
    const { components, stats } = await resolve([
      component('missing-pkg', 'latest'),
      component('ai-helper', '^9.0.0'),
      component(CC, 'nightly'),
    ]);
    expect(components.map((c) => [c.version, c.purl, c.versionNote])).toEqual([
      [null, 'pkg:npm/missing-pkg', `not resolved: missing-pkg not found at ${proxy.url} (HTTP 404)`],
      [null, 'pkg:npm/ai-helper', `not resolved: no version of ai-helper matches "^9.0.0" at ${proxy.url}`],
      [
        null,
        'pkg:npm/%40anthropic-ai/claude-code',
        `not resolved: no version of ${CC} matches "nightly" at ${proxy.url}`,
      ],
    ]);
    // 404 and no-match are answers, not failures: no retries.
    expect(stats).toEqual({ lookups: 3, attempts: 3, resolved: 0, unresolved: 3 });
  });

  it('retries 500s and then reports the package as unknown, counting every attempt', async () => {
    proxy.fault('flaky-pkg', { kind: 'status', status: 500 });
    try {
      const resolve = createNpmResolver(options(`registry=${proxy.url}\n`, { retries: 2 }));
      const { components, stats } = await resolve([
        component('flaky-pkg', 'latest'),
        component(CC, 'latest'),
      ]);
      expect(components.map((c) => [c.version, c.versionNote])).toEqual([
        [null, `not resolved: HTTP 500 from ${proxy.url} for flaky-pkg (3 attempts)`],
        ['2.1.150', `resolved "latest" to 2.1.150 from ${proxy.url}`],
      ]);
      expect(proxy.count('flaky-pkg')).toBe(3);
      expect(stats).toEqual({ lookups: 2, attempts: 4, resolved: 1, unresolved: 1 });
    } finally {
      proxy.fault('flaky-pkg', null);
    }
  });

  it('recovers when a retry succeeds', async () => {
    proxy.fault('flaky-pkg', { kind: 'status', status: 503 });
    setTimeout(() => proxy.fault('flaky-pkg', null), 150);
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`, { retries: 3, retryDelayMs: 100 }));
    const { components, stats } = await resolve([component('flaky-pkg', 'latest')]);
    expect(components[0]!.version).toBe('1.0.0');
    expect(stats.attempts).toBeGreaterThan(1);
  });

  it('gives up on a registry slower than the timeout, within the time budget', async () => {
    proxy.fault('slow-pkg', { kind: 'delay', ms: 5_000 });
    try {
      const resolve = createNpmResolver(options(`registry=${proxy.url}\n`, { timeoutMs: 300, retries: 1 }));
      const started = Date.now();
      const { components, stats } = await resolve([component('slow-pkg', '^1.0.0'), component(CC, 'stable')]);
      const elapsed = Date.now() - started;
      expect(components.map((c) => [c.version, c.versionNote])).toEqual([
        [null, `not resolved: no answer from ${proxy.url} within 300 ms (2 attempts)`],
        ['2.1.90', `resolved "stable" to 2.1.90 from ${proxy.url}`],
      ]);
      expect(stats.attempts).toBe(3);
      expect(proxy.count('slow-pkg')).toBe(2);
      expect(elapsed).toBeLessThan(2_000);
    } finally {
      proxy.fault('slow-pkg', null);
    }
  });

  it('reports invalid JSON and an invalid version from the registry', async () => {
    proxy.fault('garbage-pkg', { kind: 'body', body: '{"name": "garbage-pkg", "versions": ' });
    proxy.fault('ai-helper', {
      kind: 'body',
      body: JSON.stringify({
        name: 'ai-helper',
        'dist-tags': { latest: '../../etc' },
        versions: {
          '../../etc': { name: 'ai-helper', version: '../../etc', dist: { tarball: 'http://x/a.tgz' } },
        },
      }),
    });
    try {
      const resolve = createNpmResolver(options(`registry=${proxy.url}\n`));
      const { components } = await resolve([
        component('garbage-pkg', 'latest'),
        component('ai-helper', 'latest'),
      ]);
      expect(components.map((c) => [c.version, c.versionNote])).toEqual([
        [null, `not resolved: ${proxy.url} answered garbage-pkg with invalid JSON`],
        [null, `not resolved: ${proxy.url} answered ai-helper with an invalid version`],
      ]);
    } finally {
      proxy.fault('garbage-pkg', null);
      proxy.fault('ai-helper', null);
    }
  });

  it('reports a registry that cannot be reached', async () => {
    const resolve = createNpmResolver(options(`registry=http://127.0.0.1:9/\n`, { retries: 1 }));
    const { components } = await resolve([component(CC, 'latest')]);
    expect(components[0]!.versionNote).toBe(
      'not resolved: network error ECONNREFUSED reaching http://127.0.0.1:9/ (2 attempts)',
    );
  });

  it('stops asking a registry that gave no answer to three look-ups in a row', async () => {
    const resolve = createNpmResolver(
      options(`registry=http://127.0.0.1:9/\n`, { retries: 1, concurrency: 1 }),
    );
    const names = ['a-1', 'a-2', 'a-3', 'a-4', 'a-5'];
    const { components, stats } = await resolve(names.map((n) => component(n, 'latest')));
    const last = 'network error ECONNREFUSED reaching http://127.0.0.1:9/ (2 attempts)';
    expect(components.map((c) => c.versionNote)).toEqual([
      `not resolved: ${last}`,
      `not resolved: ${last}`,
      `not resolved: ${last}`,
      `not resolved: skipped: http://127.0.0.1:9/ gave no answer to 3 look-ups in a row (last: ${last})`,
      `not resolved: skipped: http://127.0.0.1:9/ gave no answer to 3 look-ups in a row (last: ${last})`,
    ]);
    expect(stats.attempts).toBe(6);
  });

  it('makes no request at all offline', async () => {
    const resolve = createNpmResolver(options(`registry=${proxy.url}\n`, { offline: true }));
    const pinned = { ...component(CC, '2.1.90'), version: '2.1.90' };
    const { components, stats } = await resolve([
      component(CC, 'latest'),
      component('ai-helper', '^1.0.0'),
      pinned,
    ]);
    expect(components.map((c) => [c.version, c.versionNote])).toEqual([
      [null, 'offline: not resolved'],
      [null, 'offline: not resolved'],
      ['2.1.90', undefined],
    ]);
    expect(stats.lookups).toBe(0);
    expect(proxy.count(CC) + proxy.count('ai-helper')).toBe(0);
  });

  it('uses the registry option over the .npmrc registry, and the public registry when none is set', async () => {
    const resolve = createNpmResolver(
      options(`registry=http://127.0.0.1:9/\n`, { registry: proxy.url.replace(/\/$/, '') }),
    );
    const { components } = await resolve([component(CC, 'stable')]);
    expect(components[0]!.versionNote).toBe(`resolved "stable" to 2.1.90 from ${proxy.url}`);
  });

  it('routes @scope:registry to its own registry and sends that registry its token, never the other', async () => {
    const token = corp.token;
    const npmrc = [
      `registry=${proxy.url}`,
      `@corp:registry=${corpProxy.url}`,
      `//127.0.0.1:${corpProxy.port}/:_authToken=\${CORP_TOKEN}`,
      '',
    ].join('\n');
    const opts = options(npmrc);
    const resolve = createNpmResolver({ ...opts, env: { ...opts.env, CORP_TOKEN: token } });
    const result = await resolve([component('@corp/agent', 'latest'), component(CC, 'latest')]);
    expect(result.components.map((c) => [c.name, c.version, c.versionNote])).toEqual([
      ['@corp/agent', '3.1.0', `resolved "latest" to 3.1.0 from ${corpProxy.url}`],
      [CC, '2.1.150', `resolved "latest" to 2.1.150 from ${proxy.url}`],
    ]);
    expect(corpProxy.authorizations('@corp/agent')).toEqual([`Bearer ${token}`]);
    expect(proxy.count('@corp/agent')).toBe(0);
    expect(proxy.authorizations(CC)).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('reports a refused look-up when the token is missing, without naming any credential', async () => {
    const npmrc = `@corp:registry=${corpProxy.url}\n//127.0.0.1:${corpProxy.port}/:_authToken=\${CORP_TOKEN}\n`;
    const { components } = await createNpmResolver(options(npmrc))([component('@corp/agent', '^3.0.0')]);
    expect(components[0]!.versionNote).toBe(
      `not resolved: ${corpProxy.url} refused the look-up of @corp/agent (HTTP 401): missing or rejected credentials`,
    );
    expect(corpProxy.authorizations('@corp/agent')).toEqual([]);
  });

  it('honours basic auth (_auth) from the user config and never prints it', async () => {
    // verdaccio's htpasswd plugin accepts Basic credentials of its users.
    const basic = Buffer.from('tester:tester-password').toString('base64');
    const home = mkdtempSync(join(tmpdir(), 'aitg-home-'));
    const userrc = join(home, 'custom-npmrc');
    writeFileSync(userrc, `@corp:registry=${corpProxy.url}\n//127.0.0.1:${corpProxy.port}/:_auth=${basic}\n`);
    const opts = options('');
    const result = await createNpmResolver({ ...opts, env: { NPM_CONFIG_USERCONFIG: userrc } })([
      component('@corp/agent', '3.0.x'),
    ]);
    expect(result.components[0]!.version).toBe('3.0.0');
    expect(corpProxy.authorizations('@corp/agent')).toEqual([`Basic ${basic}`]);
    const text = JSON.stringify(result);
    expect(text).not.toContain(basic);
    expect(text).not.toContain('tester-password');
  });

  it('honours username and _password (base64) in the repository .npmrc, as Azure Artifacts feeds use them', async () => {
    const password64 = Buffer.from('tester-password').toString('base64');
    const npmrc =
      `@corp:registry=${corpProxy.url}\n; begin auth token\n` +
      `//127.0.0.1:${corpProxy.port}/:username=tester\n//127.0.0.1:${corpProxy.port}/:_password=${password64}\n`;
    const result = await createNpmResolver(options(npmrc))([component('@corp/agent', '^3.0.0')]);
    expect(result.components[0]!.version).toBe('3.1.0');
    expect(corpProxy.authorizations('@corp/agent')).toEqual([
      `Basic ${Buffer.from('tester:tester-password').toString('base64')}`,
    ]);
    expect(JSON.stringify(result)).not.toContain('tester-password');
    expect(JSON.stringify(result)).not.toContain(password64);
  });

  it("refuses to expand the action's secrets in a repository .npmrc and reports the line", async () => {
    const secret = 'ghs_secretvalue0123456789';
    const npmrc = `registry=${proxy.url}\n\n//127.0.0.1:${proxy.port}/:_authToken=\${INPUT_TOKEN}\n`;
    const opts = options(npmrc);
    const result = await createNpmResolver({ ...opts, env: { ...opts.env, INPUT_TOKEN: secret } })([
      component(CC, 'latest'),
    ]);
    expect(result.errors).toEqual([
      {
        file: '.npmrc',
        line: 3,
        message:
          '//127.0.0.1:' +
          proxy.port +
          "/:_authToken expands ${INPUT_TOKEN}: a repository's .npmrc may not use the action's or runner's secrets; the setting is ignored",
      },
    ]);
    expect(result.components[0]!.version).toBe('2.1.150');
    expect(proxy.authorizations(CC)).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('measures N distinct packages with and without concurrency', async () => {
    const names = Array.from({ length: 24 }, (_, i) => `bulk-${i}`);
    await Promise.all(names.map((n) => main.publish(n, '1.0.0')));
    for (const n of names) proxy.fault(n, { kind: 'delay', ms: 50 }); // a realistic round trip
    const timings: Record<number, number> = {};
    for (const concurrency of [1, 8]) {
      const resolve = createNpmResolver(options(`registry=${proxy.url}\n`, { concurrency }));
      proxy.reset();
      const started = performance.now();
      const { stats } = await resolve(names.map((n) => component(n, 'latest')));
      timings[concurrency] = Math.round(performance.now() - started);
      expect(proxy.maxInFlight()).toBeLessThanOrEqual(concurrency);
      if (concurrency > 1) expect(proxy.maxInFlight()).toBeGreaterThan(1);
      expect(stats).toEqual({ lookups: 24, attempts: 24, resolved: 24, unresolved: 0 });
    }
    for (const n of names) proxy.fault(n, null);
    console.log(
      `24 packages, 50 ms added latency: concurrency 1 ${timings[1]} ms, concurrency 8 ${timings[8]} ms`,
    );
    expect(timings[8]!).toBeLessThan(timings[1]!);
  });
});
