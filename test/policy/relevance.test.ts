// The name filter: which names a policy can match, and whether a file's text can name one. Diff
// mode skips parsing unchanged files the filter rules out, so its one property is soundness: every
// component a `namesInText` detector finds is named, in the filter's sense, by the file's text.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { detectors } from '../../src/detectors/index.js';
import { defaultLimits } from '../../src/model/limits.js';
import type { Component, Detector, Ecosystem } from '../../src/model/component.js';
import { loadPolicy } from '../../src/policy/load.js';
import { nameFilter, nameFragment } from '../../src/policy/relevance.js';
import type { Policy, Rule } from '../../src/policy/types.js';
import { decodeText } from '../../src/util/text.js';

function policyOf(...rules: Omit<Rule, 'action'>[]): Policy {
  return {
    version: 1,
    settings: { unknownVersion: 'warn', advisories: 'on' },
    rules: rules.map((r) => ({ action: 'fail', ...r })),
    exceptions: [],
    sources: ['test'],
  };
}

describe('nameFragment', () => {
  it('takes the longest fragment between glob characters, scope marks and PEP 503 separators', () => {
    expect(nameFragment('@anthropic-ai/claude-code')).toBe('anthropic');
    expect(nameFragment('claude_agent.SDK')).toBe('claude');
    expect(nameFragment('@openai/codex*')).toBe('openai');
    expect(nameFragment('anthropics/claude-code-action')).toBe('anthropics');
  });
  it('gives up on patterns too short to narrow anything', () => {
    expect(nameFragment('*')).toBeNull();
    expect(nameFragment('@a/b-c*')).toBeNull();
    expect(nameFragment('ab')).toBeNull();
  });
});

describe('nameFilter.mayMatch', () => {
  it('knows every carrier of a tool rule, in each ecosystem’s comparison', async () => {
    const f = nameFilter(await loadPolicy('builtin:advisories'), catalog);
    expect(f.mayMatch('npm', '@anthropic-ai/claude-code')).toBe(true);
    expect(f.mayMatch('npm', '@anthropic-ai/claude-code-linux-x64')).toBe(true);
    expect(f.mayMatch('npm', '@anthropic-ai/claude-agent-sdk')).toBe(true);
    expect(f.mayMatch('pypi', 'Claude_Agent.SDK')).toBe(true);
    expect(f.mayMatch('vscode-extension', 'Anthropic.Claude-Code')).toBe(true);
    expect(f.mayMatch('github-action', 'Anthropics/Claude-Code-Action')).toBe(true);
    expect(f.mayMatch('npm', 'left-pad')).toBe(false);
    // npm names are case-sensitive: a different package.
    expect(f.mayMatch('npm', '@Anthropic-AI/Claude-Code')).toBe(false);
  });
  it('follows package rules with globs and ecosystem-wide rules', () => {
    const f = nameFilter(
      policyOf(
        { id: 'a', ecosystem: 'npm', package: '@openai/*' },
        { id: 'b', ecosystem: 'homebrew' },
        { id: 'c', tool: 'no-such-tool' },
      ),
      catalog,
    );
    expect(f.mayMatch('npm', '@openai/codex')).toBe(true);
    expect(f.mayMatch('npm', 'openai')).toBe(false);
    expect(f.mayMatch('homebrew', 'anything')).toBe(true);
    expect(f.mayMatch('pypi', 'openai')).toBe(false);
  });
  it('matches everything for a rule with neither ecosystem nor package', () => {
    const f = nameFilter(policyOf({ id: 'all' }), catalog);
    expect(f.mayMatch('pypi', 'requests')).toBe(true);
    expect(f.textMayName('nothing at all', ['npm'])).toBe(true);
  });
});

describe('nameFilter.textMayName', () => {
  const f = nameFilter(
    policyOf({ id: 'r', ecosystem: 'npm', package: '@anthropic-ai/claude-code' }),
    catalog,
  );
  it('finds a fragment of a covered name in any letter case', () => {
    expect(f.textMayName('"node_modules/@anthropic-ai/claude-code": {', ['npm'])).toBe(true);
    expect(f.textMayName('ANTHROPIC', ['npm'])).toBe(true);
    expect(f.textMayName('"node_modules/left-pad": {', ['npm'])).toBe(false);
  });
  it('cannot rule out non-ASCII text where names are compared in lowercase (Kelvin sign → k)', () => {
    const g = nameFilter(policyOf({ id: 'r', ecosystem: 'pypi', package: 'kiro-cli' }), catalog);
    expect(g.textMayName('name = "\u212Airo-cli"', ['pypi'])).toBe(true);
    expect(g.textMayName('name = "requests" # café', ['pypi'])).toBe(true);
    expect(g.textMayName('name = "requests"', ['pypi'])).toBe(false);
    // npm names are compared as written: a Kelvin sign is another name.
    expect(f.textMayName('"node_modules/caf\u00e9": {}', ['npm'])).toBe(false);
  });
  it('only for the ecosystems the file can hold', () => {
    expect(f.textMayName('anthropic', ['pypi'])).toBe(false);
  });
  it('cannot rule out text with escapes a parser decodes', () => {
    expect(f.textMayName('"\\u0061nthropic"', ['npm'])).toBe(true);
    expect(f.textMayName('name: "x\\x41"', ['npm'])).toBe(true);
    expect(f.textMayName('resolved "https://r.example/%61nthropic/-/x.tgz"', ['npm'])).toBe(true);
    // The escapes of a scoped name in a registry URL decode to `@` and `/` only.
    expect(f.textMayName('https://r.example/%40babel%2Fcore/-/core-1.0.0.tgz 100%', ['npm'])).toBe(false);
    // Escapes of a fragment's letters in either case, and of non-ASCII bytes, may form a name…
    expect(f.textMayName('https://r.example/a%4Ethropic/-/x.tgz', ['npm'])).toBe(true);
    expect(f.textMayName('https://r.example/%C3%A9/-/x.tgz', ['npm'])).toBe(true);
    // …but yarn berry's `%3A` in every patched TypeScript entry cannot.
    const berry = '"typescript@patch:typescript@npm%3A5.9.3#optional!builtin<compat/typescript>":';
    expect(f.textMayName(berry, ['npm'])).toBe(false);
  });
  it('cannot rule out anything when a rule covers a whole ecosystem', () => {
    const g = nameFilter(policyOf({ id: 'r', ecosystem: 'npm' }), catalog);
    expect(g.textMayName('{}', ['npm'])).toBe(true);
    expect(g.textMayName('{}', ['pypi'])).toBe(false);
  });
});

