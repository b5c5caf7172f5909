// Real package archives, made by the real tools from tiny local folders (no registry, no
// network): `npm pack` of a folder holding only a package.json named like a catalog package, and a
// wheel or sdist written by Python's zipfile/tarfile in the layout pip installs from (PEP 427's
// `<name>-<version>.dist-info/METADATA`, an sdist's `<name>-<version>/PKG-INFO`). No banned
// tarball is ever downloaded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packed = new Map<string, Uint8Array>();

/** The bytes `npm pack` writes for a package.json (cached per manifest). */
export function npmPack(manifest: Record<string, unknown>): Uint8Array {
  const key = JSON.stringify(manifest);
  const cached = packed.get(key);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'aitg-pack-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'cli.js'), '#!/usr/bin/env node\n');
  execFileSync('npm', ['pack', '--ignore-scripts', '--offline', '--silent', '--pack-destination', dir], {
    cwd: dir,
    // A registry nobody answers: npm pack of a folder needs none, and must not find one.
    env: {
      ...process.env,
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: join(dir, '.cache'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const file = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  packed.set(key, bytes);
  return bytes;
}

function python(script: string, ...args: string[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'aitg-py-'));
  const out = join(dir, 'out');
  execFileSync('python3', ['-c', script, out, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Uint8Array(readFileSync(out));
}

const metadata = (name: string, version: string) =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: test\n\nA description.\nName: not-this\n`;

/** A wheel as pip installs it: a zip with `<dist>-<version>.dist-info/METADATA`, deflated. */
export function wheel(name: string, version: string): Uint8Array {
  const dist = name.replace(/-/g, '_');
  return python(
    `import sys, zipfile
out, dist, version, meta = sys.argv[1:5]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(dist + '/__init__.py', '')
    z.writestr(f'{dist}-{version}.dist-info/METADATA', meta)
    z.writestr(f'{dist}-{version}.dist-info/WHEEL', 'Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n')
    z.writestr(f'{dist}-{version}.dist-info/RECORD', '')`,
    dist,
    version,
    metadata(name, version),
  );
}

/** An sdist as `python -m build --sdist` lays it out: `<dist>-<version>/PKG-INFO` in a gzip'd tar. */
export function sdist(name: string, version: string): Uint8Array {
  const dist = name.replace(/-/g, '_');
  return python(
    `import sys, tarfile, io
out, top, meta = sys.argv[1:4]
with tarfile.open(out, 'w:gz', format=tarfile.PAX_FORMAT) as t:
    for path, text in [(top + '/pyproject.toml', '[project]\\n'), (top + '/PKG-INFO', meta)]:
        data = text.encode()
        info = tarfile.TarInfo(path)
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))`,
    `${dist}-${version}`,
    metadata(name, version),
  );
}

/** A gzip'd tar of the given files, written by Python's tarfile (any layout, for edge cases). */
export function tarGz(files: Record<string, string>): Uint8Array {
  return python(
    `import sys, tarfile, io, json
out, files = sys.argv[1], json.loads(sys.argv[2])
with tarfile.open(out, 'w:gz', format=tarfile.PAX_FORMAT) as t:
    for path, text in files.items():
        data = text.encode()
        info = tarfile.TarInfo(path)
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))`,
    JSON.stringify(files),
  );
}
