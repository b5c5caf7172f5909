// A real npm registry for tests: verdaccio on 127.0.0.1 with a random port, storage in a temp
// dir and no uplinks (it never reaches the internet), plus a small HTTP proxy in front of it that
// counts requests per package and injects faults (delays, error statuses, broken bodies).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runServer } from 'verdaccio';

export interface TestRegistry {
  /** Base URL ending in `/`. */
  url: string;
  port: number;
  /** A token of the registry's test user (publishes, and reads where reading needs auth). */
  token: string;
  /** Publishes a version under the given dist-tags (default `latest`, as `npm publish`). */
  publish(name: string, version: string, tags?: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface RegistryOptions {
  /** Package patterns only authenticated users may read (verdaccio `packages` keys, e.g. `@corp/*`). */
  authRequired?: string[];
  /**
   * Packuments served as recorded (name → document): written into verdaccio's storage before it
   * starts, as its local storage keeps them (`<storage>/<name>/package.json`).
   */
  packuments?: Record<string, Record<string, unknown>>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A gzipped ustar archive holding `package/package.json`, as `npm pack` lays it out. */
export function packageTarball(name: string, version: string): Buffer {
  const body = Buffer.from(JSON.stringify({ name, version }, null, 2) + '\n');
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) =>
    header.write(text, offset, Math.min(length, Buffer.byteLength(text)), 'ascii');
  put('package/package.json', 0, 100);
  put('0000644\0', 100, 8);
  put('0000000\0', 108, 8);
  put('0000000\0', 116, 8);
  put(body.length.toString(8).padStart(11, '0') + '\0', 124, 12);
  put('14707041000\0', 136, 12); // 1985-10-26, npm pack's fixed mtime
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  let sum = 0;
  for (const b of header) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  const pad = Buffer.alloc((512 - (body.length % 512)) % 512);
  return gzipSync(Buffer.concat([header, body, pad, Buffer.alloc(1024)]));
}

async function call(url: string, method: string, body: unknown, token?: string): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${text}`);
  return text === '' ? null : JSON.parse(text);
}

/** Starts verdaccio with a test user; call `close()` in afterAll. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'aitg-verdaccio-'));
  const packages: Record<string, { access: string; publish: string }> = {};
  for (const p of options.authRequired ?? [])
    packages[p] = { access: '$authenticated', publish: '$authenticated' };
  packages['**'] = { access: '$all', publish: '$authenticated' };
  for (const [name, doc] of Object.entries(options.packuments ?? {})) {
    const folder = join(dir, 'storage', ...name.split('/'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({ _uplinks: {}, _distfiles: {}, _attachments: {}, _rev: '1-0', ...doc }),
    );
  }
  const configPath = join(dir, 'config.yaml');
  writeFileSync(
    configPath,
    JSON.stringify({
      storage: join(dir, 'storage'),
      auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 10 } },
      uplinks: {},
      packages,
      max_body_size: '100mb',
      web: { enable: false },
      log: { type: 'stdout', format: 'json', level: 'fatal' },
      publish: { allow_offline: true },
      security: { api: { legacy: false, jwt: { sign: { expiresIn: '1d' } } } },
    }),
  );
  const server = (await runServer(configPath)) as Server;
  const port = await listen(server);
  const url = `http://127.0.0.1:${port}/`;
  const user = (await call(`${url}-/user/org.couchdb.user:tester`, 'PUT', {
    name: 'tester',
    password: 'tester-password',
  })) as { token: string };

  const publish = async (name: string, version: string, tags: string[] = ['latest']): Promise<void> => {
    const [first = 'latest', ...more] = tags;
    const tgz = packageTarball(name, version);
    const file = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
    const path = name.replace('/', '%2f');
    await call(
      `${url}${path}`,
      'PUT',
      {
        _id: name,
        name,
        'dist-tags': { [first]: version },
        versions: {
          [version]: {
            name,
            version,
            _id: `${name}@${version}`,
            dist: {
              tarball: `${url}${name}/-/${file}`,
              shasum: createHash('sha1').update(tgz).digest('hex'),
              integrity: 'sha512-' + createHash('sha512').update(tgz).digest('base64'),
            },
          },
        },
        _attachments: {
          [file]: {
            content_type: 'application/octet-stream',
            data: tgz.toString('base64'),
            length: tgz.length,
          },
        },
      },
      user.token,
    );
    for (const tag of more)
      await call(`${url}-/package/${path}/dist-tags/${tag}`, 'PUT', version, user.token);
  };

  return {
    url,
    port,
    token: user.token,
    publish,
    close: async () => {
      await closeServer(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the proxy does with requests for one package. */
export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number }
  | { kind: 'body'; body: string; status?: number };

export interface FaultProxy {
  url: string;
  port: number;
  /** Sets (or with null clears) the fault for a package name. */
  fault(name: string, fault: Fault | null): void;
  /** Requests seen per package name (`/@scope%2fname` → `@scope/name`). */
  count(name: string): number;
  /** Authorization headers seen per package name. */
  authorizations(name: string): string[];
  /** The most requests the proxy had open at once since the last reset. */
  maxInFlight(): number;
  reset(): void;
  close(): Promise<void>;
}

function packageOf(req: IncomingMessage): string {
  const path = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Starts a proxy to `target` (a registry base URL) on 127.0.0.1. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults = new Map<string, Fault>();
  const counts = new Map<string, number>();
  const auths = new Map<string, string[]>();
  const upstream = new URL(target);
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const name = packageOf(req);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (req.headers.authorization) auths.set(name, [...(auths.get(name) ?? []), req.headers.authorization]);
    const fault = faults.get(name);
    const forward = () => {
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      out.on('error', () => res.destroy());
      req.pipe(out);
    };
    if (!fault) return forward();
    if (fault.kind === 'delay') {
      const timer = setTimeout(() => {
        if (!res.destroyed) forward();
      }, fault.ms);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (fault.kind === 'status') {
      res.writeHead(fault.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `injected ${fault.status}` }));
      return;
    }
    res.writeHead(fault.status ?? 200, { 'content-type': 'application/json' });
    res.end(fault.body);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    fault: (name, f) => (f ? faults.set(name, f) : faults.delete(name)),
    count: (name) => counts.get(name) ?? 0,
    authorizations: (name) => auths.get(name) ?? [],
    maxInFlight: () => maxInFlight,
    reset: () => {
      maxInFlight = inFlight;
      counts.clear();
      auths.clear();
    },
    close: () => closeServer(server),
  };
}
