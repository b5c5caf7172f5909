// Devcontainer features that install whatever registry package their options name
// (`ghcr.io/devcontainers-extra/features/npm-package` with `package` and `version`, the pipx
// equivalent with `injections`): the package they install, read as their install.sh builds the
// command (the catalog's data/package-features.json says which option is which).
import type { Node } from 'jsonc-parser';
import type { PackageFeature } from '../../catalog/index.js';
import type { Component, Location } from '../../model/component.js';
import { makeComponent } from '../component.js';
import { parseNpmSpec, parsePypiSpec, type PackageSpec } from '../shell/packages.js';
import { scalarText } from '../parsers/jsonc.js';

export interface FeatureOption {
  key: string;
  keyNode: Node;
  value: Node;
}

/**
 * The packages a package feature installs: its `package` option (with `version` unless that is
 * `latest`, its default or empty) and, for pipx, each word of its injections. A value with a
 * `${…}` variable is a spec of unknown version. Nothing when no package is named (install.sh
 * then installs nothing).
 */
export function packageFeatureComponents(
  feature: PackageFeature,
  options: readonly FeatureOption[],
  at: Location,
  lineOf: (n: Node) => number,
  source: string,
): Component[] {
  const option = (name: string | undefined) => (name ? options.find((o) => o.key === name) : undefined);
  const text = (o: FeatureOption | undefined) => (o ? (scalarText(o.value) ?? '') : '');
  const pkgOption = option(feature.packageOption);
  const pkg = text(pkgOption).trim();
  const out: Component[] = [];
  if (pkg === '') return out;
  const versionOption = option(feature.versionOption);
  const version = text(versionOption).trim() || feature.defaultVersion;
  const unknown = (s: string) => s.includes('${');
  const main = version === 'latest' ? pkg : `${pkg}${feature.installs === 'npm' ? '@' : '=='}${version}`;
  const versionFrom =
    versionOption && version !== 'latest'
      ? { file: at.file, line: lineOf(versionOption.keyNode) }
      : undefined;
  const push = (spec: PackageSpec | null, from?: Location) => {
    if (!spec) return;
    out.push(
      makeComponent({
        ecosystem: feature.installs,
        name: spec.name,
        version: spec.version,
        ...(spec.version === null && spec.spec !== undefined ? { spec: spec.spec } : {}),
        ...(spec.alias !== undefined ? { alias: spec.alias } : {}),
        location: at,
        ...(from && from.line !== at.line ? { versionFrom: from } : {}),
        source,
        sourceKind: 'registry',
      }),
    );
  };
  const read = (s: string) =>
    feature.installs === 'npm' ? parseNpmSpec(s, unknown(s)) : parsePypiSpec(s, unknown(s));
  push(read(main), versionFrom);
  const injections = option(feature.injectionsOption);
  if (feature.installs === 'pypi' && injections) {
    const from = { file: at.file, line: lineOf(injections.keyNode) };
    for (const word of text(injections).split(/[\s,]+/)) if (word !== '') push(read(word), from);
  }
  return out;
}
