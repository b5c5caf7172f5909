// Container image references (`[registry/]path[:tag][@digest]`, as docker reads them) as
// components of the `oci-image` ecosystem, for the images the catalog knows to be a tool
// (OpenCode's `ghcr.io/anomalyco/opencode`). One grammar for every place an image is named:
// Dockerfile `FROM`, compose and devcontainer `image:`, workflow `container:`, `services:` and
// `uses: docker://`.
import { isImageCarrier } from '../../catalog/index.js';
import type { Component, Location } from '../../model/component.js';
import { makeComponent } from '../component.js';

export interface ImageRef {
  /** Registry and path, lowercased, with docker's defaults (`docker.io/library/x` for `x`). */
  repository: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** Reads an image reference; null when it is not one (a variable left in it, a bad character). */
export function parseImageRef(text: string): ImageRef | null {
  let rest = text.trim();
  if (rest === '' || /\s/.test(rest)) return null;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    if (!DIGEST.test(digest)) return null;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return null;
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first.toLowerCase() === 'index.docker.io' ? 'docker.io' : first.toLowerCase();
    parts.shift();
  }
  const path = parts.map((p) => p.toLowerCase());
  if (path.length === 0 || !path.every((p) => PATH_COMPONENT.test(p))) return null;
  if (registry === 'docker.io' && path.length === 1) path.unshift('library');
  return {
    repository: `${registry}/${path.join('/')}`,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/**
 * The component for an image the catalog knows, or null. `unknown` says the text held a variable
 * that could not be expanded: the repository must still be readable, the tag is then unknown.
 * A digest decides what is pulled whatever the tag says: the version is then unknown.
 */
export function imageComponent(
  text: string,
  location: Location,
  source: string,
  extra: { unknown?: boolean; versionFrom?: Location; via?: Location[] } = {},
): Component | null {
  let ref = parseImageRef(text);
  let unknownTag: string | undefined;
  if (!ref && extra.unknown) {
    // `image:${TAG}`: the repository is written, the tag is not known.
    const m = /^([^:@${}\s]+(?::\d+)?\/[^:@${}\s]+|[^:@${}\s/]+):(.+)$/.exec(text.trim());
    if (m) {
      ref = parseImageRef(m[1]!);
      unknownTag = m[2]!;
    }
  }
  if (!ref || !isImageCarrier(ref.repository)) return null;
  const tag = unknownTag ?? ref.tag;
  let version: string | null = null;
  let spec: string | undefined;
  if (ref.digest) spec = `${tag ? `${tag}@` : '@'}${ref.digest}`;
  else if (unknownTag !== undefined || extra.unknown) spec = tag ?? 'latest';
  else if (tag !== undefined && /^v?\d/.test(tag)) version = tag;
  else spec = tag ?? 'latest';
  return makeComponent({
    ecosystem: 'oci-image',
    name: ref.repository,
    version,
    ...(spec !== undefined ? { spec } : {}),
    location,
    ...(extra.versionFrom && extra.versionFrom.line !== location.line
      ? { versionFrom: extra.versionFrom }
      : {}),
    ...(extra.via && extra.via.length > 0 ? { via: extra.via } : {}),
    source,
    sourceKind: 'registry',
    resolved: text.trim(),
  });
}
