// `inventory --format cyclonedx`: the inventory as a CycloneDX 1.6 SBOM, built and serialized by
// the CycloneDX project's own library. One component per distinct package and version; where it
// was found (file:line, source) are `aitg:location` / `aitg:source` properties, one per occurrence.
// Subpath imports: the package's main entry also loads its validation resources by __dirname,
// which an ESM bundle does not have.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { PackageURL } from 'packageurl-js';
import type { InventoryReport } from '../gate/report.js';
import { PROJECT_URL, VERSION } from '../model/version.js';

type Found = InventoryReport['components'][number];

const APPLICATIONS = new Set([
  'github-action',
  'vscode-extension',
  'installer',
  'homebrew',
  'devcontainer-feature',
  'oci-image',
]);

/** The component's purl when it is one (checked with packageurl-js), in its canonical spelling. */
function purlOf(c: Found): string | undefined {
  try {
    return c.purl ? PackageURL.fromString(c.purl).toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The SBOM of an inventory; `name` is the scanned project's (its folder name). */
export function renderCycloneDx(components: readonly Found[], name: string): string {
  const bom = new Models.Bom();
  bom.metadata.component = new Models.Component(Enums.ComponentType.Application, name, { bomRef: 'root' });
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'ai-tooling-gate', {
      version: VERSION,
      externalReferences: new Models.ExternalReferenceRepository([
        new Models.ExternalReference(PROJECT_URL, Enums.ExternalReferenceType.Website),
      ]),
    }),
  );
  const byKey = new Map<string, Models.Component>();
  for (const c of components) {
    const key = JSON.stringify([c.ecosystem, c.name, c.version, c.purl]);
    let component = byKey.get(key);
    if (!component) {
      const purl = purlOf(c);
      component = new Models.Component(
        APPLICATIONS.has(c.ecosystem) ? Enums.ComponentType.Application : Enums.ComponentType.Library,
        c.name,
        {
          bomRef: `${c.ecosystem}:${c.purl || c.name}@${c.version ?? ''}#${byKey.size}`,
          ...(c.version !== null ? { version: c.version } : {}),
          ...(purl ? { purl } : {}),
          properties: new Models.PropertyRepository([new Models.Property('aitg:ecosystem', c.ecosystem)]),
        },
      );
      byKey.set(key, component);
      bom.components.add(component);
    }
    component.properties.add(new Models.Property('aitg:location', `${c.location.file}:${c.location.line}`));
    component.properties.add(new Models.Property('aitg:source', c.source));
    if (c.version === null && c.spec !== undefined)
      component.properties.add(new Models.Property('aitg:spec', c.spec));
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n';
}
