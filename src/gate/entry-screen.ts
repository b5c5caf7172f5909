// The audit's entry screen (DetectInput.screen): where in a lockfile's text an entry may matter to
// the policy. A lockfile detector parses only the entries holding a mark and counts the others;
// this is what lets an audit read a post-ban repository, where every lockfile names the banned
// package once among thousands of entries, at close to the speed of reading it.
//
// An entry matters when the audit would keep one of its components (gate/scan.ts `keep`): its
// name may match a rule (a fragment of a covered name in any letter case or escape), its recorded
// hash may be a banned artifact's, it installs a local archive, or a manifest declares its name
// (the lockfile entry pins that manifest entry). Each test here marks a superset of the text those
// tests read, so an unmarked entry holds no kept component; the last test is asked of each entry's
// name, which the detector reads from the entry's key (`declares`).
import { bannedHashMarks, mayNameBannedArtifact } from '../catalog/artifacts.js';
import type { EntryScreen } from '../model/component.js';
import type { Ecosystem } from '../model/ecosystems.js';
import type { NameFilter } from '../policy/relevance.js';

// The ways a lockfile names a local file: `file:` specs and resolutions (npm, yarn, pnpm; pnpm
// keys a folder or archive dependency `name@file:…`), and yarn classic's `name@./path` keys.
const LOCAL = ['file:', '@.', '@/'];
const NAME_CHAR = /[A-Za-z0-9_.-]/;

export function entryScreen(
  filter: NameFilter,
  declared: (ecosystem: Ecosystem, name: string) => boolean,
  declaresAny: () => boolean,
): EntryScreen {
  return {
    marks(text: string, ecosystems: readonly Ecosystem[]): number[] | null {
      const out: number[] = [];
      if (!filter.textMarks(text, ecosystems, out)) return null;
      bannedHashMarks(text, out);
      for (const marker of LOCAL) {
        for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
          // `load-json-file:` is a name and a colon; a spec's `file:` follows no name character.
          if (marker.charCodeAt(0) === 64 /* @ */ || !NAME_CHAR.test(text.charAt(at - 1))) out.push(at);
        }
      }
      return out.sort((a, b) => a - b);
    },
    nameMayMatter: (ecosystems, name) => filter.textMayName(name, ecosystems),
    hashMayMatter: mayNameBannedArtifact,
    declares: declared,
    declaresAny,
  };
}
