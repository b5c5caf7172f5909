// Counts across an organisation: per tool (or package) and per version, how many findings and in
// how many repositories.
import type { OrgFinding, OrgReport } from './report.js';

export interface VersionCount {
  /** The catalog tool, or the package for package rules. */
  tool: string;
  /** The tool version (or the package version, or what was written when unknown). */
  version: string;
  findings: number;
  failed: number;
  warned: number;
  passed: number;
  repositories: number;
}

export interface ToolCount {
  tool: string;
  findings: number;
  failed: number;
  warned: number;
  passed: number;
  repositories: number;
  versions: VersionCount[];
}

export function toolOf(f: OrgFinding): string {
  return f.tool ?? `${f.component.ecosystem}:${f.component.name}`;
}

export function versionOf(f: OrgFinding): string {
  if (f.tool) return f.toolVersion ?? f.component.version ?? f.component.spec ?? 'unknown';
  return f.component.version ?? f.component.spec ?? 'unknown';
}

/** Per tool, then per version; most findings first, then by name. */
export function countTools(report: Pick<OrgReport, 'findings'>): ToolCount[] {
  const tools = new Map<
    string,
    { t: ToolCount; repos: Set<string>; versions: Map<string, { v: VersionCount; repos: Set<string> }> }
  >();
  for (const f of report.findings) {
    const name = toolOf(f);
    let t = tools.get(name);
    if (!t) {
      t = {
        t: { tool: name, findings: 0, failed: 0, warned: 0, passed: 0, repositories: 0, versions: [] },
        repos: new Set(),
        versions: new Map(),
      };
      tools.set(name, t);
    }
    const version = versionOf(f);
    let v = t.versions.get(version);
    if (!v) {
      v = {
        v: { tool: name, version, findings: 0, failed: 0, warned: 0, passed: 0, repositories: 0 },
        repos: new Set(),
      };
      t.versions.set(version, v);
    }
    for (const c of [t.t, v.v]) {
      c.findings++;
      if (f.action === 'fail') c.failed++;
      else if (f.action === 'warn') c.warned++;
      else c.passed++;
    }
    t.repos.add(f.repository.toLowerCase());
    v.repos.add(f.repository.toLowerCase());
  }
  const byCount =
    <T extends { findings: number }>(key: (x: T) => string) =>
    (a: T, b: T): number =>
      b.findings - a.findings || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return [...tools.values()]
    .map(({ t, repos, versions }) => ({
      ...t,
      repositories: repos.size,
      versions: [...versions.values()]
        .map(({ v, repos: r }) => ({ ...v, repositories: r.size }))
        .sort(byCount<VersionCount>((x) => x.version)),
    }))
    .sort(byCount<ToolCount>((x) => x.tool));
}
