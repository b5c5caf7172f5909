// Command sites: text that a task runner, a CI system or a container runtime hands to a shell.
// Every site of one file is read by one shared `CommandScanner` (variables set and files fetched
// by an earlier site reach the later ones, as in a CI job's `before_script` and `script`).
import { findingComponent, problemError } from '../shell/components.js';
import type { VarValue } from '../shell/expand.js';
import { CommandScanner } from '../shell/scan.js';
import type { Component, DetectorResult, ScanError } from '../../model/component.js';
import { shellQuote } from '../dockerfile.js';
import { isScalar, isSeq, type LineCounter } from 'yaml';
import { items, pairs, scalarLocator, str, type ParsedYaml } from './yaml-nodes.js';

export interface CommandSite {
  /** The command text as the shell receives it. */
  script: string;
  /** 1-based line of the file for an offset of `script`. */
  locate: (offset: number) => number;
  /** Variables the site's environment sets (a CI job's `variables`, a step's `env`). */
  env?: ReadonlyMap<string, VarValue>;
  /**
   * Text in another language rewritten for the shell (PowerShell, batch) or of a kind not known
   * to be commands (the YAML fallback): what the shell cannot parse there is skipped, not an error.
   */
  quiet?: boolean;
}

/** An argv (exec form: `["npx", "-y", "x"]`) as one shell command line. */
export function argvScript(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

/**
 * Reads every site with the shell interpreter: the installs found, at their lines, and the sites
 * that cannot be parsed, as located errors named `what` (`recipe`, `script`).
 */
export function scanCommandSites(
  file: string,
  source: string,
  sites: Iterable<CommandSite>,
  what: string,
): DetectorResult {
  return siteResult(readCommandSites(sites), file, source, what);
}

/** One scanner over every site, in order. */
export function readCommandSites(
  sites: Iterable<CommandSite>,
  scanner: CommandScanner = new CommandScanner(),
): CommandScanner {
  for (const site of sites) {
    if (site.env) for (const [k, v] of site.env) scanner.env.set(k, v);
    const problems = scanner.problems.length;
    scanner.scan(site.script, site.locate);
    if (site.quiet) scanner.problems.length = problems;
  }
  scanner.finish();
  return scanner;
}

/** The installs a scanner found and its problems, as a detector's result for `file`. */
export function siteResult(
  scanner: CommandScanner,
  file: string,
  source: string,
  what: string,
): DetectorResult {
  const components: Component[] = scanner.findings.map((f) => findingComponent(f, file, source));
  const errors: ScanError[] = scanner.problems.map((p) => problemError(p, file, what));
  return { components, errors };
}

/** Physical lines of one command, each located at its own line, joined by newlines. */
export function joinedSite(pieces: readonly { text: string; line: number }[]): CommandSite {
  let script = '';
  const starts: { at: number; line: number }[] = [];
  for (const [k, p] of pieces.entries()) {
    if (k > 0) script += '\n';
    starts.push({ at: script.length, line: p.line });
    script += p.text;
  }
  return {
    script,
    locate: (o) => {
      let line = starts[0]?.line ?? 1;
      for (const s of starts) if (s.at <= o) line = s.line;
      return line;
    },
  };
}

/**
 * A YAML scalar holding a command: located line by line in a literal block, at its start
 * otherwise. `rewrite` (template interpolation) must keep the text's newlines.
 */
export function yamlSite(
  lines: LineCounter,
  node: unknown,
  rewrite: (text: string) => string = (t) => t,
  env?: ReadonlyMap<string, VarValue>,
): CommandSite | null {
  const raw = str(node);
  if (raw === undefined) return null;
  const script = rewrite(raw);
  const locate = scalarLocator(lines, node);
  return { script, locate: (o) => locate(o, script), ...(env ? { env } : {}) };
}

/**
 * Words given as separate strings (an exec-form list) or as command text, in order, as one
 * command line: listed words are quoted, text is kept; each is located at its own line (or by
 * its own locator, for text spanning lines).
 */
export function wordsSite(
  words: readonly { text: string; line: number; argv: boolean; locate?: (offset: number) => number }[],
): CommandSite {
  let script = '';
  const starts: { at: number; line: number; locate?: (offset: number) => number }[] = [];
  for (const w of words) {
    if (script !== '') script += ' ';
    starts.push({ at: script.length, line: w.line, ...(w.locate ? { locate: w.locate } : {}) });
    script += w.argv ? shellQuote(w.text) : w.text;
  }
  return {
    script,
    locate: (o) => {
      let found = starts[0];
      for (const s of starts) if (s.at <= o) found = s;
      if (!found) return 1;
      return found.locate ? found.locate(o - found.at) : found.line;
    },
  };
}

/**
 * The command strings of a YAML document under any of `keys`, at any depth: a string, or a list
 * of strings (nested lists flattened, as GitLab allows), each a site located at its own line. A
 * map under such a key is walked on (CircleCI's `run: { command: … }`). `powershell` keys name
 * the sites read as PowerShell.
 */
export function yamlCommandSites(
  parsed: ParsedYaml,
  keys: ReadonlySet<string>,
  toSite: (key: string, node: unknown) => CommandSite | null = (_k, n) => yamlSite(parsed.lines, n),
  /** The variables a map sets for the commands under it (a CI job's `variables`), if any. */
  envOf?: (node: unknown) => ReadonlyMap<string, VarValue> | undefined,
): CommandSite[] {
  const { doc } = parsed;
  const sites: CommandSite[] = [];
  const seen = new Set<unknown>();
  const strings = (key: string, node: unknown, depth: number, env: ReadonlyMap<string, VarValue>): void => {
    // GitLab's `!reference [job, key]` names commands written elsewhere; its items are not commands.
    if (depth > 8 || (isSeq(node) && node.tag === '!reference')) return;
    if (isScalar(node)) {
      const site = toSite(key, node);
      if (site) sites.push(env.size > 0 ? { ...site, env: new Map([...(site.env ?? []), ...env]) } : site);
    } else for (const item of items(doc, node)) strings(key, item, depth + 1, env);
  };
  const walk = (node: unknown, depth: number, outer: ReadonlyMap<string, VarValue>): void => {
    if (depth > 64 || seen.has(node)) return;
    seen.add(node);
    const own = envOf?.(node);
    const env = own && own.size > 0 ? new Map([...outer, ...own]) : outer;
    for (const p of pairs(doc, node)) {
      if (keys.has(p.key) && (isScalar(p.value) || isSeq(p.value))) strings(p.key, p.value, 0, env);
      else walk(p.value, depth + 1, env);
    }
    for (const item of items(doc, node)) walk(item, depth + 1, env);
  };
  walk(doc.contents, 0, new Map());
  return sites;
}

/** Several sites as one, each part on its own line of the script. */
export function joinSites(sites: readonly CommandSite[]): CommandSite | null {
  if (sites.length === 0) return null;
  let script = '';
  const starts: { at: number; site: CommandSite }[] = [];
  for (const site of sites) {
    if (script !== '') script += '\n';
    starts.push({ at: script.length, site });
    script += site.script;
  }
  return {
    script,
    locate: (o) => {
      let found = starts[0]!;
      for (const s of starts) if (s.at <= o) found = s;
      return found.site.locate(o - found.at);
    },
    ...(sites.some((s) => s.quiet) ? { quiet: true } : {}),
  };
}
