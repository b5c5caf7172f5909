// devcontainer-lock.json: the features a dev container was built with (`version` is the
// feature's own version, `resolved` its digest reference, `integrity` its digest).
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { makeComponent } from './component.js';
import { at, JSONC, parseJsonc, members, stringValue } from './parsers/jsonc.js';
import { knownFeature } from './devcontainer/known-features.js';
import { featureRef } from './devcontainer-json.js';

export const DEVCONTAINER_LOCK_SOURCE = 'devcontainer-lock.json';

export function scanDevcontainerLock({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  const { root, errors } = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  const components: Component[] = [];
  for (const f of members(at(root, ['features']))) {
    const ref = featureRef(f.key);
    const known = knownFeature(ref.name);
    const featureVersion = stringValue(at(f.value, ['version']));
    const resolved = stringValue(at(f.value, ['resolved']));
    const integrity = stringValue(at(f.value, ['integrity']));
    // The lock records the feature's version, not the tool's: a feature that takes no version
    // option installs its default; otherwise the tool version is set in devcontainer.json.
    const toolDefault = known && !known.versionOption ? known.defaultVersion : undefined;
    components.push(
      makeComponent({
        ecosystem: 'devcontainer-feature',
        name: ref.name,
        version: null,
        ...(toolDefault ? { spec: toolDefault } : {}),
        location: { file: path, line: lines.line(f.keyNode.offset) },
        source: DEVCONTAINER_LOCK_SOURCE,
        sourceKind: ref.kind,
        resolved: resolved ?? f.key,
        ...(integrity ? { integrity } : {}),
        ...(featureVersion
          ? { versionNote: `feature version ${featureVersion} (the lock does not record the tool version)` }
          : {}),
      }),
    );
  }
  return { components, errors };
}

export const devcontainerLockDetector: Detector = {
  id: DEVCONTAINER_LOCK_SOURCE,
  role: 'lockfile',
  syntax: 'json',
  ecosystems: ['devcontainer-feature'],
  matches: (p) => /(^|\/)\.?devcontainer-lock\.json$/.test(p),
  detect: scanDevcontainerLock,
};
