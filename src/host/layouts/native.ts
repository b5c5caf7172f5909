// Vendor installers' own layouts. Claude Code's native installer (claude.ai/install.sh, .ps1, .cmd)
// keeps each version at `~/.local/share/claude/versions/<version>` (on Windows under
// `%USERPROFILE%\.local\share\claude\versions`) and points `~/.local/bin/claude` at the one in use;
// the Cursor CLI installer (cursor.com/install) keeps `~/.local/share/cursor-agent/versions/<version>/`
// and links `~/.local/bin/cursor-agent` to it. These paths are what the scripts themselves write;
// which catalog carrier each layout belongs to is named here and checked against the catalog when
// this module loads, so a carrier renamed in the catalog cannot silently stop this layout.
import { catalog } from '../../catalog/index.js';
import { makeComponent } from '../../detectors/component.js';
import { valid } from 'semver';
import { parentOf, type Installation, type Layout } from './layout.js';

interface NativeLayout {
  /** The folder holding one entry per installed version, matched at the end of a path. */
  versions: RegExp;
  /** The launcher link the installer writes, matched at the end of a path. */
  link: RegExp;
  /** The catalog carrier (an `installer` URL) the layout belongs to. */
  installer: string;
}

/** A launcher's target inside some `versions/` folder: `…/versions/<version>`. */
const LAUNCHED_VERSION = /(?:^|\/)versions\/([^/.][^/]*)$/;

const NATIVE: NativeLayout[] = [
  {
    versions: /(?:^|\/)\.local\/share\/claude\/versions\/([^/.][^/]*)$/,
    link: /(?:^|\/)\.local\/bin\/claude(?:\.exe)?$/,
    installer: 'claude.ai/install.sh',
  },
  {
    versions: /(?:^|\/)\.local\/share\/cursor-agent\/versions\/([^/.][^/]*)$/,
    link: /(?:^|\/)\.local\/bin\/(?:cursor-agent|cursor)$/,
    installer: 'cursor.com/install',
  },
];

for (const n of NATIVE) {
  if (
    !catalog.tools.some((t) =>
      t.carriers.some((c) => c.ecosystem === 'installer' && c.package === n.installer),
    )
  )
    throw new Error(`host layouts: the catalog has no installer carrier ${n.installer}`);
}

function installation(
  n: NativeLayout,
  version: string,
  at: string,
  file: string,
  note?: string,
): Installation {
  const exact = valid(version) !== null;
  return {
    at,
    component: makeComponent({
      ecosystem: 'installer',
      name: n.installer,
      version: exact ? version : null,
      ...(exact ? {} : { spec: version }),
      location: { file, line: 1 },
      source: 'native installer',
      sourceKind: 'url',
      ...(note
        ? { versionNote: note }
        : exact
          ? {}
          : { versionNote: `version folder "${version}" is not a version` }),
    }),
  };
}

export const nativeInstallers: Layout = {
  id: 'native installer',
  fromPath(entry) {
    if (entry.kind === 'link') return null;
    for (const n of NATIVE) {
      const m = n.versions.exec(entry.path);
      if (m) return installation(n, m[1]!, entry.path, entry.path);
    }
    return null;
  },
  readsLink: (path) => NATIVE.some((n) => n.link.test(path)),
  fromLink(path, target) {
    for (const n of NATIVE) {
      if (!n.link.test(path)) continue;
      // The launcher names the version in use; where that version folder is found too, the two
      // are one installation (reported at the folder).
      if (target === null) return null;
      // Where the launcher points: a version entry of this layout, or of a copy of it kept
      // somewhere else (`/opt/claude/versions/<version>`).
      for (const at of [target, parentOf(target)]) {
        const m = n.versions.exec(at) ?? LAUNCHED_VERSION.exec(at);
        if (m) return installation(n, m[1]!, at, path, `the launcher ${path} points at ${target}`);
      }
    }
    return null;
  },
};
