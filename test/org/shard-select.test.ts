import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgRepository } from '../../src/org/list.js';
import { parseRepositoryPatterns, selectRepositories, SelectionError } from '../../src/org/select.js';
import { inShard, parseShard, ShardError, shardOf } from '../../src/org/shard.js';

const repo = (name: string, extra: Partial<OrgRepository> = {}): OrgRepository => ({
  owner: 'acme',
  name,
  fullName: `acme/${name}`,
  defaultBranch: 'main',
  archived: false,
  fork: false,
  private: false,
  size: 1,
  htmlUrl: `https://github.com/acme/${name}`,
  ...extra,
});

describe('shards', () => {
  it('parses i/n', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(() => parseShard('0/3')).toThrow(new ShardError('shard "0/3": i must be between 1 and 3'));
    expect(() => parseShard('2')).toThrow(new ShardError('shard "2" must be written i/n, e.g. 2/8'));
    expect(() => parseShard('1/300')).toThrow(new ShardError('shard "1/300": n must be between 1 and 256'));
  });

  it('puts every repository in exactly one shard, by its name alone (case-insensitive)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9._-]{1,20}$/), { maxLength: 50 }),
        fc.integer({ min: 1, max: 16 }),
        (names, n) => {
          for (const name of names) {
            const hits = Array.from({ length: n }, (_, i) =>
              inShard(`acme/${name}`, { index: i + 1, count: n }),
            ).filter(Boolean);
            expect(hits).toHaveLength(1);
            expect(shardOf(`ACME/${name.toUpperCase()}`, n)).toBe(shardOf(`acme/${name}`, n));
          }
        },
      ),
    );
  });

  it('is stable: SHA-256 of the lowercased full name mod n (pinned assignments)', () => {
    const names = ['acme/api', 'acme/web', 'acme/infra', 'acme/.github'];
    expect(names.map((r) => shardOf(r, 8))).toEqual([8, 7, 5, 3]);
    expect(names.map((r) => shardOf(r, 3))).toEqual([2, 2, 1, 3]);
  });

  it('spreads repositories evenly', () => {
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 8000; i++) counts[shardOf(`acme/repo-${i}`, 8) - 1]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});

describe('repository selection', () => {
  it('parses globs separated by commas or newlines, with ! exclusions and comments', () => {
    expect(parseRepositoryPatterns('api-*, web\n# comment\n!api-legacy\n\n acme/infra ')).toEqual({
      include: ['api-*', 'web', 'acme/infra'],
      exclude: ['api-legacy'],
    });
    expect(() => parseRepositoryPatterns('!')).toThrow(new SelectionError('"!" is not a repository glob'));
    expect(() => parseRepositoryPatterns('a/b/c')).toThrow(SelectionError);
  });

  it('selects by name or owner/name, leaves out archived repositories and forks unless asked', () => {
    const repos = [
      repo('api-a'),
      repo('api-legacy'),
      repo('web', { archived: true }),
      repo('Api-Fork', { fork: true }),
      repo('infra'),
    ];
    const sel = (text: string, includeArchived = false, includeForks = false) =>
      selectRepositories(repos, { ...parseRepositoryPatterns(text), includeArchived, includeForks });
    expect(sel('').selected.map((r) => r.name)).toEqual(['api-a', 'api-legacy', 'infra']);
    expect(sel('').excluded).toEqual({ archived: 1, forks: 1, patterns: 0 });
    expect(sel('api-*,!api-legacy', false, true).selected.map((r) => r.name)).toEqual(['api-a', 'Api-Fork']);
    expect(sel('acme/web', true).selected.map((r) => r.name)).toEqual(['web']);
    expect(sel('other/web', true).selected).toEqual([]);
  });
});
