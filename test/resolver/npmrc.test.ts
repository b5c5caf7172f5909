import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayRegistry,
  loadNpmConfig,
  normalizeRegistry,
  parseNpmrc,
  PUBLIC_REGISTRY,
  registryFor,
  scrub,
} from '../../src/resolver/npmrc.js';
import { makeTree } from '../helpers/tmp.js';

const emptyHome = () => mkdtempSync(join(tmpdir(), 'aitg-home-'));

describe('parseNpmrc', () => {
  it('reads key=value lines with comments, quotes, CRLF and a BOM, keeping line numbers', () => {
    const text =
      '\uFEFF; comment\r\n# another\r\nregistry = https://r.example/npm/ \r\n\r\n' +
      '@a:registry="https://a.example/"\r\n' +
      "//a.example/:_authToken='tok'\r\n" +
      'always-auth\r\n' +
      '[section]\r\n' +
      '=novalue\r\n';
    expect(parseNpmrc(text)).toEqual([
      { key: 'registry', value: 'https://r.example/npm/', line: 3 },
      { key: '@a:registry', value: 'https://a.example/', line: 5 },
      { key: '//a.example/:_authToken', value: 'tok', line: 6 },
      { key: 'always-auth', value: 'true', line: 7 },
    ]);
  });

  it('keeps prototype-like keys as plain entries', () => {
    expect(parseNpmrc('__proto__=x\nconstructor=y\n')).toEqual([
      { key: '__proto__', value: 'x', line: 1 },
      { key: 'constructor', value: 'y', line: 2 },
    ]);
  });
});

describe('normalizeRegistry and displayRegistry', () => {
  it('adds the trailing slash and rejects what is not http(s)', () => {
    expect(normalizeRegistry('https://r.example/npm')).toBe('https://r.example/npm/');
    expect(normalizeRegistry('http://127.0.0.1:4873')).toBe('http://127.0.0.1:4873/');
    expect(normalizeRegistry('file:///etc/passwd')).toBeNull();
    expect(normalizeRegistry('not a url')).toBeNull();
  });

  it('never shows credentials embedded in a registry URL', () => {
    expect(displayRegistry('https://user:s3cret@r.example/npm/?token=abc#x')).toBe('https://r.example/npm/');
  });
});

