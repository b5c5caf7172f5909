// A local GitHub REST API on 127.0.0.1 for the action's tests: the endpoints the action uses,
// answered from a real git repository, with every request and response checked against GitHub's
// OpenAPI description (@octokit/openapi), and faults on demand (403, 404, 5xx, rate limits).
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, Parameter> };
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: unknown;
  $ref?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }>; $ref?: string }>;
}

let spec: OpenApi | undefined;
let ajvStrict: Ajv | undefined;
let ajvCoerce: Ajv | undefined;

/** OpenAPI 3.0 `nullable` → JSON Schema; local `$ref`s point into the registered document. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = `gh${v}`;
    else if (k === 'example' || k === 'examples' || k === 'x-github') continue;
    else out[k] = toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function load(): { spec: OpenApi; strict: Ajv; coerce: Ajv } {
  if (!spec) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    spec = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
    const doc = { $id: 'gh', components: { schemas: toJsonSchema(spec.components.schemas) } };
    ajvStrict = addFormats(new Ajv({ strict: false, allErrors: true, validateFormats: true }));
    ajvStrict.addSchema(doc);
    ajvCoerce = addFormats(new Ajv({ strict: false, allErrors: true, coerceTypes: true }));
    ajvCoerce.addSchema(doc);
  }
  return { spec, strict: ajvStrict!, coerce: ajvCoerce! };
}

const validators = new Map<string, ValidateFunction>();
function validator(ajv: Ajv, key: string, schema: unknown): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile(toJsonSchema(schema) as object);
    validators.set(key, v);
  }
  return v;
}

export interface Fault {
  method?: string;
  /** Substring of the request path. */
  path?: string;
  status: number;
  headers?: Record<string, string>;
  body?: Json;
  /** How many requests it answers (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  operationId?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  issue: number;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
}

const ROUTES: Route[] = [
  ['GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
  ['GET', '/repos/{owner}/{repo}/contents/{path}'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  // Org audits (answered only when `org` is set).
  ['GET', '/orgs/{org}/repos'],
  ['GET', '/rate_limit'],
  ['GET', '/repos/{owner}/{repo}/git/ref/{ref}'],
].map(([method, template]) => {
  const names: string[] = [];
  const source = template!.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return name === 'path' || name === 'ref' ? '(.+)' : '([^/]+)';
  });
  return { method: method!, template: template!, regex: new RegExp(`^${source}$`), names };
});

/** One repository of a fake organisation: a branch of the server's git repository. */
export interface OrgRepoSpec {
  name: string;
  /** The branch of `gitDir` holding its default branch; null for an empty repository (409). */
  branch: string | null;
  /** Its default branch's name on GitHub (default `main`). */
  defaultBranch?: string;
  archived?: boolean;
  fork?: boolean;
  private?: boolean;
  /** The recursive tree listing answers `truncated: true` with only its first N entries. */
  truncateAt?: number;
  /** Every request about this repository's git data answers this status (404, 451, …). */
  status?: number;
}

/** A fake organisation served from one git repository, one branch per repository. */
export interface OrgSpec {
  login: string;
  repos: OrgRepoSpec[];
}