// --- soundness over every committed fixture a namesInText detector reads --------------------------

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

const textDetectors = detectors.filter((d) => d.namesInText !== undefined);

/** Committed fixtures by detector, with the path a repository would give them. */
const seeds: { detector: Detector; path: string; text: string }[] = [];
for (const file of walk(fixtures)) {
  if (statSync(file).size > 4 * 1024 * 1024) continue;
  const parts = relative(fixtures, file).split('\\').join('/').split('/');
  for (const d of textDetectors) {
    for (let i = 0; i < parts.length; i++) {
      const candidate = parts.slice(i).join('/');
      if (!d.matches(candidate)) continue;
      let text: string;
      try {
        text = decodeText(new Uint8Array(readFileSync(file)));
      } catch {
        break; // not text: the engine reports it and never asks the filter
      }
      seeds.push({ detector: d, path: candidate, text });
      break;
    }
  }
}

async function componentsOf(d: Detector, path: string, text: string): Promise<Component[]> {
  const r = await d.detect({
    path,
    text,
    bytes: new TextEncoder().encode(text),
    readFile: () => Promise.resolve(null),
    limits: defaultLimits,
  });
  return r.components;
}

/** The property: the text names each component it yields, for a policy naming only that component. */
function unnamed(d: Detector, text: string, components: Component[]): string[] {
  const out: string[] = [];
  for (const c of components) {
    if (!d.namesInText!.includes(c.ecosystem)) {
      out.push(`${c.ecosystem}:${c.name} is outside namesInText`);
      continue;
    }
    const f = nameFilter(
      policyOf({ id: 'r', ecosystem: c.ecosystem as Ecosystem, package: c.name }),
      catalog,
    );
    if (!f.textMayName(text, d.namesInText!)) out.push(`${c.ecosystem}:${c.name}`);
  }
  return out;
}

describe('soundness: every component of a namesInText detector is named in its file', () => {
  it('has fixtures for every such detector', () => {
    const covered = new Set(seeds.map((s) => s.detector.id));
    for (const d of textDetectors) expect(covered, d.id).toContain(d.id);
  });

  it('over every committed fixture', async () => {
    let checked = 0;
    for (const s of seeds) {
      const components = await componentsOf(s.detector, s.path, s.text);
      checked += components.length;
      expect(unnamed(s.detector, s.text, components), `${s.detector.id} ${s.path}`).toEqual([]);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  // Rewrites aimed at the fragments the filter searches for: a letter of a component's name
  // fragment, at one of its occurrences, written as a JSON/YAML/TOML escape or %-escaped, in
  // another case, dropped or doubled. Whatever the detector then yields must still be named.
  const small = seeds.filter((s) => s.text.length < 256 * 1024);
  const componentCache = new Map<(typeof small)[number], Promise<Component[]>>();
  const componentsOfSeed = (s: (typeof small)[number]) => {
    let p = componentCache.get(s);
    if (!p) componentCache.set(s, (p = componentsOf(s.detector, s.path, s.text)));
    return p;
  };
  it('under rewrites of the names themselves', async () => {
    let rewritten = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('json-escape', 'x-escape', 'percent', 'upper', 'fold', 'drop', 'double'),
        async (seedIndex, componentIndex, occurrence, letter, how) => {
          const s = small[seedIndex % small.length]!;
          const original = await componentsOfSeed(s);
          if (original.length === 0) return;
          const c = original[componentIndex % original.length]!;
          const fragment = nameFragment(c.name);
          if (fragment === null) return;
          const found = [
            ...s.text
              .toLowerCase()
              .matchAll(new RegExp(fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
          ];
          if (found.length === 0) return;
          const i = found[occurrence % found.length]!.index + (letter % fragment.length);
          const ch = s.text[i]!;
          const code = ch.charCodeAt(0).toString(16).padStart(2, '0');
          const replacement = {
            'json-escape': `\\u00${code}`,
            'x-escape': `\\x${code}`,
            percent: `%${code}`,
            upper: ch.toUpperCase(),
            // Non-ASCII letters whose lowercase is (or starts with) this ASCII letter.
            fold: ch === 'k' || ch === 'K' ? '\u212A' : ch === 'i' ? '\u0130' : ch.toUpperCase(),
            drop: '',
            double: ch + ch,
          }[how];
          const text = s.text.slice(0, i) + replacement + s.text.slice(i + 1);
          rewritten++;
          const components = await componentsOf(s.detector, s.path, text);
          expect(unnamed(s.detector, text, components)).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    expect(rewritten).toBeGreaterThan(100);
  });
});
