// The forms a shell script is read into: words made of parts (literal text, parameter
// expansions, opaque pieces such as command substitutions), commands with their redirections,
// and pipelines. Offsets are offsets into the scanned text, so every finding keeps its line.

/** One piece of a word. */
export type Part =
  | { k: 'lit'; text: string }
  | {
      k: 'param';
      name: string;
      /** `''` for `$V`/`${V}`; otherwise the operator of `${V<op>arg}`. */
      op: string;
      arg: Part[];
      /** The operand of a pattern, case, substring or transform operation, as written. */
      rawArg?: string;
      /** The replacement of `${V/pat/rep}`, the length of `${V:offset:length}`, as written. */
      rawSecond?: string;
      raw: string;
      /** Inside double quotes: its value is one field, not split on blanks. */
      quoted?: true;
    }
  | {
      /** Something whose value cannot be known statically: `$(…)`, backticks, `$?`, `${{ … }}`. */
      k: 'opaque';
      raw: string;
      /**
       * Inner script of a command or process substitution, with its offset in the text;
       * `heredocs`: here-documents it opens on its closing line (`$(bash <<EOF)`), whose bodies
       * are the lines after it.
       */
      script?: { text: string; start: number; heredocs?: Redirect[] };
      /**
       * A backquote substitution: bash parses its text only when it runs it (`bash -n` does not),
       * so what cannot be parsed there is no problem of the file.
       */
      backquoted?: true;
      /** A substitution inside double quotes: its output is one field, not split on blanks. */
      quoted?: true;
    }
  | {
      /** An array literal assigned to a name: `pkgs=(a "b c")`. */
      k: 'array';
      items: Word[];
      raw: string;
    };

export interface Word {
  parts: Part[];
  /** Offset of the word's first character in the scanned text. */
  start: number;
  raw: string;
}

export interface Redirect {
  op: string;
  /** The descriptor written before the operator (`2>`), when one is. */
  fd?: number;
  target?: Word;
  /** Body of a here-document, with the offset where it starts. */
  heredoc?: { body: string; start: number };
}

export interface Command {
  words: Word[];
  redirects: Redirect[];
  start: number;
  /**
   * Reserved words read before or instead of the words (`do`, `{`, `while`, `done`, `}`), in
   * order: they give the compound commands (loops, groups, function bodies) their extent.
   */
  marks?: string[];
  /** `name()` or `function name`: the compound command that follows is the function's body. */
  defines?: string;
}

/** Commands joined by `|`; pipelines are separated by `;`, `&&`, `||`, `&` and newlines. */
export interface Pipeline {
  commands: Command[];
}

export interface ShellProblem {
  offset: number;
  message: string;
}

export interface ParsedScript {
  pipelines: Pipeline[];
  problems: ShellProblem[];
  /**
   * Here-documents left open at the end of the text. bash accepts them (with a warning), so they
   * are no problem for a shell script; a Dockerfile's BuildKit rejects them.
   */
  openHeredocs: ShellProblem[];
}
