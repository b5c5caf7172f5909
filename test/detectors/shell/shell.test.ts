import { describe, expect, it } from 'vitest';
import { expandWord } from '../../../src/detectors/shell/expand.js';
import { parseShell } from '../../../src/detectors/shell/shell.js';

/** Each pipeline as its commands' expanded words (`|` between commands). */
function words(script: string, env: Record<string, string> = {}): string[] {
  const lookup = (n: string) => (n in env ? { text: env[n]!, unknown: false } : undefined);
  // Commands that are only reserved words (`done`, `}`) give compound commands their extent.
  return parseShell(script)
    .pipelines.filter((p) => p.commands.some((c) => c.words.length > 0))
    .map((p) => p.commands.map((c) => c.words.map((w) => expandWord(w, lookup).text).join(' ')).join(' | '));
}

describe('shell tokenizer', () => {
  it('quotes, escapes, continuations, comments and operators', () => {
    expect(words(`a 'b c' "d $X" e\\ f \\\n g # comment\nh && i || j; k | l & m`, { X: '1' })).toEqual([
      'a b c d 1 e f g',
      'h',
      'i',
      'j',
      'k | l',
      'm',
    ]);
  });

  it('parameter expansion forms', () => {
    const env = { SET: 'v', EMPTY: '' };
    expect(
      words('x ${SET} ${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${SET:+alt} ${UNSET:+alt} ${UNSET}', env),
    ).toEqual(['x v d d  alt ${UNSET:+alt} ${UNSET}']);
  });

  it('command substitutions, arithmetic, ANSI-C quotes and GitHub expressions stay whole', () => {
    expect(words('echo $(a "b)" c) $((1+2)) $\'x\\ty\' ${{ vars.V }}')).toEqual([
      'echo $(a "b)" c) $((1+2)) x\ty ${{ vars.V }}',
    ]);
  });

  it('redirections and io-numbers are not words; here-document bodies are kept', () => {
    const p = parseShell('cat <<-EOF > /dev/null 2>&1\n\tnpm i -g x\n\tEOF\nnext');
    expect(p.problems).toEqual([]);
    expect(p.pipelines.map((x) => x.commands[0]!.words.map((w) => w.raw))).toEqual([['cat'], ['next']]);
    expect(p.pipelines[0]!.commands[0]!.redirects.find((r) => r.heredoc)?.heredoc?.body).toBe(
      '\tnpm i -g x\n',
    );
  });

  it('reserved words do not hide the command after them', () => {
    expect(words('if true; then npm i -g a; else b; fi')).toEqual(['true', 'npm i -g a', 'b']);
  });

  it('unterminated quotes and substitutions are located problems', () => {
    expect(parseShell('a "b').problems).toEqual([{ offset: 2, message: 'unterminated double quote' }]);
    expect(parseShell("a 'b").problems).toEqual([{ offset: 2, message: 'unterminated single quote' }]);
    expect(parseShell('a $(b').problems).toEqual([{ offset: 2, message: 'unterminated substitution' }]);
  });

  it('a here-document without its delimiter line ends at the end of the text, as bash reads it', () => {
    // bash accepts it with a warning ("here-document delimited by end-of-file").
    const p = parseShell('cat <<EOF | bash\nnpm i -g x@1.0.0');
    expect(p.problems).toEqual([]);
    expect(p.pipelines[0]!.commands[0]!.redirects[0]!.heredoc!.body).toBe('npm i -g x@1.0.0');
  });

  it('stays linear on deep nesting', () => {
    const deep = '$('.repeat(50_000) + ')'.repeat(50_000);
    const t0 = Date.now();
    parseShell(deep);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
