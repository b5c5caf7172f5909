// The Claude Code CLI that each ref of anthropics/claude-code-action (and of its base action, the
// subpath `…/base-action` and the former repository anthropics/claude-code-base-action) installs,
// read from the tag tables in data/ (each with its source, snapshot and method).
import semver from 'semver';
import actionTags from './data/claude-code-action-tags.json' with { type: 'json' };
import baseActionTags from './data/claude-code-base-action-tags.json' with { type: 'json' };
import type { ToolVersionMapping } from './types.js';

export interface ActionTagRow {
  commit: string;
  date: string;
  /** The CLI versions the ref installs (several when the action pins it in more than one place). */
  cliVersions: string[];
  /** The CLI versions the subpath `base-action` installs at this tag. */
  baseAction?: string[];
  /** A caret range instead of a version (the newest matching release when the workflow runs). */
  cliRange?: string;
  /** The other action or the manifest through which the tag installs the CLI. */
  via?: string;
  /** The tag installs the CLI through a moving ref (another action's @beta): a lower bound. */
  moves?: boolean;
}

interface TagTable {
  $retrieved: string;
  action: string;
  snapshot: string;
  floatingTags: string[];
  tags: Record<string, ActionTagRow>;
}

/** Maps refs of one action through a tag table; `pick` chooses the versions of the path used. */
function tagMapper(
  table: TagTable,
  name: string,
  pick: (row: ActionTagRow) => string[] | undefined,
): (ref: string) => ToolVersionMapping {
  const floating = new Set(table.floatingTags);
  const byCommit = new Map<string, string[]>();
  for (const [tag, row] of Object.entries(table.tags)) {
    const tags = byCommit.get(row.commit) ?? [];
    tags.push(tag);
    byCommit.set(row.commit, tags);
  }
  const snapshot = `snapshot ${table.snapshot.slice(0, 8)} of ${table.$retrieved}`;

  const ofTag = (tag: string, label: string, pinned: boolean): ToolVersionMapping => {
    const row = table.tags[tag]!;
    const versions = pick(row);
    if (versions === undefined) return { kind: 'unknown', why: `${label} has no ${name} at that tag` };
    if (versions.length === 0) {
      return {
        kind: 'unknown',
        why: row.cliRange
          ? `${label} installs @anthropic-ai/claude-code@${row.cliRange}, a range (the newest matching release when the workflow runs)`
          : `${label} names no literal Claude Code version (it installs the CLI by other means)`,
      };
    }
    // A commit never moves, even when only a floating tag points to it; a ref that installs the
    // CLI through another action's moving tag does.
    if ((!pinned && floating.has(tag)) || row.moves) {
      const lowest = [...versions].sort(semver.compare)[0]!;
      const how = row.moves ? `installs the CLI through ${row.via}, a moving ref` : 'is a moving tag';
      return {
        kind: 'atLeast',
        version: lowest,
        why: `${label} ${how}; it installed Claude Code ${versions.join(' and ')} at the catalog snapshot (${row.date}) and only moves forward`,
      };
    }
    return { kind: 'exact', versions };
  };

  return (ref) => {
    const r = ref.trim();
    if (/^[0-9a-f]{40}$/i.test(r)) {
      const tags = byCommit.get(r.toLowerCase());
      if (!tags) {
        return {
          kind: 'unknown',
          why: `commit ${r} is not a tag of ${table.action} in the catalog (${snapshot})`,
        };
      }
      return ofTag(tags[0]!, `commit ${r} (${tags.join(', ')})`, true);
    }
    if (!Object.hasOwn(table.tags, r)) {
      return {
        kind: 'unknown',
        why: `ref ${r} is not a tag of ${table.action} in the catalog (a branch, or a tag newer than the snapshot of ${table.$retrieved})`,
      };
    }
    return ofTag(r, floating.has(r) ? r : `tag ${r}`, false);
  };
}

const action = actionTags as TagTable;
const base = baseActionTags as TagTable;

/** `anthropics/claude-code-action@REF` → the Claude Code CLI version(s) that ref installs. */
export const claudeCodeActionToCli = tagMapper(action, 'CLI', (row) => row.cliVersions);

/** `anthropics/claude-code-action/base-action@REF` → the CLI its base-action/action.yml installs. */
export const claudeCodeActionBaseToCli = tagMapper(action, 'base-action folder', (row) => row.baseAction);

/** `anthropics/claude-code-base-action@REF` → the CLI its action.yml installs. */
export const claudeCodeBaseActionToCli = tagMapper(base, 'CLI', (row) => row.cliVersions);

/** The tags and commits of the action that install a CLI version in a range (for `catalog`). */
export function claudeCodeActionRefs(
  range: string,
): { tag: string; commit: string; cliVersions: string[] }[] {
  const out: { tag: string; commit: string; cliVersions: string[] }[] = [];
  const floating = new Set(action.floatingTags);
  for (const [tag, row] of Object.entries(action.tags)) {
    if (floating.has(tag)) continue;
    if (row.cliVersions.some((v) => semver.satisfies(v, range, { includePrerelease: true }))) {
      out.push({ tag, commit: row.commit, cliVersions: row.cliVersions });
    }
  }
  return out;
}

export const actionTableDates = {
  claudeCodeAction: action.$retrieved,
  claudeCodeBaseAction: base.$retrieved,
};

/** The fixed tags of claude-code-action, oldest first (for remediation). */
export const claudeCodeActionTagOrder: readonly string[] = Object.keys(action.tags)
  .filter((t) => !action.floatingTags.includes(t) && semver.valid(t.replace(/^v/, '')) !== null)
  .sort((a, b) => semver.compare(a.replace(/^v/, ''), b.replace(/^v/, '')));

/** The tags of claude-code-action that point to a commit. */
export function claudeCodeActionTagsOf(commit: string): string[] {
  const c = commit.toLowerCase();
  return Object.entries(action.tags)
    .filter(([, row]) => row.commit === c)
    .map(([tag]) => tag);
}
