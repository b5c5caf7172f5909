// A committed .vsix is judged by the identity in its manifest, whatever the file is called; a file
// named .vsix that is not an extension package is a located error; a clean version passes.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { scanVsix } from '../../src/detectors/vsix.js';
import { makeTree } from '../helpers/tmp.js';

const fixture = new Uint8Array(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'vsix', 'renamed-tool.vsix')),
);

/** A zip of stored entries, as a test builds one. */
function storedZip(files: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(data.length, 22);
    h.writeUInt16LE(n.length, 26);
    local.push(h, n, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, end]));
}

const manifest = (version: string) =>
  `<PackageManifest><Metadata><Identity Language="en-US" Id="claude-code" Version="${version}" Publisher="Anthropic" /></Metadata></PackageManifest>`;

async function fails(files: Record<string, Uint8Array | string>): Promise<{ code: number; found: string[] }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['scan', makeTree(files), '--offline', '--format', 'json']);
    const r = JSON.parse(stdout) as {
      findings: { action: string; component: { name: string; version: string } }[];
    };
    return {
      code,
      found: r.findings
        .filter((f) => f.action === 'fail')
        .map((f) => `${f.component.name}@${f.component.version}`),
    };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('.vsix packages', () => {
  it('the identity comes from the manifest (deflated, as vsce writes it), not the file name', () => {
    const r = scanVsix({ path: 'tools/renamed-tool.vsix', bytes: fixture });
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => `${c.ecosystem} ${c.name} ${c.version}`)).toEqual([
      'vscode-extension anthropic.claude-code 2.1.150',
    ]);
  });

  it('a committed banned extension fails the scan; a clean one passes', async () => {
    expect(await fails({ 'vendor/ext.vsix': fixture })).toEqual({
      code: 1,
      found: ['anthropic.claude-code@2.1.150'],
    });
    const clean = storedZip({ 'extension.vsixmanifest': manifest('2.1.90') });
    expect(await fails({ 'vendor/ext.vsix': clean })).toEqual({ code: 0, found: [] });
  });

  it('a .vsix that is not an extension package is a located error', () => {
    for (const bytes of [
      new Uint8Array(Buffer.from('not a zip')),
      storedZip({ 'readme.txt': 'hi' }),
      storedZip({ 'extension.vsixmanifest': '<PackageManifest/>' }),
      fixture.subarray(0, fixture.length - 30),
    ]) {
      const r = scanVsix({ path: 'x.vsix', bytes });
      expect(r.components).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ file: 'x.vsix', line: 1 });
    }
  });
});
