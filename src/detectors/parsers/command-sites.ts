// Command sites: text that a task runner, a CI system or a container runtime hands to a shell.
// Every site of one file is read by one shared `CommandScanner` (variables set and files fetched
// by an earlier site reach the later ones, as in a CI job's `before_script` and `script`).
import { findingComponent, problemError } from '../shell/components.js';
import type { VarValue } from '../shell/expand.js';
import { CommandScanner } from '../shell/scan.js';
import type { Component, DetectorResult, ScanError } from '../../model/component.js';
import { shellQuote } from '../dockerfile.js';
import type { LineCounter } from 'yaml';
import { scalarLocator, str } from './yaml-nodes.js';

export interface CommandSite {
  /** The command text as the shell receives it. */
  script: string;
  /** 1-based line of the file for an offset of `script`. */
  locate: (offset: number) => number;
  /** Variables the site's environment sets (a CI job's `variables`, a step's `env`). */
  env?: ReadonlyMap<string, VarValue>;
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
  const scanner = new CommandScanner();
  for (const site of sites) {
    if (site.env) for (const [k, v] of site.env) scanner.env.set(k, v);
    scanner.scan(site.script, site.locate);
  }
  scanner.finish();
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
