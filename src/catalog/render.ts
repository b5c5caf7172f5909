// `ai-tooling-gate catalog`: the tools, every carrier of each, and the advisories.
import { advisories, type Advisory } from './advisories.js';
import { claudeCodeActionRefs } from './action-tags.js';
import { tools } from './tools.js';

/** The action tags and commits that install a CLI version an advisory covers. */
function affectedActionRefs(a: Advisory): { tag: string; commit: string; cliVersions: string[] }[] {
  return a.tool === 'claude-code' ? claudeCodeActionRefs(a.versions) : [];
}

export function catalogData() {
  return {
    schemaVersion: 1 as const,
    tools: tools.map((t) => ({
      id: t.id,
      name: t.name,
      vendor: t.vendor,
      ...(t.homepage ? { homepage: t.homepage } : {}),
      versionScheme: t.versionScheme,
      ...(t.note ? { note: t.note } : {}),
      carriers: t.carriers.map((c) => ({
        ecosystem: c.ecosystem,
        package: c.package,
        kind: c.kind,
        versionMapping: c.versionMapping,
        ...(c.versionOption !== undefined ? { versionOption: c.versionOption } : {}),
        ...(c.versionArgument !== undefined ? { versionArgument: c.versionArgument } : {}),
        ...(c.versionInput !== undefined ? { versionInput: c.versionInput } : {}),
        ...(c.installs !== undefined ? { installs: c.installs } : {}),
        source: c.source,
      })),
    })),
    advisories: advisories.map((a) => ({
      ...a,
      policy: 'builtin:advisories',
      action: 'fail',
      locked: true,
      affectedActionRefs: affectedActionRefs(a),
    })),
  };
}

export function renderCatalogJson(): string {
  return JSON.stringify(catalogData(), null, 2) + '\n';
}

function wrap(text: string, indent: string, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

export function renderCatalogText(): string {
  const lines: string[] = [];
  lines.push(`AI coding tools (${tools.length}). A policy rule \`tool: ID\` covers every carrier listed.`);
  for (const t of tools) {
    lines.push('');
    lines.push(
      `${t.id}  ${t.name} (${t.vendor})  version line: ${t.versionScheme}${t.homepage ? `  ${t.homepage}` : ''}`,
    );
    if (t.note) lines.push(...wrap(`note: ${t.note}`, '  '));
    const width = Math.max(...t.carriers.map((c) => c.ecosystem.length));
    let previous = '';
    for (const c of t.carriers) {
      lines.push(`  ${c.ecosystem.padEnd(width)}  ${c.package}  (${c.kind})`);
      const extra: string[] = [];
      // Runs of carriers with the same mapping (platform packages) say it once.
      if (c.versionMapping !== previous) extra.push(`version: ${c.versionMapping}`);
      if (c.versionArgument) extra.push(`takes a version: ${c.versionArgument}`);
      previous = c.versionMapping;
      for (const e of extra) lines.push(...wrap(e, `  ${' '.repeat(width)}    `));
    }
  }
  lines.push('');
  lines.push(
    `Advisories (${advisories.length}), enforced by builtin:advisories (included in builtin:default): locked, action fail.`,
  );
  for (const a of advisories) {
    lines.push('');
    lines.push(`${a.id}  ${a.title}  (published ${a.published})`);
    lines.push(`  tool: ${a.tool}  affected: ${a.versions}  first clean release: ${a.firstClean}`);
    lines.push(...wrap(`What: ${a.description}`, '  '));
    lines.push(...wrap(`How it was established: ${a.evidence}`, '  '));
    lines.push('  Sources:');
    for (const s of a.sources) lines.push(`    - ${s}`);
    const refs = affectedActionRefs(a);
    if (refs.length > 0) {
      lines.push(`  anthropics/claude-code-action refs that install an affected CLI (${refs.length} tags):`);
      lines.push(
        ...wrap(
          refs.map((r) => `${r.tag}=${r.commit.slice(0, 12)}(${r.cliVersions.join('+')})`).join(' '),
          '    ',
        ),
      );
    }
  }
  return lines.join('\n') + '\n';
}
