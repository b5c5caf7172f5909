// A committed VS Code extension package (`*.vsix`): a zip whose `extension.vsixmanifest` names
// the extension (`<Identity Id Publisher Version>`). The manifest is read, not the file name, so
// a renamed package is still what it is. A `.vsix` that is not such a zip is a located error.
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { makeComponent } from './component.js';
import { readZipEntry } from './parsers/zip.js';

export const VSIX_SOURCE = '.vsix';

const MANIFEST = 'extension.vsixmanifest';
/** The manifest is a few kilobytes; a bound on hostile input. */
const MAX_MANIFEST = 1 << 20;

export function scanVsix({ path, bytes }: Pick<DetectInput, 'path' | 'bytes'>): DetectorResult {
  const fail = (message: string): DetectorResult => ({
    components: [],
    errors: [{ file: path, line: 1, message: `${message}: not a VS Code extension package` }],
  });
  const manifest = readZipEntry(bytes, (name) => name === MANIFEST, MAX_MANIFEST);
  if (typeof manifest === 'string') return fail(manifest);
  if (manifest === null) return fail(`no ${MANIFEST}`);
  const xml = new TextDecoder().decode(manifest.bytes);
  const identity = /<Identity\b([^>]*)>/.exec(xml)?.[1];
  const attr = (name: string) =>
    identity ? new RegExp(`\\b${name}="([^"]*)"`).exec(identity)?.[1] : undefined;
  const id = attr('Id');
  const publisher = attr('Publisher');
  const version = attr('Version');
  if (!id || !publisher) return fail(`${MANIFEST} has no Identity Id and Publisher`);
  const components: Component[] = [
    makeComponent({
      ecosystem: 'vscode-extension',
      name: `${publisher}.${id}`.toLowerCase(),
      version: version ?? null,
      ...(version === undefined ? { spec: 'unknown (no Version in the manifest)' } : {}),
      location: { file: path, line: 1 },
      source: VSIX_SOURCE,
      sourceKind: 'file',
    }),
  ];
  return { components, errors: [] };
}

export const vsixDetector: Detector = {
  id: VSIX_SOURCE,
  role: 'environment',
  syntax: 'binary',
  ecosystems: ['vscode-extension'],
  binary: true,
  matches: (p) => /\.vsix$/i.test(p),
  detect: (input: DetectInput) => scanVsix(input),
};
