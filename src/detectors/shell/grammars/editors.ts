// Editors' command lines that install an extension: `code --install-extension ID[@VERSION]`
// (VS Code and its builds and forks that take the same option: code-insiders, codium, cursor,
// windsurf, code-server, openvscode-server). The option may repeat; a `.vsix` path is a file,
// not a registry identity, and is left out.
import type { Expanded } from '../expand.js';
import type { Recognised } from './options.js';
import { semverLike } from '../../devcontainer/known-features.js';

export const EDITOR_COMMANDS = new Set([
  'code',
  'code-insiders',
  'codium',
  'vscodium',
  'cursor',
  'windsurf',
  'code-server',
  'openvscode-server',
]);

const EXTENSION_ID = /^([A-Za-z0-9][\w-]*\.[A-Za-z0-9][\w.-]*?)(?:@(.+))?$/;

export function editorExtensions(args: readonly Expanded[]): Recognised[] {
  const found: Recognised[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let value: Expanded | undefined;
    if (a.text === '--install-extension') value = args[++i];
    else if (a.text.startsWith('--install-extension=')) value = { ...a, text: a.text.slice(20) };
    if (!value || value.unknown || /\.vsix$/i.test(value.text)) continue;
    const m = EXTENSION_ID.exec(value.text);
    if (!m) continue;
    const pin = m[2];
    const version = pin !== undefined ? semverLike(pin) : null;
    found.push({
      at: value.start,
      finding: {
        ecosystem: 'vscode-extension',
        name: m[1]!.toLowerCase(),
        version,
        ...(version === null ? { spec: pin ?? 'latest' } : {}),
        sourceKind: 'registry',
      },
    });
  }
  return found;
}

/**
 * An extension package downloaded from the Visual Studio Marketplace or Open VSX, by the URL
 * shapes they serve: `…/publishers/P/vsextensions/E/V/vspackage`, `…/publisher/P/extension/E/V/
 * assetbyname/…VSIXPackage`, `open-vsx.org/api/P/E/V/file/…`.
 */
export function extensionDownload(url: string): { name: string; version: string | null } | null {
  const m =
    /^https?:\/\/marketplace\.visualstudio\.com\/_apis\/public\/gallery\/publishers\/([\w-]+)\/vsextensions\/([\w.-]+)\/([^/?#]+)\/vspackage/i.exec(
      url,
    ) ??
    /^https?:\/\/[\w-]+\.gallery\.vsassets\.io\/_apis\/public\/gallery\/publisher\/([\w-]+)\/extension\/([\w.-]+)\/([^/?#]+)\//i.exec(
      url,
    ) ??
    /^https?:\/\/open-vsx\.org\/api\/([\w-]+)\/([\w.-]+)\/([^/?#]+)\/file\//i.exec(url);
  if (!m) return null;
  return { name: `${m[1]}.${m[2]}`.toLowerCase(), version: semverLike(m[3]!) };
}
