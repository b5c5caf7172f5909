import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { detectorsFor, inventory, type Inventory } from '../../src/inventory/engine.js';
import { defaultLimits, type Limits } from '../../src/model/limits.js';
import type { ScanError } from '../../src/model/component.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';
import { HOSTILE_FORMATS, type HostileFormat } from './formats.js';

import { CLI_BUNDLE } from '../helpers/bundles.js';

export { projectRoot } from '../helpers/bundles.js';
export const CLI = CLI_BUNDLE;

/** The formats some registered detector reads today. */
export const covered: HostileFormat[] = HOSTILE_FORMATS.filter((f) => detectorsFor(f.name).length > 0);
/**
 * The tests place each format in a folder (`garbage/.github/workflows/ci.yml`); a workflow there is
 * a nested template, judged only when something copies it into place. This script does, for every
 * folder, so that the hostile workflow is read as the workflow it would become.
 */
export const WORKFLOW_COPIER: Record<string, string> = {
  'copy-workflows.sh': '#!/bin/sh\ncp "$SRC"/.github/workflows/*.yml .github/workflows/\n',
};
export const uncovered: string[] = HOSTILE_FORMATS.filter((f) => detectorsFor(f.name).length === 0).map(
  (f) => f.name,
);

export interface Timed extends Inventory {
  ms: number;
  root: string;
}

/** Scans a fresh tree holding the given files, timing the inventory. */
export async function scanTree(
  files: Record<string, string | Uint8Array>,
  limits: Limits = defaultLimits,
): Promise<Timed> {
  const root = makeTree(files, 'aitg-hostile-');
  return scanDir(root, limits);
}

export async function scanDir(root: string, limits: Limits = defaultLimits): Promise<Timed> {
  const t0 = performance.now();
  const inv = await inventory(new DirectorySource(root), { limits });
  return { ...inv, ms: performance.now() - t0, root };
}

/** Every error names the file and carries a one-line reason, never a stack trace. */
export function expectLocated(errors: ScanError[], file: string): void {
  for (const e of errors) {
    expect(e.file).toBe(file);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n|\s+at \S+ \(/);
    if (e.line !== undefined) expect(e.line).toBeGreaterThanOrEqual(1);
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI bundle as a user would, with a time limit. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

/** A stack trace line as Node prints one. */
export const STACK_TRACE = /^\s+at .+(\(|:\d+:\d+)/m;

/** Deterministic pseudo-random bytes (xorshift32), so every run feeds the same garbage. */
export function garbage(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** `count` bytes of printable ASCII (letters, digits, punctuation, spaces), no line break. */
export function printableLine(count: number): Buffer {
  const alphabet = Buffer.from(
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:@/=<>"\'{}[],;#$()|&*!~^%+?\\`',
  );
  const noise = garbage(count, 42);
  const out = Buffer.allocUnsafe(count);
  for (let i = 0; i < count; i++) out[i] = alphabet[noise[i]! % alphabet.length]!;
  return out;
}

/** Inserts bytes at the start of a line (1-based) of a text. */
export function insertAtLine(text: string, line: number, bytes: Uint8Array): Uint8Array {
  const lines = text.split('\n');
  const before = Buffer.from(lines.slice(0, line - 1).join('\n') + (line > 1 ? '\n' : ''));
  const after = Buffer.from(lines.slice(line - 1).join('\n'));
  return Buffer.concat([before, Buffer.from(bytes), after]);
}
