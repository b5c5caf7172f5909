// How a carrier's version maps to the version of the tool it carries. The tables are data files
// (src/catalog/data/), each with a header naming its source, date and method.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import actionTags from './data/claude-code-action-tags.json' with { type: 'json' };
import sdkNpm from './data/claude-agent-sdk-npm.json' with { type: 'json' };
import sdkPypi from './data/claude-agent-sdk-pypi.json' with { type: 'json' };
import { releaseOf } from '../model/versions.js';
import type { ToolVersionMapping, VersionScheme } from './types.js';

/** A version string as the tool's scheme reads it, or null when it is not a version (`latest`, `main`). */
export function asToolVersion(scheme: VersionScheme, version: string): string | null {
  const v = version.trim();
  if (scheme === 'pep440') return pep440.valid(v) ? v : null;
  const release = releaseOf(v.replace(/^v(?=\d)/, ''));
  return semver.valid(release, { loose: true }) !== null ? v.replace(/^v(?=\d)/, '') : null;
}

function notAVersion(version: string): ToolVersionMapping {
  return { kind: 'unknown', why: `"${version}" is not a version (a tag such as latest or stable moves)` };
}

/** The carrier is published with the tool's own version (platform packages, extensions, casks). */
export function sameVersion(scheme: VersionScheme): (version: string) => ToolVersionMapping {
  return (version) => {
    const v = asToolVersion(scheme, version);
    return v === null ? notAVersion(version) : { kind: 'exact', versions: [v] };
  };
}

/** A Homebrew version: the tool version, with a `_N` formula revision that does not change it. */
export function homebrewVersion(scheme: VersionScheme): (version: string) => ToolVersionMapping {
  const same = sameVersion(scheme);
  return (version) => same(version.replace(/_\d+$/, ''));
}

/** Versions written with a tag prefix (`rust-v0.58.0` for Codex release tags, prefix `rust-`). */
export function prefixedVersion(
  scheme: VersionScheme,
  prefix: string,
): (version: string) => ToolVersionMapping {
  const same = sameVersion(scheme);
  return (version) => same(version.startsWith(prefix) ? version.slice(prefix.length) : version);
}

/** The carrier's versions are a line of their own that the catalog cannot map. */
export function unmappedVersion(what: string): (version: string) => ToolVersionMapping {
  return (version) => ({
    kind: 'unknown',
    why: `${what} ${version} does not say which version of the tool it carries`,
  });
}

const SDK_NPM = new Map<string, string | null>(Object.entries(sdkNpm.claudeCodeVersion));

/** `@anthropic-ai/claude-agent-sdk` (and its platform packages) → the bundled `claudeCodeVersion`. */
export function agentSdkNpmToCli(version: string): ToolVersionMapping {
  const v = releaseOf(version.trim().replace(/^v(?=\d)/, ''));
  if (!SDK_NPM.has(v)) {
    return semver.valid(v) === null
      ? notAVersion(version)
      : {
          kind: 'unknown',
          why: `@anthropic-ai/claude-agent-sdk ${v} is not in the catalog's table of bundled CLI versions (retrieved ${sdkNpm.$retrieved}); run scripts/refresh-catalog.mjs`,
        };
  }
  const cli = SDK_NPM.get(v) ?? null;
  return cli === null
    ? {
        kind: 'unknown',
        why: `@anthropic-ai/claude-agent-sdk ${v} does not record which Claude Code CLI it bundles (no claudeCodeVersion)`,
      }
    : { kind: 'exact', versions: [cli] };
}

/** The PyPI table in release order, each release with the CLI it bundles (inherited when not bumped). */
const SDK_PYPI: { version: string; cli: string | null }[] = (() => {
  const rows = Object.entries(sdkPypi.bundledCliUpdate as Record<string, string | null>).sort(([a], [b]) =>
    pep440.compare(a, b),
  );
  let current: string | null = null;
  return rows.map(([version, bump]) => {
    if (bump !== null) current = bump;
    return { version, cli: current };
  });
})();