describe('loadNpmConfig', () => {
  it('defaults to the public registry and reads no home directory the env does not name', () => {
    const root = makeTree({});
    const config = loadNpmConfig({ root, env: {} });
    expect(config.registry).toBe(PUBLIC_REGISTRY);
    expect([...config.scopes]).toEqual([]);
    expect([...config.auth]).toEqual([]);
    expect(config.errors).toEqual([]);
  });

  it('layers user config < project .npmrc < npm_config_* env < the registry option', () => {
    const home = emptyHome();
    writeFileSync(
      join(home, '.npmrc'),
      'registry=https://user.example/\n@u:registry=https://u.example/\n@p:registry=https://user-p.example/\n' +
        '//u.example/:_authToken=user-token\n',
    );
    const root = makeTree({
      '.npmrc':
        'registry=https://project.example/\n@p:registry=https://p.example/\n//p.example/:_authToken=${P_TOKEN}\n',
    });
    const env = { HOME: home, P_TOKEN: 'project-token' };
    let config = loadNpmConfig({ root, env });
    expect(config.registry).toBe('https://project.example/');
    expect(Object.fromEntries(config.scopes)).toEqual({
      '@u': 'https://u.example/',
      '@p': 'https://p.example/',
    });
    expect(Object.fromEntries(config.auth)).toEqual({
      '//u.example/:_authToken': 'user-token',
      '//p.example/:_authToken': 'project-token',
    });
    expect(config.secrets).toEqual(['user-token', 'project-token']);

    config = loadNpmConfig({ root, env: { ...env, npm_config_registry: 'https://env.example' } });
    expect(config.registry).toBe('https://env.example/');
    config = loadNpmConfig({
      root,
      env: {
        ...env,
        NPM_CONFIG_REGISTRY: 'https://env.example',
        'npm_config_@p:registry': 'https://env-p.example',
      },
      registry: 'https://cli.example',
    });
    expect(config.registry).toBe('https://cli.example/');
    expect(config.scopes.get('@p')).toBe('https://env-p.example/');
  });

  it('reads the user config NPM_CONFIG_USERCONFIG names, as setup-node writes it', () => {
    const dir = emptyHome();
    const userconfig = join(dir, 'runner-temp.npmrc');
    writeFileSync(
      userconfig,
      '//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n@acme:registry=https://npm.pkg.github.com/\n',
    );
    const config = loadNpmConfig({
      root: makeTree({}),
      env: { NPM_CONFIG_USERCONFIG: userconfig, HOME: '/nonexistent', NODE_AUTH_TOKEN: 'ghp_node_auth' },
    });
    expect(registryFor(config, '@acme/tool')).toBe('https://npm.pkg.github.com/');
    expect(registryFor(config, '@other/tool')).toBe(PUBLIC_REGISTRY);
    expect(registryFor(config, 'plain')).toBe(PUBLIC_REGISTRY);
    expect(config.auth.get('//npm.pkg.github.com/:_authToken')).toBe('ghp_node_auth');
  });

  it('expands ${VAR}, ${VAR?} and keeps \\${VAR} literal; drops a setting whose variable is unset', () => {
    const root = makeTree({
      '.npmrc': [
        '//a.example/:_authToken=${A}',
        '//b.example/:_authToken=${UNSET}',
        '//c.example/:_authToken=x${UNSET?}y',
        '//d.example/:_authToken=\\${A}',
        '',
      ].join('\n'),
    });
    const config = loadNpmConfig({ root, env: { A: 'aaaa' } });
    expect(Object.fromEntries(config.auth)).toEqual({
      '//a.example/:_authToken': 'aaaa',
      '//c.example/:_authToken': 'xy',
      '//d.example/:_authToken': '${A}',
    });
  });

  it("refuses INPUT_* and ACTIONS_* in the repository's .npmrc but not in the user's", () => {
    const home = emptyHome();
    writeFileSync(join(home, '.npmrc'), '//trusted.example/:_authToken=${ACTIONS_RUNTIME_TOKEN}\n');
    const root = makeTree({
      '.npmrc':
        'registry=https://evil.example/\n//evil.example/:_authToken=${INPUT_TOKEN}\n//evil.example/:_auth=${actions_id_token_request_token}\n',
    });
    const config = loadNpmConfig({
      root,
      env: {
        HOME: home,
        INPUT_TOKEN: 'ghs_x',
        ACTIONS_RUNTIME_TOKEN: 'rt',
        actions_id_token_request_token: 'id',
      },
    });
    expect(Object.fromEntries(config.auth)).toEqual({ '//trusted.example/:_authToken': 'rt' });
    expect(config.errors).toEqual([
      {
        file: '.npmrc',
        line: 2,
        message:
          "//evil.example/:_authToken expands ${INPUT_TOKEN}: a repository's .npmrc may not use the action's or runner's secrets; the setting is ignored",
      },
      {
        file: '.npmrc',
        line: 3,
        message:
          "//evil.example/:_auth expands ${actions_id_token_request_token}: a repository's .npmrc may not use the action's or runner's secrets; the setting is ignored",
      },
    ]);
  });

  it('reports a project registry that is not an http(s) URL and keeps the default', () => {
    const root = makeTree({ '.npmrc': 'registry=file:///tmp/x\n@a:registry=javascript:alert(1)\n' });
    const config = loadNpmConfig({ root, env: {} });
    expect(config.registry).toBe(PUBLIC_REGISTRY);
    expect(config.errors).toEqual([
      { file: '.npmrc', line: 1, message: 'registry is not an http(s) URL; the setting is ignored' },
      { file: '.npmrc', line: 2, message: '@a:registry is not an http(s) URL; the setting is ignored' },
    ]);
  });

  it('ignores settings that would read files or are not about registries', () => {
    const root = makeTree({
      '.npmrc':
        '//r.example/:certfile=/etc/shadow\n//r.example/:keyfile=/etc/shadow\ncafile=/etc/shadow\nscript-shell=/bin/evil\n',
    });
    const config = loadNpmConfig({ root, env: {} });
    expect([...config.auth]).toEqual([]);
    expect(config.errors).toEqual([]);
  });

  it('ignores an oversized .npmrc and can take the project config as text instead of reading it', () => {
    const root = makeTree({ '.npmrc': 'registry=https://big.example/\n' + '#'.repeat(300 * 1024) });
    expect(loadNpmConfig({ root, env: {} }).registry).toBe(PUBLIC_REGISTRY);
    const other = makeTree({ '.npmrc': 'registry=https://head.example/\n' });
    expect(
      loadNpmConfig({ root: other, env: {}, projectNpmrc: 'registry=https://base.example/\n' }).registry,
    ).toBe('https://base.example/');
    expect(loadNpmConfig({ root: other, env: {}, projectNpmrc: null }).registry).toBe(PUBLIC_REGISTRY);
  });

  it('treats _auth and _password values and URL passwords as secrets', () => {
    const basic = Buffer.from('user:pa55word').toString('base64');
    const root = makeTree({
      '.npmrc': `registry=https://u:urlpass@r.example/\n//r.example/:_auth=${basic}\n//s.example/:_password=${Buffer.from('pw-secret').toString('base64')}\n`,
    });
    const { secrets } = loadNpmConfig({ root, env: {} });
    expect(secrets).toEqual(expect.arrayContaining([basic, 'user:pa55word', 'pw-secret', 'urlpass']));
    expect(scrub('x urlpass y user:pa55word', secrets)).toBe('x *** y ***');
  });

  it('rejects a registry option that is not an http(s) URL', () => {
    expect(() => loadNpmConfig({ root: makeTree({}), env: {}, registry: 'ftp://x' })).toThrow(
      'registry "ftp://x" is not an http(s) URL',
    );
  });

  it('never throws on arbitrary or binary .npmrc content and reports lines that exist', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'registry=',
        '@a:registry=',
        '//h/:_authToken=',
        '//h/:_auth=',
        '${',
        '\\${X}',
        '=',
        '"',
        "'",
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, line), { maxLength: 20 }),
        fc.uint8Array({ maxLength: 64 }),
        (pairs, bytes) => {
          const text = pairs.map(([a, b]) => a + b).join('\n') + Buffer.from(bytes).toString('latin1');
          const config = loadNpmConfig({ root: '/nonexistent', env: { X: 'x' }, projectNpmrc: text });
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const e of config.errors) expect(e.line).toBeGreaterThanOrEqual(1);
          for (const e of config.errors) expect(e.line).toBeLessThanOrEqual(lines);
          expect(config.registry.endsWith('/')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
