// What every CLI command shares: argument parsing, the usage error (exit 2), where DIR is, where
// a report goes.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** A command line that cannot be run: exit 2 with the usage text. */
export class UsageError extends Error {}

export function parse(
  args: string[],
  options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>,
) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

export function rootDir(positionals: string[]): string {
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const dir = resolve(positionals[0] ?? '.');
  if (!existsSync(dir)) throw new UsageError(`directory "${positionals[0]}" does not exist`);
  return dir;
}

/** Writes a report to `output` (creating missing folders) or to stdout. */
export async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) {
    await mkdir(dirname(resolve(output)), { recursive: true });
    await writeFile(output, text);
  } else process.stdout.write(text);
}
