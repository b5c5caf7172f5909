// How a carrier's version maps to the version of the tool it carries. The tables are data files
// (src/catalog/data/), each with a header naming its source, date and method.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import sdkNpm from './data/claude-agent-sdk-npm.json' with { type: 'json' };
import sdkNpmChangelog from './data/claude-agent-sdk-npm-changelog.json' with { type: 'json' };
import sdkPypi from './data/claude-agent-sdk-pypi.json' with { type: 'json' };
import { releaseOf } from '../model/versions.js';
import { claudeCodeActionTagOrder, claudeCodeActionTagsOf, claudeCodeActionToCli } from './action-tags.js';
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
const SDK_NPM_CHANGELOG = new Map<string, string | null>(Object.entries(sdkNpmChangelog.claudeCodeVersion));

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
  // 0.1.x packages do not record the CLI; their changelog names it.
  const cli = SDK_NPM.get(v) ?? SDK_NPM_CHANGELOG.get(v) ?? null;
  return cli === null
    ? {
        kind: 'unknown',
        why: `@anthropic-ai/claude-agent-sdk ${v} does not record which Claude Code CLI it bundles (no claudeCodeVersion, and its changelog names none)`,
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

export const tableDates = {
  agentSdkNpm: sdkNpm.$retrieved,
  agentSdkPypi: sdkPypi.$retrieved,
};

/**
 * A carrier's own version line as the catalog's tables know it, oldest first, with where a
 * written version stands in it (null when it cannot be placed: a branch, a moving tag, an
 * unknown commit). Remediation walks it to the first clean version.
 */
export interface VersionTable {
  versions: readonly string[];
  positionOf(version: string): number | null;
}

const SDK_NPM_ORDER = [...SDK_NPM.keys()].filter((v) => semver.valid(v) !== null).sort(semver.compare);
const SDK_PYPI_ORDER = SDK_PYPI.map((r) => r.version);
const ACTION_TAG_ORDER = claudeCodeActionTagOrder;

/** Index of the last version not above `v` (a version between two rows sits after the lower one). */
function placed(order: readonly string[], v: string, cmp: (a: string, b: string) => number): number | null {
  let at: number | null = null;
  order.forEach((o, i) => {
    if (cmp(o, v) <= 0) at = i;
  });
  return at ?? (order.length > 0 ? -1 : null);
}

export const versionTables = new Map<(version: string) => ToolVersionMapping, VersionTable>([
  [
    agentSdkNpmToCli,
    {
      versions: SDK_NPM_ORDER,
      positionOf: (version) => {
        const v = semver.valid(releaseOf(version.trim().replace(/^v(?=\d)/, '')));
        return v === null ? null : placed(SDK_NPM_ORDER, v, semver.compare);
      },
    },
  ],
  [
    agentSdkPypiToCli,
    {
      versions: SDK_PYPI_ORDER,
      positionOf: (version) =>
        pep440.valid(version.trim()) ? placed(SDK_PYPI_ORDER, version.trim(), pep440.compare) : null,
    },
  ],
  [
    claudeCodeActionToCli,
    {
      versions: ACTION_TAG_ORDER,
      positionOf: (ref) => {
        const r = ref.trim();
        // A commit stands where its latest tag stands.
        const tags = /^[0-9a-f]{40}$/i.test(r) ? claudeCodeActionTagsOf(r) : [r];
        const at = tags.map((t) => ACTION_TAG_ORDER.indexOf(t)).filter((i) => i >= 0);
        return at.length > 0 ? Math.max(...at) : null;
      },
    },
  ],
]);
