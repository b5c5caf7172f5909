// Tools named with a mise/asdf backend (`npm:@anthropic-ai/claude-code`, `pipx:aider-chat`,
// `github:openai/codex`) as components of their ecosystem; registry short names (`claude`,
// `codex`) as the backend they stand for.
import { releaseDownload, versionFromTag } from '../shell/installers.js';
import { exactVersion, normalizePypiName } from '../shell/packages.js';
import { shortNameBackend } from '../shell/tool-names.js';
import type { Ecosystem, SourceKind } from '../../model/component.js';

export interface BackendTool {
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  spec?: string;
  sourceKind: SourceKind;
}

export function backendTool(tool: string, version: string): BackendTool | null {
  const short = shortNameBackend(tool.trim());
  if (short) return backendTool(short, version);
  const m = /^([a-z]+):(.+)$/.exec(tool.trim());
  if (!m) return null;
  const backend = m[1]!;
  const name = m[2]!.replace(/\[.*\]$/, '');
  const v = version.trim();
  const at = (exact: string | null): { version: string | null; spec?: string } =>
    exact ? { version: exact } : { version: null, spec: v || 'latest' };
  if (backend === 'npm') {
    if (!/^(@[\w.~-]+\/)?[\w.~-]+$/.test(name)) return null;
    return { ecosystem: 'npm', name, ...at(exactVersion(v)), sourceKind: 'registry' };
  }
  if (backend === 'pipx' || backend === 'uvx') {
    if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) return null;
    return {
      ecosystem: 'pypi',
      name: normalizePypiName(name),
      ...at(/^\d[\w.+!-]*$/.test(v) ? v : null),
      sourceKind: 'registry',
    };
  }
  if (backend === 'release') {
    // A release channel whose URL holds the version (`…/claude-code-releases/<version>/…`).
    const rel = releaseDownload(`https://${name}/${v || 'latest'}/any/x`);
    if (!rel) return null;
    return { ecosystem: 'installer', name: rel.name, ...at(rel.version), sourceKind: 'url' };
  }
  if (backend === 'github' || backend === 'ubi' || backend === 'aqua') {
    const r = /^([\w.-]+)\/([\w.-]+)$/.exec(name);
    if (!r) return null;
    const rel = releaseDownload(`https://github.com/${r[1]}/${r[2]}/releases/download/x/x`);
    if (!rel) return null;
    return { ecosystem: 'installer', name: rel.name, ...at(versionFromTag(v)), sourceKind: 'url' };
  }
  return null;
}
