// Registry faults the resolver tests (test/resolver/) do not cover: an answer that never ends, a
// body that stalls half-way, prototype keys in a packument, and a redirect that would carry the
// registry token to another host. Each server here runs on 127.0.0.1 inside the test.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import { createNpmResolver } from '../../src/resolver/index.js';
import { purlFor } from '../../src/util/purl.js';
import { makeTree } from '../helpers/tmp.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, host, r));
  return `http://${host}:${(server.address() as AddressInfo).port}/`;
}

function component(name: string, spec: string): Component {
  return {
    ecosystem: 'npm',
    name,
    version: null,
    spec,
    purl: purlFor('npm', name, null),
    location: { file: 'package.json', line: 1 },
    source: 'package.json',
    sourceKind: 'registry',
  };
}

function packument(name: string, version: string): Record<string, unknown> {
  return {
    name,
    'dist-tags': { latest: version },
    versions: { [version]: { name, version, dist: { tarball: `http://127.0.0.1:9/${name}.tgz` } } },
  };
}

function resolverFor(npmrc: string, extra: Record<string, unknown> = {}) {
  return createNpmResolver({
    root: makeTree({ '.npmrc': npmrc }, 'aitg-faults-'),
    offline: false,
    env: {},
    retries: 2,
    retryDelayMs: 10,
    ...extra,
  });
}

describe('registry faults', () => {
  it('an answer that never ends is cut at the size limit, not buffered until memory runs out', async () => {
    let bytesSent = 0;
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"name":"endless","dist-tags":{"latest":"1.0.0"},"pad":"');
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (!res.destroyed) {
          bytesSent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const resolve = resolverFor(`registry=${url}\n`, { maxResponseBytes: 1024 * 1024, timeoutMs: 20_000 });
    const { components, stats } = await resolve([component('endless', 'latest')]);
    const ms = performance.now() - t0;
    console.log(
      `endless answer: cut after ${(bytesSent / 1048576).toFixed(1)} MB sent, ${ms.toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rssBefore) / 1048576).toFixed(0)} MB`,
    );
    expect(components[0]!.version).toBeNull();
    expect(components[0]!.versionNote).toBe(
      `not resolved: ${url} answered endless with more than 1048576 bytes (AITG_MAX_RESPONSE_BYTES)`,
    );
    expect(stats.attempts).toBe(1); // not retried: the same registry would send the same answer
    expect(ms).toBeLessThan(10_000);
    expect(bytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('the limit comes from AITG_MAX_RESPONSE_BYTES and a normal packument passes under it', async () => {
    const big = packument('big-ok', '2.0.0');
    (big as { readme?: string }).readme = 'x'.repeat(3000);
    const url = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/big-ok' ? big : packument('small-ok', '1.0.0')));
    });
    const resolve = resolverFor(`registry=${url}\n`);
    const limited = createNpmResolver({
      root: makeTree({ '.npmrc': `registry=${url}\n` }, 'aitg-faults-'),
      offline: false,
      env: { AITG_MAX_RESPONSE_BYTES: '2500' },
      retries: 0,
    });
    const ok = await resolve([component('big-ok', 'latest'), component('small-ok', 'latest')]);
    expect(ok.components.map((c) => c.version)).toEqual(['2.0.0', '1.0.0']);
    const cut = await limited([component('big-ok', 'latest'), component('small-ok', 'latest')]);
    expect(cut.components.map((c) => [c.version, c.versionNote])).toEqual([
      [null, `not resolved: ${url} answered big-ok with more than 2500 bytes (AITG_MAX_RESPONSE_BYTES)`],
      ['1.0.0', `resolved "latest" to 1.0.0 from ${url}`],
    ]);
  });

  it('a body that stalls half-way ends at the timeout', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"name":"stall","dist-tags":{"latest":"1.0.0"},');
      // …and nothing more, ever.
    });
    const t0 = performance.now();
    const resolve = resolverFor(`registry=${url}\n`, { timeoutMs: 400, retries: 1 });
    const { components } = await resolve([component('stall', 'latest')]);
    expect(components[0]!.versionNote).toBe(`not resolved: no answer from ${url} within 400 ms (2 attempts)`);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('prototype keys in a packument pollute nothing and do not become versions', async () => {
    const body =
      '{"name":"proto-pkg","__proto__":{"polluted":"yes"},' +
      '"dist-tags":{"__proto__":"6.6.6","constructor":"6.6.6","latest":"1.0.0"},' +
      '"versions":{"__proto__":{"name":"proto-pkg","version":"6.6.6","polluted":"yes"},' +
      '"constructor":{"name":"proto-pkg","version":"6.6.6"},' +
      '"1.0.0":{"name":"proto-pkg","version":"1.0.0","dist":{"tarball":"http://127.0.0.1:9/p.tgz"}}}}';
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    const resolve = resolverFor(`registry=${url}\n`);
    const { components } = await resolve([
      component('proto-pkg', 'latest'),
      component('proto-pkg', '__proto__'),
      component('proto-pkg', 'constructor'),
      component('proto-pkg', '*'),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(components.map((c) => c.version)).toEqual(['1.0.0', null, null, '1.0.0']);
    for (const c of components.slice(1, 3)) expect(c.versionNote).toMatch(/^not resolved: /);
  });

  it('a redirect to another host never carries the registry token there', async () => {
    const seen: (string | undefined)[] = [];
    // Another host name (all of 127.0.0.0/8 is the loopback interface on Linux).
    const elsewhere = await serve((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(packument('moved', '3.0.0')));
    }, '127.0.0.2');
    const origin = await serve((req, res) => {
      res.writeHead(302, { location: `${elsewhere}${req.url!.slice(1)}` });
      res.end();
    });
    const host = new URL(origin).host;
    const resolve = resolverFor(`registry=${origin}\n//${host}/:_authToken=npm_secretTokenValue123\n`);
    const { components } = await resolve([component('moved', 'latest')]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((a) => a !== undefined)).toEqual([]);
    expect(components[0]!.version).toBe('3.0.0');
    expect(JSON.stringify(components)).not.toContain('npm_secretTokenValue123');
  });
});
