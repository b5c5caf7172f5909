// The cheap screen in front of bannedArtifactOf (mayNameBannedArtifact) must never say "no" to a
// recorded hash that the full decoder identifies: every spelling hashesOf reads of every banned
// hash (SRI in both base64 alphabets, with options, among other tokens and any whitespace \s
// matches; hex pins in either case; a lone sha1; a resolved URL's #sha1) passes it, and on any
// other text the two agree that "no" means nothing is found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import artifactsData from '../../src/catalog/data/banned-artifacts.json' with { type: 'json' };
import { bannedArtifactOf, hashesOf, mayNameBannedArtifact } from '../../src/catalog/artifacts.js';

const rows = artifactsData.npm;
// The full decoder without the screen: every hash key hashesOf reads, looked up in the table.
const banned = new Set(rows.flatMap((r) => [...hashesOf(r.integrity), ...hashesOf(r.shasum)]));
function decodesToBanned(integrity: string | undefined, resolved?: string): boolean {
  const fragment = resolved ? /#([0-9a-f]{40})$/i.exec(resolved) : null;
  return hashesOf(`${integrity ?? ''} ${fragment?.[1] ?? ''}`).some((h) => banned.has(h));
}

const row = fc.constantFrom(...rows);
const spaces = fc.constantFrom(' ', '\t', '\n', '  ', '\u00a0', '\u2028', '\ufeff', '\r\n');
const other = fc.constantFrom(
  'sha1-deadbeef',
  'sha512-' + 'A'.repeat(86) + '==',
  'sha256:' + 'a'.repeat(64),
  '--junk',
  '',
);

/** One spelling hashesOf decodes to a hash of this row. */
function spelling(r: (typeof rows)[number], how: number, opts: string): string {
  const b64 = r.integrity.slice('sha512-'.length);
  const hex512 = Buffer.from(b64, 'base64').toString('hex');
  const sha1b64 = Buffer.from(r.shasum, 'hex').toString('base64');
  switch (how) {
    case 0:
      return r.integrity + opts;
    case 1:
      return 'SHA512-' + b64.replace(/\+/g, '-').replace(/\//g, '_') + opts;
    case 2:
      return 'sha1-' + sha1b64.replace(/\//g, '_') + opts;
    case 3:
      return `sha512:${hex512.toUpperCase()}`;
    case 4:
      return `Sha1=${r.shasum}`;
    default:
      return r.shasum.toUpperCase();
  }
}

describe('mayNameBannedArtifact', () => {
  it('passes every spelling of every banned hash that bannedArtifactOf identifies', () => {
    fc.assert(
      fc.property(
        row,
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('', '?foo', '?a=b'),
        fc.array(fc.tuple(other, spaces), { maxLength: 3 }),
        spaces,
        (r, how, opts, before, after) => {
          const integrity = before.map(([t, s]) => t + s).join('') + spelling(r, how, opts) + after;
          expect(decodesToBanned(integrity)).toBe(true);
          expect(bannedArtifactOf(integrity)?.artifact.version).toBe(r.version);
          expect(mayNameBannedArtifact(integrity)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('passes a resolved URL whose #sha1 is a banned tarball', () => {
    for (const r of rows.slice(0, 50)) {
      const resolved = `https://mirror.example/x/-/x-1.0.0.tgz#${r.shasum.toUpperCase()}`;
      expect(mayNameBannedArtifact(undefined, resolved)).toBe(true);
      expect(bannedArtifactOf(undefined, resolved)?.artifact.version).toBe(r.version);
    }
  });

  it('says no only where the full decoder finds nothing, on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(...rows.slice(0, 20).map((r) => r.integrity.slice(0, 20))),
      fc.constantFrom('sha512-', 'sha1-', 'sha256:', '#', ' ', '\u00a0', '?'),
      fc.constantFrom(...rows.slice(0, 20).map((r) => r.shasum)),
      fc.constantFrom(...rows.slice(0, 20).map((r) => r.integrity)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.option(fc.array(piece, { maxLength: 4 })), (a, b) => {
        const integrity = a.join('');
        const resolved = b === null ? undefined : b.join('');
        if (decodesToBanned(integrity, resolved))
          expect(mayNameBannedArtifact(integrity, resolved)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
