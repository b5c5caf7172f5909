// npm's own option grammar, from npm's configuration definitions (@npmcli/config): which options
// take the next word (`--prefix X`, `-C X`, `--location global`), which are booleans (`-g`,
// `--global`, which take the next word only when it is `true`/`false`), the shorthands (`-g`,
// `-C`, `--reg`, `--local`) and unambiguous abbreviations (`--glob`), as nopt reads them for npm.
import npmDefinitions from '@npmcli/config/lib/definitions/index.js';
import type { OptionGrammar } from './options.js';

interface Definition {
  type: unknown;
}
interface Definitions {
  definitions: Record<string, Definition>;
  shorthands: Record<string, string[]>;
}

let loaded: (Definitions & { longNames: string[] }) | undefined;
/** npm's definitions, with the names abbreviations are resolved against (computed once). */
function npm(): Definitions & { longNames: string[] } {
  if (!loaded) {
    const d = npmDefinitions as Definitions;
    const longNames = [
      ...Object.keys(d.definitions),
      ...Object.keys(d.shorthands).filter((s) => s.length > 1),
    ];
    loaded = { ...d, longNames };
  }
  return loaded;
}

type Kind = 'value' | 'boolean' | 'none';

function kindOf(key: string): Kind | undefined {
  const def = npm().definitions[key];
  if (!def) return undefined;
  const types = ([] as unknown[]).concat(def.type);
  return types.includes(Boolean) ? 'boolean' : 'value';
}

/** What a shorthand expands to: the kind of its last option (`-C` → `--prefix`: a value). */
function shorthandKind(short: string): Kind | undefined {
  const exp = npm().shorthands[short];
  if (!exp) return undefined;
  // `-d` → `--loglevel info`: the value is part of the expansion.
  if (exp.length > 1) return 'none';
  const name = exp[0]!.replace(/^--(no-)?/, '');
  return exp[0]!.startsWith('--no-') ? 'none' : (kindOf(name) ?? 'boolean');
}

function longKind(name: string): Kind {
  if (name.startsWith('no-') && npm().definitions[name.slice(3)]) return 'none';
  const exact = kindOf(name) ?? shorthandKind(name);
  if (exact) return exact;
  // nopt accepts any unambiguous abbreviation of an option name.
  const matches = npm().longNames.filter((n) => n.startsWith(name));
  if (matches.length === 1) return kindOf(matches[0]!) ?? shorthandKind(matches[0]!) ?? 'boolean';
  // Unknown options are booleans for nopt.
  return 'boolean';
}

function shortKind(chars: string): Kind {
  const exact = shorthandKind(chars);
  if (exact) return exact;
  // `-gC dir`: each letter a shorthand; the last decides whether the next word is taken.
  if ([...chars].every((c) => npm().shorthands[c])) return shorthandKind(chars[chars.length - 1]!)!;
  return longKind(chars);
}

/** Kinds already decided, by option as written (reading npm's definitions is slow per look-up). */
const kinds = new Map<string, Kind>();

export const npmOptions: OptionGrammar = {
  next: (name) => {
    let kind = kinds.get(name);
    if (kind === undefined) {
      kind = name.startsWith('--') ? longKind(name.slice(2)) : shortKind(name.slice(1));
      if (kinds.size < 4096) kinds.set(name, kind);
    }
    return kind;
  },
};

/** Number of npm options that take a value (for tests: npm defines over a hundred). */
export function npmValuedOptionCount(): number {
  return Object.keys(npm().definitions).filter((k) => kindOf(k) === 'value').length;
}
