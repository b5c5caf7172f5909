// The CLI's `scan --offline --format json`, run in-process, its findings that fail or warn and its
// errors as one line each (the archive and package-folder tests compare them).
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  /** Findings that fail or warn: `action status? file:line name@version [via file:line…]`. */
  found: string[];
  errors: string[];
}

/** `main([...args, '--offline', '--format', 'json'])` with its report read back. */
export async function run(args: string[]): Promise<Run> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main([...args, '--offline', '--format', 'json']);
    const r = JSON.parse(stdout) as {
      findings: {
        action: string;
        status?: string;
        component: { name: string; version: string | null };
        location: { file: string; line: number };
        via?: { file: string; line: number }[];
      }[];
      errors: { file: string; line?: number; message: string }[];
    };
    return {
      code,
      found: r.findings
        .filter((f) => f.action !== 'pass')
        .map(
          (f) =>
            `${f.action}${f.status ? ` ${f.status}` : ''} ${f.location.file}:${f.location.line} ${f.component.name}@${f.component.version}` +
            (f.via ? ` via ${f.via.map((v) => `${v.file}:${v.line}`).join(',')}` : ''),
        ),
      errors: r.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`),
    };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
