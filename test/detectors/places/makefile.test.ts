import { describe, expect, it } from 'vitest';
import { isMakefilePath, scanMakefile } from '../../../src/detectors/makefile.js';
import { line } from '../../helpers/inventory-lines.js';

const scan = (text: string, path = 'Makefile') => {
  const r = scanMakefile(path, text);
  return { lines: r.components.map(line), errors: r.errors };
};

describe('Makefile', () => {
  it('names: Makefile, makefile, GNUmakefile, *.mk, *.mak', () => {
    for (const p of ['Makefile', 'a/makefile', 'GNUmakefile', 'build/tools.mk', 'x/rules.mak'])
      expect(isMakefilePath(p), p).toBe(true);
    for (const p of ['Makefile.md', 'docs/makefile.txt', 'mkdocs.yml', 'Makefile.am'])
      expect(isMakefilePath(p), p).toBe(false);
  });

  it('reads recipe lines with prefixes, at their own line', () => {
    // The shape of a project bootstrap target (many public Makefiles: `setup:` / `@npm ci`).
    const text = [
      '.PHONY: setup',
      'setup:',
      '\t@npm ci',
      '\t-npm install -g @anthropic-ai/claude-code@2.1.150',
      '\t+@ pip install kimi-cli==1.2.0',
    ].join('\n');
    expect(scan(text)).toEqual({
      lines: [
        'Makefile:4 [Makefile] npm @anthropic-ai/claude-code 2.1.150',
        'Makefile:5 [Makefile] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
  });

  it("expands make's own variables (=, :=, ?=, +=, defined below the rule, $$ for the shell)", () => {
    const text = [
      'CLAUDE_VERSION ?= 2.1.150',
      'PKG := @anthropic-ai/claude-code',
      'TOOLS = typescript',
      'TOOLS += $(PKG)@$(CLAUDE_VERSION)',
      'install: ## install tools',
      '\tnpm i -g $(TOOLS)',
      '\tnpx -y $(PKG)@${LATER} -p hi',
      '\tV=2.1.151; npm i -g $(PKG)@$$V',
      'LATER = 2.1.152 # comment',
    ].join('\n');
    expect(scan(text).lines).toEqual([
      'Makefile:6 [Makefile] npm typescript (latest)',
      'Makefile:6 [Makefile] npm @anthropic-ai/claude-code 2.1.150',
      'Makefile:7 [Makefile] npm @anthropic-ai/claude-code 2.1.152',
      'Makefile:8 [Makefile] npm @anthropic-ai/claude-code 2.1.151',
    ]);
  });

  it('a variable given on the command line is an unknown version; ?= keeps the first value', () => {
    const text = [
      'V ?= 2.1.150',
      'V ?= 1.0.0',
      'a:',
      '\tnpm i -g @anthropic-ai/claude-code@$(V)',
      'b:',
      '\tnpm i -g @anthropic-ai/claude-code@$(NOPE)',
    ].join('\n');
    expect(scan(text).lines).toEqual([
      'Makefile:4 [Makefile] npm @anthropic-ai/claude-code 2.1.150',
      'Makefile:6 [Makefile] npm @anthropic-ai/claude-code (${NOPE})',
    ]);
  });

  it('continuation lines: each command at its own line; one-line rules; $(shell …) is read', () => {
    const text = [
      'deps: node_modules ; npm i -g @openai/codex@0.58.0',
      'tools:',
      '\tnpm ci && \\',
      '\t  npm install -g \\',
      '\t    @anthropic-ai/claude-code@2.1.150',
      'X := $(shell npm i -g opencode-ai@0.15.0)',
    ].join('\n');
    expect(scan(text).lines).toEqual([
      'Makefile:1 [Makefile] npm @openai/codex 0.58.0',
      'Makefile:5 [Makefile] npm @anthropic-ai/claude-code 2.1.150',
    ]);
  });

  it('negative twins: comments, echo, cat, uninstall, npm view, variables, define blocks stay quiet', () => {
    const text = [
      '# setup:',
      '# \tnpm install -g @anthropic-ai/claude-code@2.1.150',
      'NOTE = npm install -g @anthropic-ai/claude-code@2.1.150',
      'define HELP',
      '\tnpm install -g @anthropic-ai/claude-code@2.1.150',
      'endef',
      'help:',
      '\t@echo "npm install -g @anthropic-ai/claude-code@2.1.150"',
      '\t# npm install -g @anthropic-ai/claude-code@2.1.150',
      '\tnpm uninstall -g @anthropic-ai/claude-code',
      '\tnpm view @anthropic-ai/claude-code@2.1.150 version',
      "\tprintf '%s\\n' 'npm install -g @anthropic-ai/claude-code@2.1.150' | cat",
    ].join('\n');
    expect(scan(text)).toEqual({ lines: [], errors: [] });
  });

  it('a recipe the shell cannot parse is a located error', () => {
    expect(scan('a:\n\tnpm i -g "x\n').errors).toEqual([
      { file: 'Makefile', line: 2, message: 'recipe: unterminated double quote' },
    ]);
  });
});
