// A package folder's identity (detectors/package-folder.ts) and the specs that name a folder
// (parsers/local-folder.ts), as npm reads them: npm-package-arg decides what is a folder.
import { describe, expect, it } from 'vitest';
import { packageFolderDetector, scanPackageFolder } from '../../src/detectors/package-folder.js';
import { afterCd, localFolderInstall, localFolderSpec } from '../../src/detectors/parsers/local-folder.js';
import { defaultLimits } from '../../src/model/limits.js';

const scan = (path: string, text: string) => scanPackageFolder({ path, text, limits: defaultLimits });

describe('localFolderSpec', () => {
  const folders: [string, { path: string; name?: string }][] = [
    ['./vendor/cc', { path: 'vendor/cc' }],
    ['vendor/cc/', { path: 'vendor/cc' }],
    ['file:vendor/cc', { path: 'vendor/cc' }],
    ['file:./vendor/cc/', { path: 'vendor/cc' }],
    ['../vendor/cc', { path: '../vendor/cc' }],
    ['../../../x', { path: '../../../x' }],
    ['.', { path: '' }],
    ['./', { path: '' }],
    ['a/b/c', { path: 'a/b/c' }],
    ['/opt/cc', { path: '/opt/cc' }],
    ['file:///opt/cc', { path: '/opt/cc' }],
    ['~/cc', { path: '~/cc' }],
    ['cc@file:vendor/cc', { path: 'vendor/cc', name: 'cc' }],
    ['cc@./vendor/cc', { path: 'vendor/cc', name: 'cc' }],
  ];
  for (const [text, want] of folders)
    it(`${text} is a folder`, () => expect(localFolderSpec(text)).toEqual(want));

  // Twins: what npm reads as something else.
  const others = [
    'vendor/cc', // GitHub shorthand
    '@anthropic-ai/claude-code',
    '@anthropic-ai/claude-code@2.1.150',
    'claude-code',
    './vendor/cc.tgz',
    'file:vendor/cc.tar.gz',
    'https://example.com/cc.tgz',
    'github:anthropics/claude-code',
    'git+https://github.com/a/b.git',
    'link:vendor/cc',
    'portal:vendor/cc',
    'workspace:*',
    'npm:@anthropic-ai/claude-code@2.1.150',
    '',
    'vendor\\cc',
  ];
  for (const text of others)
    it(`${JSON.stringify(text)} is not a folder`, () => expect(localFolderSpec(text)).toBeNull());

  it('an install is named by its path until the folder names it; a name@ spec by that name', () => {
    expect(localFolderInstall('./vendor/cc')).toEqual({
      ecosystem: 'npm',
      name: 'file:vendor/cc',
      version: null,
      spec: 'file:vendor/cc',
      sourceKind: 'file',
      resolved: 'file:vendor/cc',
    });
    expect(localFolderInstall('cc@file:vendor/cc')?.name).toBe('cc');
    expect(localFolderInstall('left-pad')).toBeNull();
  });
});

describe('afterCd', () => {
  it('moves a relative folder or archive path under the cd, and leaves the rest', () => {
    expect(afterCd(localFolderInstall('./cc')!, 'vendor')).toMatchObject({
      name: 'file:vendor/cc',
      spec: 'file:vendor/cc',
      resolved: 'file:vendor/cc',
    });
    // An npm archive install: named by its path, spec `file:`.
    const tgz = { name: 'tool.tgz', spec: 'file:tool.tgz', resolved: 'tool.tgz' };
    expect(afterCd(tgz, 'vendor')).toEqual({
      name: 'vendor/tool.tgz',
      spec: 'file:vendor/tool.tgz',
      resolved: 'vendor/tool.tgz',
    });
    // A wheel keeps its project name.
    const whl = { name: 'aider-chat', resolved: 'aider_chat-0.50.0-py3-none-any.whl' };
    expect(afterCd(whl, 'dist').resolved).toBe('dist/aider_chat-0.50.0-py3-none-any.whl');
    for (const resolved of ['file:/opt/cc', '/opt/x.tgz', 'file:~/cc', 'https://e.x/a.tgz']) {
      const c = { name: resolved, resolved };
      expect(afterCd(c, 'vendor')).toBe(c);
    }
  });
});

describe('package folder detector', () => {
  it('reads name and version as npm does, at the version line', () => {
    const r = scan(
      'vendor/cc/package.json',
      '{\n  "name": "@anthropic-ai/claude-code",\n  "version": "2.1.150"\n}\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.components).toMatchObject([
      {
        ecosystem: 'npm',
        name: '@anthropic-ai/claude-code',
        version: '2.1.150',
        location: { file: 'vendor/cc/package.json', line: 3 },
        source: 'package folder',
        sourceKind: 'file',
        resolved: 'file:vendor/cc',
      },
    ]);
  });

  it('no version: an unknown version of what it names', () => {
    const [c] = scan('package.json', '{ "name": "x" }').components;
    expect(c).toMatchObject({
      name: 'x',
      version: null,
      spec: 'unknown (no version in package.json)',
      resolved: 'file:',
    });
  });

  it('no name, an empty name, a name that is not a string, or not JSON: nothing, and no error of its own', () => {
    for (const text of [
      '{ "version": "2.1.150" }',
      '{ "name": "" }',
      '{ "name": 1 }',
      '{ "name": ',
      '[]',
      '',
    ])
      expect(scan('vendor/cc/package.json', text)).toEqual({ components: [], errors: [] });
  });

  it('reads every package.json but those under node_modules/ (the vendored detector reads those)', () => {
    expect(packageFolderDetector.matches('package.json')).toBe(true);
    expect(packageFolderDetector.matches('vendor/cc/package.json')).toBe(true);
    expect(packageFolderDetector.matches('node_modules/@anthropic-ai/claude-code/package.json')).toBe(false);
    expect(packageFolderDetector.matches('vendor/cc/package.json.bak')).toBe(false);
  });
});
