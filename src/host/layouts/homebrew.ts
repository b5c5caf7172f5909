// Homebrew installations on disk, under any prefix (`/opt/homebrew`, `/usr/local`,
// `/home/linuxbrew/.linuxbrew`): a cask is the folder `Caskroom/<token>/<version>` (brew keeps
// `.metadata` beside the version folders), a formula is `Cellar/<name>/<version>` with the
// `INSTALL_RECEIPT.json` brew writes into every keg; the receipt's `source.tap` qualifies a formula
// from a third-party tap (`sst/tap/opencode`, `charmbracelet/tap/crush`), as the catalog names them.
import { makeComponent } from '../../detectors/component.js';
import type { Component } from '../../model/component.js';
import { parentOf, type Installation, type Layout, type LayoutResult } from './layout.js';

const CASK_VERSION = /(?:^|\/)Caskroom\/([^/.][^/]*)\/([^/.][^/]*)$/;
const KEG_RECEIPT = /(?:^|\/)Cellar\/([^/.][^/]*)\/([^/.][^/]*)\/INSTALL_RECEIPT\.json$/;

function brewComponent(name: string, version: string, file: string, line: number, source: string): Component {
  return makeComponent({
    ecosystem: 'homebrew',
    name: name.toLowerCase(),
    version,
    location: { file, line },
    source,
    sourceKind: 'registry',
  });
}

export const homebrewCasks: Layout = {
  id: 'Homebrew Caskroom',
  fromPath(entry): Installation | null {
    if (entry.kind !== 'dir') return null;
    const m = CASK_VERSION.exec(entry.path);
    if (!m) return null;
    return { at: entry.path, component: brewComponent(m[1]!, m[2]!, entry.path, 1, 'Homebrew Caskroom') };
  },
};

export const homebrewKegs: Layout = {
  id: 'Homebrew Cellar',
  readsFile: (path) => KEG_RECEIPT.test(path),
  parse(path, text): LayoutResult {
    const [, formula, version] = KEG_RECEIPT.exec(path)!;
    let tap: unknown;
    try {
      tap = (JSON.parse(text) as { source?: { tap?: unknown } } | null)?.source?.tap;
    } catch (e) {
      return {
        installations: [],
        errors: [
          { file: path, line: 1, message: `INSTALL_RECEIPT.json is not valid JSON: ${(e as Error).message}` },
        ],
      };
    }
    const qualified =
      typeof tap === 'string' && tap !== '' && tap.toLowerCase() !== 'homebrew/core'
        ? `${tap}/${formula}`
        : formula!;
    return {
      installations: [
        { at: parentOf(path), component: brewComponent(qualified, version!, path, 1, 'Homebrew Cellar') },
      ],
      errors: [],
    };
  },
};
