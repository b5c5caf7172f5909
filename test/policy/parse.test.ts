import { describe, expect, it } from 'vitest';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';
import { parsePolicyFile } from '../../src/policy/parse.js';
import { memoryFiles } from './helpers.js';

/** The located messages a policy text produces (one per problem). */
function errorsOf(text: string, file = 'policy.yml'): string[] {
  try {
    parsePolicyFile(file, text);
  } catch (e) {
    if (e instanceof PolicyError) return e.message.split('\n');
    throw e;
  }
  return [];
}

describe('policy validation messages: file:line:column: path: what is wrong', () => {
  it('names an invalid semver range at its value', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: no-codex',
      '    ecosystem: npm',
      '    package: "@openai/codex"',
      '    versions: ">=1.2.3 <"',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:6:15: rules[0].versions: ">=1.2.3 <" is not a valid semver range',
    ]);
  });

  it('names an invalid PEP 440 specifier for pypi and for PEP 440 tools', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: a',
      '    ecosystem: pypi',
      '    package: aider-chat',
      '    versions: "=> 0.50"',
      '  - id: b',
      '    tool: aider',
      '    versions: "^0.50"',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:6:15: rules[0].versions: "=> 0.50" is not a valid PEP 440 version specifier',
      'policy.yml:9:15: rules[1].versions: "^0.50" is not a valid PEP 440 version specifier',
    ]);
  });

  it('rejects unknown keys everywhere, suggesting the key meant', () => {
    const text = [
      'versoin: 1',
      'settings:',
      '  unknownVersions: fail',
      'rules:',
      '  - id: a',
      '    tool: codex',
      '    acton: warn',
      'exceptions:',
      '  - rule: a',
      '    reason: r',
      '    expires: 2026-12-31',
      '    path: ["x/**"]',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:1:1: version: is required',
      'policy.yml:1:1: versoin: unknown key (did you mean "version"?)',
      'policy.yml:3:3: settings.unknownVersions: unknown key (did you mean "unknownVersion"?)',
      'policy.yml:7:5: rules[0].acton: unknown key (did you mean "action"?)',
      'policy.yml:12:5: exceptions[0].path: unknown key (did you mean "paths"?)',
    ]);
  });

  it('explains wrong values and types', () => {
    const text = [
      'version: 2',
      'settings:',
      '  unknownVersion: block',
      'rules:',
      '  - id: "bad id"',
      '    tool: claude',
      '    action: block',
      '    locked: "yes"',
      '  - id: x',
      '    ecosystem: cargo',
      '    package: foo',
      '    versions: 2.1',
      '  - id: y',
      '    ecosystem: npm',
      '    package: ""',
      'exceptions: {}',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:1:10: version: must be 1, not 2',
      'policy.yml:3:19: settings.unknownVersion: must be one of fail, warn, ignore, not "block"',
      'policy.yml:5:9: rules[0].id: "bad id" is not a valid rule id (letters, digits and . _ : / -, starting with a letter or digit)',
      'policy.yml:6:11: rules[0].tool: unknown tool "claude" (did you mean one of "claude-code", "claude-agent-sdk"?); `ai-tooling-gate catalog` lists the tools',
      'policy.yml:7:13: rules[0].action: must be one of fail, warn, not "block"',
      'policy.yml:8:13: rules[0].locked: must be true or false, not "yes"',
      'policy.yml:10:16: rules[1].ecosystem: must be one of npm, pypi, jsr, vscode-extension, devcontainer-feature, github-action, homebrew, installer, oci-image, nix, not "cargo"',
      'policy.yml:12:15: rules[1].versions: must be a string (quote it: "2.1")',
      'policy.yml:15:14: rules[2].package: must not be empty',
      'policy.yml:16:13: exceptions: must be a list, not a mapping',
    ]);
  });

  it('explains wrong shapes of the top-level sections', () => {
    const text = [
      'version: "1"',
      'extends: ./org.yml',
      'settings: [fail]',
      'rules:',
      '  - just-a-string',
      'exceptions:',
      '  - rule: a',
      '    reason: r',
      '    expires: 2026-12-31',
      '    paths: sandbox/**',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:1:10: version: must be 1, not "1"',
      'policy.yml:2:10: extends: must be a list, not "./org.yml"',
      'policy.yml:3:11: settings: must be a mapping, not a list',
      'policy.yml:5:5: rules[0]: must be a mapping, not "just-a-string"',
      'policy.yml:10:12: exceptions[0].paths: must be a list, not "sandbox/**"',
    ]);
  });

  it('requires tool, or ecosystem and package, never both', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: a',
      '    tool: codex',
      '    ecosystem: npm',
      '  - id: b',
      '    action: warn',
      '  - id: c',
      '    ecosystem: npm',
      '  - id: d',
      '    package: left-pad',
      '  - tool: codex',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:5:5: rules[0]: a rule names either a tool or an ecosystem and a package, not both',
      'policy.yml:6:5: rules[1]: a rule needs a tool, or an ecosystem and a package',
      'policy.yml:9:5: rules[2].package: is required with ecosystem (use "*" for every package)',
      'policy.yml:11:5: rules[3].ecosystem: is required with package (one of npm, pypi, jsr, vscode-extension, devcontainer-feature, github-action, homebrew, installer, oci-image, nix)',
      'policy.yml:12:5: rules[4].id: is required',
    ]);
  });

  it('rejects duplicate rule ids within a file, naming the first', () => {
    const text = ['version: 1', 'rules:', '  - id: a', '    tool: codex', '  - id: a', '    tool: amp'].join(
      '\n',
    );
    expect(errorsOf(text)).toEqual([
      'policy.yml:5:9: rules[1].id: duplicate rule id "a" (first at policy.yml:3:9)',
    ]);
  });

  it('checks exceptions: required reason and expiry, real dates, relative paths', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: a',
      '    tool: codex',
      'exceptions:',
      '  - rule: a',
      '  - rule: a',
      '    reason: r',
      '    expires: 2026-02-30',
      '    paths: ["/etc/**", "../x/**", "a\\\\b"]',
      '  - rule: a',
      '    reason: r',
      '    expires: 31.12.2026',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policy.yml:6:5: exceptions[0].reason: is required',
      'policy.yml:6:5: exceptions[0].expires: is required',
      'policy.yml:9:14: exceptions[1].expires: "2026-02-30" is not a real day',
      'policy.yml:10:13: exceptions[1].paths[0]: "/etc/**" must be relative to the repository root',
      'policy.yml:10:24: exceptions[1].paths[1]: "../x/**" must not leave the repository (..)',
      'policy.yml:10:35: exceptions[1].paths[2]: "a\\\\b" must use / separators',
      'policy.yml:13:14: exceptions[2].expires: "31.12.2026" is not a date (YYYY-MM-DD)',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    expect(errorsOf('version: 1\nrules: [\n')[0]).toBe(
      'policy.yml:1:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expect(errorsOf('version: 1\nversion: 1\n')).toEqual([
      'policy.yml:2:1: duplicate key "version" (first at line 1)',
    ]);
  });

  it('rejects documents that are not mappings', () => {
    expect(errorsOf('')).toEqual(['policy.yml:1:1: a policy must be a mapping with "version: 1", not empty']);
    expect(errorsOf('- a\n- b\n')).toEqual([
      'policy.yml:1:1: a policy must be a mapping with "version: 1", not a list',
    ]);
  });

  it('reads JSON policies with positions', () => {
    const text =
      '{\n  "version": 1,\n  "rules": [\n    { "id": "a", "tool": "codex", "versions": "<<1" }\n  ]\n}\n';
    expect(errorsOf(text, 'policy.json')).toEqual([
      'policy.json:4:47: rules[0].versions: "<<1" is not a valid semver range',
    ]);
  });

  it('accepts a complete valid policy with $schema', () => {
    const text = [
      '# yaml-language-server: $schema=../schema/ai-tooling-policy.schema.json',
      'version: 1',
      'settings: { unknownVersion: fail }',
      'rules:',
      '  - id: claude-code-fingerprinting',
      '    tool: claude-code',
      '    versions: ">=2.1.91 <2.1.198"',
      '    reason: r',
      '    link: https://example.com',
      '    locked: true',
      '  - id: no-codex',
      '    ecosystem: npm',
      '    package: "@openai/codex"',
      '    versions: "<0.120.0"',
      '    action: warn',
      'exceptions:',
      '  - rule: claude-code-fingerprinting',
      '    package: "@anthropic-ai/claude-code"',
      '    versions: "2.1.150"',
      '    paths: ["sandbox/**"]',
      '    reason: Isolated red-team sandbox, ticket SEC-142',
      '    expires: 2026-12-31',
    ].join('\n');
    const parsed = parsePolicyFile('policy.yml', text);
    expect(parsed.unknownVersion).toBe('fail');
    expect(parsed.rules.map((r) => [r.id, r.action, r.origin])).toEqual([
      ['claude-code-fingerprinting', 'fail', { file: 'policy.yml', line: 5, column: 9 }],
      ['no-codex', 'warn', { file: 'policy.yml', line: 11, column: 9 }],
    ]);
    expect(parsed.exceptions[0]).toMatchObject({ expires: '2026-12-31', paths: ['sandbox/**'] });
  });

  it('fails on a policy file that does not exist or cannot be read', async () => {
    await expect(loadPolicy('missing.yml', { readFile: memoryFiles({}) })).rejects.toThrow(
      'missing.yml: does not exist',
    );
    await expect(
      loadPolicy('p.yml', {
        readFile: async () => {
          throw new Error('EACCES: permission denied');
        },
      }),
    ).rejects.toThrow('p.yml: cannot be read: EACCES: permission denied');
    await expect(loadPolicy('builtin:nope')).rejects.toThrow(
      'builtin:nope: unknown built-in policy (known: builtin:default, builtin:advisories, builtin:ai-coding-tools)',
    );
  });

  it('bounds hostile input: alias bombs and huge files', () => {
    const bomb = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++)
      bomb.push(`b${i}: &b${i} [*${i === 0 ? 'a' : 'b' + (i - 1)}, *${i === 0 ? 'a' : 'b' + (i - 1)}]`);
    expect(errorsOf(bomb.join('\n'))[0]).toMatch(/^policy\.yml:1:1: not a usable policy: /);
    expect(errorsOf('#'.repeat(1024 * 1024 + 1))).toEqual([
      'policy.yml:1:1: is larger than 1048576 bytes: not a policy file',
    ]);
  });
});
