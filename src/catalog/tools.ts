// The AI coding tools the gate knows, each with every identity by which it enters a repository,
// read from data/tools.json (the facts and their sources) into carriers that map versions. Names
// follow the component naming of the detectors: npm real names, PEP 503 PyPI names, lowercased
// `publisher.name` extensions, lowercased OCI ids of devcontainer features, `owner/repo[/path]`
// actions, Homebrew tokens, installer URLs without scheme.
import platform from './data/npm-platform-packages.json' with { type: 'json' };
import toolsData from './data/tools.json' with { type: 'json' };
import {
  actionTableDates,
  claudeCodeActionBaseToCli,
  claudeCodeActionToCli,
  claudeCodeBaseActionToCli,
} from './action-tags.js';
import {
  agentSdkNpmToCli,
  agentSdkPypiToCli,
  homebrewVersion,
  prefixedVersion,
  sameVersion,
  tableDates,
  unmappedVersion,
} from './mappings.js';
import { readTable, toolsTable, type CarrierRow, type ToolRow } from './table-schema.js';
import type { Carrier, Tool, ToolVersionMapping, VersionScheme } from './types.js';

const SAME = 'same version as the tool';

const platformPackages: Record<string, string[]> = platform.platformPackages;

/** The mapping in words for the rules whose text follows from the row. */
function defaultMappingText(row: CarrierRow): string | undefined {
  if (row.version === 'same' || row.version === 'homebrew') {
    if (row.ecosystem === 'devcontainer-feature') {
      const o = row.versionOption;
      return o
        ? `the feature's "${o.name}" option is the tool version (default ${o.default})`
        : 'the feature has no version option: it always installs the latest release';
    }
    if (row.ecosystem === 'installer') return 'the version argument is the tool version (none = latest)';
    return SAME;
  }
  if (row.version === 'unmapped') {
    if (row.ecosystem === 'vscode-extension') return 'the extension has its own version line: unknown';
    if (row.ecosystem === 'github-action') {
      return row.versionInput
        ? `the action's ref does not fix the tool version (input "${row.versionInput}" does, else the latest release): unknown`
        : "the action's ref does not fix the tool version: unknown";
    }
  }
  return undefined;
}

/** How a version is named when the catalog cannot map it. */
function unmappedName(row: CarrierRow, pkg: string): string {
  if (row.unmappedAs) return row.unmappedAs;
  if (row.ecosystem === 'github-action') return `action ${pkg}@`;
  if (row.ecosystem === 'vscode-extension') return `extension ${pkg}`;
  return pkg;
}

function versionMapper(
  row: CarrierRow,
  pkg: string,
  scheme: VersionScheme,
): (version: string) => ToolVersionMapping {
  switch (row.version) {
    case 'same':
      return row.tagPrefix ? prefixedVersion(scheme, row.tagPrefix) : sameVersion(scheme);
    case 'homebrew':
      return homebrewVersion(scheme);
    case 'unmapped':
      return unmappedVersion(unmappedName(row, pkg));
    case 'agent-sdk-npm':
      return agentSdkNpmToCli;
    case 'agent-sdk-pypi':
      return agentSdkPypiToCli;
    case 'claude-code-action':
      return claudeCodeActionToCli;
    case 'claude-code-action-base':
      return claudeCodeActionBaseToCli;
    case 'claude-code-base-action':
      return claudeCodeBaseActionToCli;
  }
}

const TABLE_DATES: Partial<Record<CarrierRow['version'], string>> = {
  'agent-sdk-npm': tableDates.agentSdkNpm,
  'agent-sdk-pypi': tableDates.agentSdkPypi,
  'claude-code-action': actionTableDates.claudeCodeAction,
  'claude-code-action-base': actionTableDates.claudeCodeAction,
  'claude-code-base-action': actionTableDates.claudeCodeBaseAction,
};

function packagesOf(row: CarrierRow, where: string): string[] {
  if (row.package !== undefined) return [row.package];
  if (row.packages !== undefined) return row.packages;
  const list = platformPackages[row.platformPackagesOf!];
  if (!list)
    throw new Error(
      `src/catalog/data/tools.json: ${where}: no platform packages of ${row.platformPackagesOf}`,
    );
  return list;
}

function carriersOfRow(row: CarrierRow, tool: ToolRow, where: string): Carrier[] {
  const text = row.versionMapping ?? defaultMappingText(row);
  if (text === undefined)
    throw new Error(`src/catalog/data/tools.json: ${where}: versionMapping is required`);
  const versionMapping = text.replace('{retrieved}', TABLE_DATES[row.version] ?? '{retrieved}');
  return packagesOf(row, where).map((pkg) => ({
    ecosystem: row.ecosystem,
    package: pkg,
    kind: row.kind,
    versionMapping,
    ...(row.versionOption !== undefined ? { versionOption: row.versionOption } : {}),
    ...(row.versionInput !== undefined ? { versionInput: row.versionInput } : {}),
    ...(row.versionArgument !== undefined ? { versionArgument: row.versionArgument } : {}),
    ...(row.tagPrefix !== undefined ? { tagPrefix: row.tagPrefix } : {}),
    ...(row.installs !== undefined ? { installs: row.installs } : {}),
    source: row.source,
    versionIsToolVersion: row.version === 'same' && !row.tagPrefix,
    toolVersion: versionMapper(row, pkg, tool.versionScheme),
  }));
}

function toolOf(row: ToolRow): Tool {
  return {
    id: row.id,
    name: row.name,
    vendor: row.vendor,
    ...(row.homepage ? { homepage: row.homepage } : {}),
    versionScheme: row.versionScheme,
    ...(row.note ? { note: row.note } : {}),
    carriers: row.carriers.flatMap((c, i) => carriersOfRow(c, row, `tools.${row.id}.carriers.${i}`)),
  };
}

export const tools: readonly Tool[] = readTable('tools.json', toolsTable, toolsData).tools.map(toolOf);
export const toolsTableDate: string = toolsData.$retrieved;