/** A fake GitHub for one repository `owner/repo`, backed by the git repository at `gitDir`. */
export class GitHubServer {
  /** An organisation whose repositories are branches of `gitDir` (org audits). */
  org: OrgSpec | undefined;
  /** The token's core rate limit for GET /rate_limit; `remaining` counts down per request served. */
  rateLimit = { limit: 5000, reset: 1_900_000_000 };
  readonly requests: LoggedRequest[] = [];
  /** Schema violations of requests received and responses sent: tests assert there are none. */
  readonly violations: string[] = [];
  readonly comments: StoredComment[] = [];
  /** Pull request number → [base, head] commits, for its file list. */
  readonly pulls = new Map<number, { base: string; head: string }>();
  /** Fakes GitHub's cap on pull-request file lists. */
  pullFilesOverride: number | undefined;
  private faults: Fault[] = [];
  private server: Server | undefined;
  private nextId = 1000;
  url = '';

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly gitDir: string,
    /** Who the token belongs to when it writes comments. */
    readonly actor: { login: string; type: 'Bot' | 'User' } = { login: 'github-actions[bot]', type: 'Bot' },
  ) {}

  async start(): Promise<string> {
    load();
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  fault(f: Fault): void {
    this.faults.push({ times: 1, ...f });
  }

  addComment(issue: number, body: string, user = this.actor): StoredComment {
    const c = { id: this.nextId++, body, user, issue };
    this.comments.push(c);
    return c;
  }

  private git(args: string[]): string {
    return execFileSync('git', args, { cwd: this.gitDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }

  private gitBytes(args: string[]): Buffer {
    return execFileSync('git', args, { cwd: this.gitDir, maxBuffer: 256 * 1024 * 1024 });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent(url.pathname);
    let route: Route | undefined;
    let params: Record<string, string> = {};
    for (const r of ROUTES) {
      const m = r.method === method ? r.regex.exec(url.pathname) : null;
      if (!m) continue;
      route = r;
      params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      break;
    }
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      if (route) this.checkResponse(route, status, body);
      this.requests.push({
        method,
        path,
        status,
        ...(route ? { operationId: this.operation(route).operationId } : {}),
      });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (!route) {
      this.violations.push(`unexpected request ${method} ${path}`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? '')) {
      this.violations.push(`${method} ${path} without a token`);
    }
    this.checkRequest(route, params, url.searchParams, raw);
    const fault = this.faults.find(
      (f) =>
        (f.method === undefined || f.method === method) && (f.path === undefined || path.includes(f.path)),
    );
    if (fault) {
      if (--fault.times! <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      return send(
        fault.status,
        fault.body ?? { message: `fault ${fault.status}`, documentation_url: 'https://docs.github.com/rest' },
        fault.headers,
      );
    }
    const orgAnswer = this.answerOrg(route, params, url.searchParams, raw);
    if (orgAnswer) return send(...orgAnswer);
    if (params.owner !== this.owner || params.repo !== this.repo) {
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    try {
      const [status, body, headers] = this.answer(route, params, url.searchParams, raw);
      send(status, body, headers);
    } catch (e) {
      send(404, {
        message: `Not Found: ${(e as Error).message.split('\n')[0]}`,
        documentation_url: 'https://docs.github.com/rest',
      });
    }
  }

  private operation(route: Route): Operation {
    return load().spec.paths[route.template]![route.method.toLowerCase()]!;
  }

  private checkRequest(
    route: Route,
    params: Record<string, string>,
    query: URLSearchParams,
    raw: string,
  ): void {
    const { spec: s, coerce } = load();
    const op = this.operation(route);
    for (const p0 of op.parameters ?? []) {
      const p = p0.$ref ? s.components.parameters[p0.$ref.split('/').pop()!]! : p0;
      const value =
        p.in === 'path' ? params[p.name] : p.in === 'query' ? (query.get(p.name) ?? undefined) : undefined;
      if (value === undefined) {
        if (p.required && p.in !== 'header')
          this.violations.push(`${op.operationId}: missing ${p.in} parameter ${p.name}`);
        continue;
      }
      const v = validator(coerce, `${op.operationId}:param:${p.name}`, p.schema ?? {});
      if (!v(value))
        this.violations.push(`${op.operationId}: parameter ${p.name}=${value}: ${JSON.stringify(v.errors)}`);
    }
    for (const name of query.keys()) {
      const known = (op.parameters ?? []).some((p0) => {
        const p = p0.$ref ? s.components.parameters[p0.$ref.split('/').pop()!]! : p0;
        return p.name === name && p.in === 'query';
      });
      if (!known) this.violations.push(`${op.operationId}: unknown query parameter ${name}`);
    }
    if (op.requestBody) {
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        this.violations.push(`${op.operationId}: request body is not JSON`);
        return;
      }
      if (body === undefined) {
        if (op.requestBody.required) this.violations.push(`${op.operationId}: missing request body`);
        return;
      }
      const schema = op.requestBody.content['application/json']?.schema;
      const v = validator(load().strict, `${op.operationId}:request`, schema ?? {});
      if (!v(body)) this.violations.push(`${op.operationId}: request body: ${JSON.stringify(v.errors)}`);
    }
  }

  private checkResponse(route: Route, status: number, body: unknown): void {
    const op = this.operation(route);
    const response = op.responses[String(status)];
    if (!response) {
      // Faults GitHub sends for any operation (rate limits, server errors) are not all listed.
      if (![403, 404, 429, 451, 500, 502, 503].includes(status)) {
        this.violations.push(`${op.operationId}: status ${status} is not a documented response`);
      }
      return;
    }
    const content = response.content?.['application/json'];
    if (!content) return;
    const v = validator(load().strict, `${op.operationId}:response:${status}`, content.schema);
    if (!v(body))
      this.violations.push(
        `${op.operationId}: response ${status}: ${JSON.stringify(v.errors).slice(0, 2000)}`,
      );
  }

  /** Org branches resolved to commits (an org's repositories do not change once served). */
  private readonly orgRefs = new Map<string, string>();

  /** Org-audit routes and the repositories of `org`; undefined for everything else. */
  private answerOrg(
    route: Route,
    p: Record<string, string>,
    query: URLSearchParams,
    raw: string,
  ): [number, unknown, Record<string, string>?] | undefined {
    if (route.template === '/rate_limit') {
      const used = this.requests.filter((r) => r.path !== '/rate_limit').length;
      const core = {
        limit: this.rateLimit.limit,
        remaining: Math.max(0, this.rateLimit.limit - used),
        reset: this.rateLimit.reset,
        used,
      };
      return [
        200,
        {
          resources: { core, search: { limit: 30, remaining: 30, reset: this.rateLimit.reset, used: 0 } },
          rate: core,
        },
      ];
    }
    if (!this.org) return route.template === '/orgs/{org}/repos' ? [404, NOT_FOUND] : undefined;
    if (route.template === '/orgs/{org}/repos') {
      if (p.org!.toLowerCase() !== this.org.login.toLowerCase()) return [404, NOT_FOUND];
      const all = this.org.repos.map((r, i) => this.orgRepoJson(r, i));
      return this.page(all, query, `/orgs/${this.org.login}/repos`);
    }
    if (p.owner?.toLowerCase() !== this.org.login.toLowerCase()) return undefined;
    const spec = this.org.repos.find((r) => r.name.toLowerCase() === p.repo!.toLowerCase());
    if (!spec) return [404, NOT_FOUND];
    if (spec.status !== undefined) {
      const message =
        spec.status === 451
          ? 'Repository access blocked'
          : spec.status === 404
            ? 'Not Found'
            : `status ${spec.status}`;
      return [spec.status, { message, documentation_url: 'https://docs.github.com/rest' }];
    }
    if (spec.branch === null) {
      return [
        409,
        { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest' },
      ];
    }
    switch (route.template) {
      case '/repos/{owner}/{repo}/git/ref/{ref}': {
        if (p.ref !== `heads/${spec.defaultBranch ?? 'main'}`) return [404, NOT_FOUND];
        let sha = this.orgRefs.get(spec.branch);
        if (!sha) {
          sha = this.git(['rev-parse', '--verify', `refs/heads/${spec.branch}^{commit}`]).trim();
          this.orgRefs.set(spec.branch, sha);
        }
        const url = `${this.url}/repos/${this.org.login}/${spec.name}/git/refs/${p.ref}`;
        return [
          200,
          {
            ref: `refs/${p.ref}`,
            node_id: 'REF_1',
            url,
            object: {
              type: 'commit',
              sha,
              url: `${this.url}/repos/${this.org.login}/${spec.name}/git/commits/${sha}`,
            },
          },
        ];
      }
      case '/repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const [status, body] = this.orgCached(`tree:${p.tree_sha}:${query.has('recursive')}`, () =>
          this.answer(route, p, query, raw),
        ) as [number, { tree: unknown[]; truncated: boolean }];
        if (spec.truncateAt !== undefined && query.has('recursive')) {
          return [status, { ...body, tree: body.tree.slice(0, spec.truncateAt), truncated: true }];
        }
        return [status, body];
      }
      case '/repos/{owner}/{repo}/git/blobs/{file_sha}':
        return this.orgCached(`blob:${p.file_sha}`, () => this.answer(route, p, query, raw));
    }
    return [404, NOT_FOUND];
  }

  /** Git objects never change: the org's answers by object id are computed once (git runs once). */
  private readonly orgCache = new Map<string, [number, unknown, Record<string, string>?]>();
  private orgCached(
    key: string,
    compute: () => [number, unknown, Record<string, string>?],
  ): [number, unknown, Record<string, string>?] {
    if (!/:[0-9a-f]{40}(:|$)/.test(key)) return compute();
    let v = this.orgCache.get(key);
    if (!v) {
      v = compute();
      this.orgCache.set(key, v);
    }
    return v;
  }

  private orgRepoJson(r: OrgRepoSpec, i: number): Json {
    const login = this.org!.login;
    const full = `${login}/${r.name}`;
    const api = `${this.url}/repos/${full}`;
    const owner = { ...this.user({ login, type: 'User' }), type: 'Organization' };
    const urls: Json = {};
    for (const k of [
      'archive',
      'assignees',
      'blobs',
      'branches',
      'collaborators',
      'comments',
      'commits',
      'compare',
      'contents',
      'contributors',
      'deployments',
      'downloads',
      'events',
      'forks',
      'git_commits',
      'git_refs',
      'git_tags',
      'hooks',
      'issue_comment',
      'issue_events',
      'issues',
      'keys',
      'labels',
      'languages',
      'merges',
      'milestones',
      'notifications',
      'pulls',
      'releases',
      'stargazers',
      'statuses',
      'subscribers',
      'subscription',
      'tags',
      'teams',
      'trees',
    ])
      urls[`${k}_url`] = `${api}/${k}`;
    return {
      id: 1000 + i,
      node_id: `R_${1000 + i}`,
      name: r.name,
      full_name: full,
      owner,
      private: r.private ?? false,
      html_url: `https://github.com/${full}`,
      description: null,
      fork: r.fork ?? false,
      url: api,
      ...urls,
      archived: r.archived ?? false,
      default_branch: r.defaultBranch ?? 'main',
      size: r.branch === null ? 0 : 12,
      visibility: r.private ? 'private' : 'public',
    };
  }

  private user(u: { login: string; type: 'Bot' | 'User' }): Json {
    const api = this.url;
    return {
      login: u.login,
      id: u.type === 'Bot' ? 41898282 : 1,
      node_id: 'MDQ6VXNlcjE=',
      avatar_url: 'https://avatars.githubusercontent.com/u/1?v=4',
      gravatar_id: '',
      url: `${api}/users/${encodeURIComponent(u.login)}`,
      html_url: `https://github.com/${encodeURIComponent(u.login)}`,
      followers_url: `${api}/users/x/followers`,
      following_url: `${api}/users/x/following{/other_user}`,
      gists_url: `${api}/users/x/gists{/gist_id}`,
      starred_url: `${api}/users/x/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/x/subscriptions`,
      organizations_url: `${api}/users/x/orgs`,
      repos_url: `${api}/users/x/repos`,
      events_url: `${api}/users/x/events{/privacy}`,
      received_events_url: `${api}/users/x/received_events`,
      type: u.type,
      site_admin: false,
    };
  }

  private commentJson(c: StoredComment): Json {
    const base = `${this.url}/repos/${this.owner}/${this.repo}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.user(c.user),
      created_at: '2026-11-24T00:00:00Z',
      updated_at: '2026-11-24T00:00:00Z',
      issue_url: `${base}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  /** One page of a list, with GitHub's `link` header when more pages follow. */
  private page(
    all: unknown[],
    query: URLSearchParams,
    path: string,
  ): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
    const page = Number(query.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const at = (n: number): string => `<${this.url}${path}?per_page=${perPage}&page=${n}>`;
      headers.link = `${at(page + 1)}; rel="next", ${at(last)}; rel="last"`;
    }
    return [200, all.slice((page - 1) * perPage, page * perPage), headers];
  }

  private answer(
    route: Route,
    p: Record<string, string>,
    query: URLSearchParams,
    raw: string,
  ): [number, unknown, Record<string, string>?] {
    const base = `${this.url}/repos/${this.owner}/${this.repo}`;
    switch (route.template) {
      case '/repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const sha = this.git(['rev-parse', '--verify', `${p.tree_sha}^{tree}`]).trim();
        const recursive = query.has('recursive');
        const out = this.git(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha]);
        const tree = out
          .split('\0')
          .filter(Boolean)
          .map((rec) => {
            const tab = rec.indexOf('\t');
            const [mode, type, oid, size] = rec.slice(0, tab).split(/ +/) as [string, string, string, string];
            return {
              path: rec.slice(tab + 1),
              mode,
              type,
              sha: oid,
              ...(type === 'blob' ? { size: Number(size) } : {}),
              url: `${base}/git/${type === 'blob' ? 'blobs' : 'trees'}/${oid}`,
            };
          });
        return [200, { sha, url: `${base}/git/trees/${sha}`, tree, truncated: false }];
      }
      case '/repos/{owner}/{repo}/git/blobs/{file_sha}': {
        const content = this.gitBytes(['cat-file', 'blob', p.file_sha!]);
        return [
          200,
          {
            sha: p.file_sha,
            node_id: `B_${p.file_sha}`,
            size: content.length,
            url: `${base}/git/blobs/${p.file_sha}`,
            content: content.toString('base64').replace(/(.{60})/g, '$1\n'),
            encoding: 'base64',
          },
        ];
      }
      case '/repos/{owner}/{repo}/contents/{path}': {
        const ref = query.get('ref') || 'HEAD';
        const line = this.git(['ls-tree', '-l', ref, '--', p.path!]).trim();
        if (!line) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
        const [meta] = line.split('\t') as [string];
        const [, type, oid] = meta.split(/ +/) as [string, string, string];
        if (type !== 'blob')
          return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
        const content = this.gitBytes(['cat-file', 'blob', oid]);
        const name = p.path!.split('/').pop()!;
        return [
          200,
          {
            type: 'file',
            encoding: 'base64',
            size: content.length,
            name,
            path: p.path,
            content: content.toString('base64'),
            sha: oid,
            url: `${base}/contents/${p.path}?ref=${ref}`,
            git_url: `${base}/git/blobs/${oid}`,
            html_url: `https://github.com/${this.owner}/${this.repo}/blob/${ref}/${p.path}`,
            download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${p.path}`,
            _links: {
              self: `${base}/contents/${p.path}?ref=${ref}`,
              git: `${base}/git/blobs/${oid}`,
              html: `https://github.com/${this.owner}/${this.repo}/blob/${ref}/${p.path}`,
            },
          },
        ];
      }
      case '/repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const pr = this.pulls.get(Number(p.pull_number));
        if (!pr) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
        const out = this.git(['diff', '--name-status', '-z', '-M', `${pr.base}...${pr.head}`])
          .split('\0')
          .filter(Boolean);
        const entries: Json[] = [];
        for (let i = 0; i < out.length;) {
          const code = out[i++]!;
          const status = code.startsWith('R')
            ? 'renamed'
            : code === 'A'
              ? 'added'
              : code === 'D'
                ? 'removed'
                : 'modified';
          const previous = code.startsWith('R') ? out[i++] : undefined;
          const filename = out[i++]!;
          entries.push({
            sha: '0000000000000000000000000000000000000000',
            filename,
            status,
            additions: 1,
            deletions: 0,
            changes: 1,
            blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${pr.head}/${filename}`,
            raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${pr.head}/${filename}`,
            contents_url: `${base}/contents/${filename}?ref=${pr.head}`,
            ...(previous ? { previous_filename: previous } : {}),
          });
        }
        const all = this.pullFilesOverride !== undefined ? padTo(entries, this.pullFilesOverride) : entries;
        return this.page(all, query, `/repos/${this.owner}/${this.repo}/pulls/${p.pull_number}/files`);
      }
      case '/repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (route.method === 'GET') {
          const list = this.comments
            .filter((c) => c.issue === Number(p.issue_number))
            .map((c) => this.commentJson(c));
          return this.page(
            list,
            query,
            `/repos/${this.owner}/${this.repo}/issues/${p.issue_number}/comments`,
          );
        }
        const body = (JSON.parse(raw) as { body: string }).body;
        if (body.length > 65536) {
          return [422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' }];
        }
        return [201, this.commentJson(this.addComment(Number(p.issue_number), body))];
      }
      case '/repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
        const body = (JSON.parse(raw) as { body: string }).body;
        if (body.length > 65536) {
          return [422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' }];
        }
        c.body = body;
        return [200, this.commentJson(c)];
      }
    }
    return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
  }
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };

function padTo(entries: Json[], n: number): Json[] {
  const out = [...entries];
  for (let i = out.length; i < n; i++) {
    out.push({ ...(entries[0] ?? {}), filename: `padding/file-${i}.txt`, status: 'added' });
  }
  return out;
}
