// Runs the action bundle the way the runner does: `node dist/index.js` with INPUT_* variables for
// every input (action.yml defaults filled in), the event payload in a file, and the runner's
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/bundles.js';

export const TOKEN = 'ghs_testtoken000000000000000000000000';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER` heredocs (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated output ${name}`);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow commands (`::error file=…,line=…::message`) printed on stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      props[part.slice(0, eq)] = unescapeProp(part.slice(eq + 1));
    }
    out.push({
      level: m[1] as Annotation['level'],
      ...(props.file ? { file: props.file } : {}),
      ...(props.line ? { line: Number(props.line) } : {}),
      ...(props.title ? { title: props.title } : {}),
      message: unescapeData(m[3]!),
    });
  }
  return out;
}

export interface RunOptions {
  bundle: string;
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  apiUrl: string;
  repository?: string;
  sha?: string;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'aitg-runner-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const yml = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as ActionYml;
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(yml.inputs)) {
    // The runner evaluates expressions in defaults; `${{ github.token }}` is the job's token.
    const value = (def.default ?? '').replace('${{ github.token }}', TOKEN);
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(o.inputs ?? {}))
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: o.repository ?? 'acme/app',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: o.sha ?? '',
    GITHUB_WORKFLOW: 'AI tooling gate',
    GITHUB_JOB: 'gate',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    ...inputs,
    ...(o.env ?? {}),
  };
  const child = spawn(process.execPath, [o.bundle], {
    cwd: o.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}
