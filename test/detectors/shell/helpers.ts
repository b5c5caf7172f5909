import {
  CommandScanner,
  type CommandContext,
  type CommandFinding,
} from '../../../src/detectors/shell/scan.js';
import { LineIndex } from '../../../src/util/lines.js';
import { parseShell } from '../../../src/detectors/shell/shell.js';
import { spawnSync } from 'node:child_process';

/** Findings of a script as `line ecosystem [alias=]name version-or-(spec)`. */
export function scan(script: string, context: CommandContext = {}): string[] {
  return scanAll(script, context).findings;
}

export function scanAll(
  script: string,
  context: CommandContext = {},
): { findings: string[]; problems: string[] } {
  const s = new CommandScanner(context);
  const lines = new LineIndex(script);
  s.scan(script, (o) => lines.line(o));
  s.finish();
  return { findings: s.findings.map(fmt), problems: s.problems.map((p) => `${p.line} ${p.message}`) };
}

export function fmt(f: CommandFinding): string {
  return `${f.line} ${f.ecosystem} ${f.alias ? f.alias + '=' : ''}${f.name} ${f.version ?? `(${f.spec})`}`;
}

/** Negative twins of a command line: the same text written where it does not run. */
export function twins(line: string): string[] {
  const dq = line.replace(/"/g, '\\"');
  return [`# ${line}`, `echo "${dq}"`, `cat <<'EOF'\n${line}\nEOF`, `printf '%s\\n' "${dq}"`, `: ${line}`];
}

/** Whether bash is on this machine. */
export const bash = spawnSync('bash', ['--version']).status === 0;

export function bashAccepts(text: string): boolean {
  return spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' }).status === 0;
}

/** Problems of the tokenizer and of the whole interpreter (which reads nested scripts too). */
export function problems(text: string): string[] {
  const scanner = new CommandScanner();
  scanner.scan(text, () => 1);
  scanner.finish();
  return [...parseShell(text).problems.map((p) => p.message), ...scanner.problems.map((p) => p.message)];
}