/** PyPI `claude-agent-sdk` → the Claude Code CLI it bundles (from its changelog). */
export function agentSdkPypiToCli(version: string): ToolVersionMapping {
  const v = version.trim();
  if (!pep440.valid(v)) return notAVersion(version);
  const row = SDK_PYPI.find((r) => pep440.eq(r.version, v));
  if (!row) {
    return {
      kind: 'unknown',
      why: `claude-agent-sdk ${v} (PyPI) is not in the catalog's changelog table (through ${SDK_PYPI.at(-1)?.version ?? 'none'})`,
    };
  }
  return row.cli === null
    ? {
        kind: 'unknown',
        why: `claude-agent-sdk ${v} (PyPI) predates the first bundled-CLI entry of its changelog`,
      }
    : { kind: 'exact', versions: [row.cli] };
}

interface ActionTag {
  commit: string;
  date: string;
  cliVersions: string[];
}
const ACTION_TAGS = new Map<string, ActionTag>(Object.entries(actionTags.tags as Record<string, ActionTag>));
const FLOATING = new Set<string>(actionTags.floatingTags);
const ACTION_COMMITS = (() => {
  const m = new Map<string, { tags: string[]; versions: string[] }>();
  for (const [tag, row] of ACTION_TAGS) {
    const e = m.get(row.commit) ?? { tags: [], versions: [] };
    e.tags.push(tag);
    for (const v of row.cliVersions) if (!e.versions.includes(v)) e.versions.push(v);
    m.set(row.commit, e);
  }
  return m;
})();

/** `anthropics/claude-code-action@REF` → the Claude Code CLI version(s) that ref installs. */
export function claudeCodeActionToCli(ref: string): ToolVersionMapping {
  const r = ref.trim();
  if (/^[0-9a-f]{40}$/i.test(r)) {
    const hit = ACTION_COMMITS.get(r.toLowerCase());
    if (!hit) {
      return {
        kind: 'unknown',
        why: `commit ${r} is not a tag of anthropics/claude-code-action in the catalog (snapshot ${actionTags.snapshot.slice(0, 8)} of ${actionTags.$retrieved})`,
      };
    }
    return hit.versions.length > 0
      ? { kind: 'exact', versions: hit.versions }
      : {
          kind: 'unknown',
          why: `commit ${r} (${hit.tags.join(', ')}) names no literal Claude Code version`,
        };
  }
  const row = ACTION_TAGS.get(r);
  if (!row) {
    return {
      kind: 'unknown',
      why: `ref ${r} is not a tag of anthropics/claude-code-action in the catalog (a branch, or a tag newer than the snapshot of ${actionTags.$retrieved})`,
    };
  }
  if (row.cliVersions.length === 0) {
    return {
      kind: 'unknown',
      why: `tag ${r} names no literal Claude Code version (it installs the CLI by other means)`,
    };
  }
  if (FLOATING.has(r)) {
    const lowest = [...row.cliVersions].sort(semver.compare)[0]!;
    return {
      kind: 'atLeast',
      version: lowest,
      why: `${r} is a moving tag; it installed Claude Code ${row.cliVersions.join(' and ')} at the catalog snapshot (${row.date}) and only moves forward`,
    };
  }
  return { kind: 'exact', versions: row.cliVersions };
}

/** The tags and commits of the action that install a CLI version in a range (for `catalog`). */
export function claudeCodeActionRefs(
  range: string,
): { tag: string; commit: string; cliVersions: string[] }[] {
  const out: { tag: string; commit: string; cliVersions: string[] }[] = [];
  for (const [tag, row] of ACTION_TAGS) {
    if (FLOATING.has(tag)) continue;
    if (row.cliVersions.some((v) => semver.satisfies(v, range, { includePrerelease: true }))) {
      out.push({ tag, commit: row.commit, cliVersions: row.cliVersions });
    }
  }
  return out;
}

export const tableDates = {
  agentSdkNpm: sdkNpm.$retrieved,
  agentSdkPypi: sdkPypi.$retrieved,
  claudeCodeAction: actionTags.$retrieved,
};
