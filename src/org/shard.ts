// Splitting an organisation's repositories over several jobs: a repository's shard is a hash of
// its full name, so it stays in the same shard as other repositories are added or removed.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardError extends Error {}

/** Parses `i/n` (1 ≤ i ≤ n ≤ 256). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) throw new ShardError(`shard "${text}" must be written i/n, e.g. 2/8`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 256) throw new ShardError(`shard "${text}": n must be between 1 and 256`);
  if (index < 1 || index > count) throw new ShardError(`shard "${text}": i must be between 1 and ${count}`);
  return { index, count };
}

/** The 1-based shard of a repository among `count`: SHA-256 of the lowercased full name, mod count. */
export function shardOf(fullName: string, count: number): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}

export function inShard(fullName: string, shard: Shard | null): boolean {
  return shard === null || shard.count === 1 || shardOf(fullName, shard.count) === shard.index;
}
