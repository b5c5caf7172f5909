// purlFor builds plain npm, jsr and PyPI purls directly; packageurl-js builds the rest. Both paths
// must give the same string for every input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../../src/model/component.js';
import { purlFor, purlViaLibrary } from '../../src/util/purl.js';

const ECOSYSTEMS: Ecosystem[] = ['npm', 'jsr', 'pypi', 'vscode-extension', 'github-action', 'homebrew'];
// Plain characters and every kind of character the shortcut must leave to the library.
const alphabet = fc.constantFrom(
  ...'abcxyz019.-_~'.split(''),
  ...'ABZ@/%+:!*() #?&=\\\u00e9\u212a\u0130'.split(''),
);
const part = fc.array(alphabet, { minLength: 0, maxLength: 12 }).map((a) => a.join(''));

describe('purlFor', () => {
  it('builds the common cases directly, as packageurl-js would', () => {
    expect(purlFor('npm', '@anthropic-ai/claude-code', '2.1.100')).toBe(
      'pkg:npm/%40anthropic-ai/claude-code@2.1.100',
    );
    expect(purlFor('npm', 'left-pad', null)).toBe('pkg:npm/left-pad');
    expect(purlFor('npm', 'JSONStream', '1.3.5')).toBe('pkg:npm/jsonstream@1.3.5');
    expect(purlFor('npm', 'x', '1.0.0+build.1')).toBe('pkg:npm/x@1.0.0+build.1');
    expect(purlFor('pypi', 'claude_agent_sdk', '0.1.0')).toBe('pkg:pypi/claude-agent-sdk@0.1.0');
    expect(purlFor('jsr', '@std/path', '1.0.8')).toBe('pkg:jsr/%40std/path@1.0.8');
  });

  it('equals the library for any name and version (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ECOSYSTEMS),
        fc.oneof(
          part,
          fc.tuple(part, part).map(([a, b]) => `@${a}/${b}`),
        ),
        fc.option(part, { nil: null }),
        (ecosystem, name, version) => {
          expect(purlFor(ecosystem, name, version)).toBe(purlViaLibrary(ecosystem, name, version));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 5000) },
    );
  });
});
