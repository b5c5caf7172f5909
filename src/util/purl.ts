import { PackageURL } from 'packageurl-js';
import type { Ecosystem } from '../model/component.js';

/**
 * Builds the Package URL of a component. npm scopes become the purl namespace
 * (`pkg:npm/%40scope/name@1.0.0`); PyPI names are PEP 503-normalised by packageurl-js.
 * A null version is left out of the purl.
 */
export function purlFor(ecosystem: Ecosystem, name: string, version: string | null): string {
  return plainPurl(ecosystem, name, version) ?? purlViaLibrary(ecosystem, name, version);
}

/** The purl as packageurl-js builds it (every case; `purlFor` takes a shortcut for plain ones). */
export function purlViaLibrary(ecosystem: Ecosystem, name: string, version: string | null): string {
  try {
    switch (ecosystem) {
      case 'npm':
      case 'jsr': {
        const slash = name.startsWith('@') ? name.indexOf('/') : -1;
        const ns = slash > 0 ? name.slice(0, slash) : undefined;
        const base = slash > 0 ? name.slice(slash + 1) : name;
        return new PackageURL(ecosystem, ns, base, version ?? undefined).toString();
      }
      case 'pypi':
        return new PackageURL('pypi', undefined, name, version ?? undefined).toString();
      case 'vscode-extension': {
        const dot = name.indexOf('.');
        return new PackageURL(
          'vscode-extension',
          dot > 0 ? name.slice(0, dot) : undefined,
          dot > 0 ? name.slice(dot + 1) : name,
          version ?? undefined,
        ).toString();
      }
      case 'github-action': {
        const [owner, repo, ...rest] = name.split('/');
        return new PackageURL(
          'githubactions',
          owner,
          repo ?? name,
          version ?? undefined,
          undefined,
          rest.length ? rest.join('/') : undefined,
        ).toString();
      }
      case 'devcontainer-feature': {
        // OCI ids are registry/namespace/name: keep them whole as a qualifier-free generic purl.
        const i = name.lastIndexOf('/');
        return new PackageURL(
          'generic',
          i > 0 ? 'devcontainer-feature/' + name.slice(0, i) : 'devcontainer-feature',
          i > 0 ? name.slice(i + 1) : name,
          version ?? undefined,
        ).toString();
      }
      case 'homebrew':
        return new PackageURL('homebrew', undefined, name, version ?? undefined).toString();
      case 'installer':
        return new PackageURL('generic', 'installer', name, version ?? undefined).toString();
      case 'nix':
        return new PackageURL('generic', 'nixpkgs', name, version ?? undefined).toString();
      case 'oci-image': {
        // purl-spec's oci type: the last path segment as name, the repository as repository_url,
        // the tag as a qualifier (the purl's version is a digest, which the gate does not know).
        const last = name.slice(name.lastIndexOf('/') + 1);
        const qualifiers: Record<string, string> = { repository_url: name };
        if (version) qualifiers['tag'] = version;
        return new PackageURL('oci', undefined, last, undefined, qualifiers).toString();
      }
    }
  } catch {
    // Names from hostile files can be anything; never let purl construction throw.
  }
  return `pkg:generic/${encodeURIComponent(ecosystem)}/${encodeURIComponent(name.toWellFormed())}${version ? '@' + encodeURIComponent(version.toWellFormed()) : ''}`;
}

/** Characters packageurl-js leaves as they are in an npm or PyPI name it has lowercased. */
const PLAIN_NPM_PART = /^[a-z0-9._~-]+$/;
const PLAIN_PYPI_NAME = /^[a-z0-9.-]+$/;
/** Characters a version keeps in a purl (encodeURIComponent leaves them, `+` is restored). */
const PLAIN_VERSION = /^[A-Za-z0-9._+-]+$/;

/**
 * The purl of the common case built directly: an npm, jsr or PyPI name already in canonical form
 * and a version of plain characters, for which packageurl-js would neither change nor escape
 * anything but the scope's `@`. Null for anything else (the library builds it). The property test
 * in test/util/purl.test.ts holds both to the same output.
 */
function plainPurl(ecosystem: Ecosystem, name: string, version: string | null): string | null {
  if (version !== null && !PLAIN_VERSION.test(version)) return null;
  const at = version === null ? '' : '@' + version;
  if (ecosystem === 'npm' || ecosystem === 'jsr') {
    if (name.charCodeAt(0) === 0x40) {
      const slash = name.indexOf('/');
      if (slash < 2) return null;
      const scope = name.slice(1, slash);
      const base = name.slice(slash + 1);
      if (!PLAIN_NPM_PART.test(scope) || !PLAIN_NPM_PART.test(base)) return null;
      return `pkg:${ecosystem}/%40${scope}/${base}${at}`;
    }
    return PLAIN_NPM_PART.test(name) ? `pkg:${ecosystem}/${name}${at}` : null;
  }
  if (ecosystem === 'pypi') return PLAIN_PYPI_NAME.test(name) ? `pkg:pypi/${name}${at}` : null;
  return null;
}
