// The post-ban repository of `npm run bench`: many real lockfiles (npm, yarn 1, yarn 4, pnpm, bun,
// deno; the committed fixtures and ../shared/corpus/lockfiles as templates) that each hold a
// banned Claude Code, as many repositories are on the day a ban starts. Each template gets one
// entry injected in its own format's shape, written the way that manager writes it:
// package-lock.json `packages["node_modules/…"]` (v2/v3) or `dependencies` (v1); yarn 1's
// `"name@range":` block with `version`/`resolved`; yarn 4's block with `resolution: "name@npm:…"`;
// pnpm's `packages:` key (`/name/1.0.0` v5, `/name@1.0.0` v6, `name@1.0.0` v9, with its
// `snapshots:` entry); bun.lock's `"name": ["name@version", "", {}, "sha512-…"]`; deno.lock's
// `npm` map (v4+) or `packages.npm` (v3). A template the engine does not then report the banned
// version for is left out (and counted), so the repository holds exactly what it says.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const NAME = '@anthropic-ai/claude-code';
const VERSION = '2.1.150';
const TARBALL = `https://registry.npmjs.org/${NAME}/-/claude-code-${VERSION}.tgz`;
const INTEGRITY = 'sha512-' + 'A'.repeat(86) + '==';

export const POSTBAN_FORMATS = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'deno.lock'];

/** The template's text with a banned Claude Code in it, or null when its shape is not known. */
export function injectBanned(name, text) {
  switch (name) {
    case 'package-lock.json': {
      const j = JSON.parse(text);
      const entry = { version: VERSION, resolved: TARBALL, integrity: INTEGRITY, dev: true };
      if (j.packages) j.packages[`node_modules/${NAME}`] = entry;
      if (j.dependencies || !j.packages) j.dependencies = { ...(j.dependencies ?? {}), [NAME]: entry };
      return JSON.stringify(j, null, 2) + '\n';
    }
    case 'yarn.lock':
      return text.includes('__metadata:')
        ? `${text.trimEnd()}\n\n"${NAME}@npm:^2.1.0":\n  version: ${VERSION}\n  resolution: "${NAME}@npm:${VERSION}"\n  checksum: 10/${'a'.repeat(64)}\n  languageName: node\n  linkType: hard\n`
        : `${text.trimEnd()}\n\n"${NAME}@^2.1.0":\n  version "${VERSION}"\n  resolved "${TARBALL}#${'a'.repeat(40)}"\n  integrity ${INTEGRITY}\n`;
    case 'pnpm-lock.yaml': {
      const v = /^lockfileVersion: '?([0-9.]+)/m.exec(text)?.[1];
      if (!v || !/^packages:\s*$/m.test(text)) return null;
      const major = Number(v.split('.')[0]);
      const key = major >= 9 ? `'${NAME}@${VERSION}'` : major >= 6 ? `/${NAME}@${VERSION}` : `/${NAME}/${VERSION}`;
      let out = text.replace(/^packages:\s*$/m, `packages:\n\n  ${key}:\n    resolution: {integrity: ${INTEGRITY}}\n    dev: true\n`);
      if (major >= 9 && /^snapshots:\s*$/m.test(out)) out = out.replace(/^snapshots:\s*$/m, `snapshots:\n\n  ${key}: {}\n`);
      return out;
    }
    case 'bun.lock':
      if (!/"packages": \{/.test(text)) return null;
      return text.replace(/"packages": \{/, `"packages": {\n    "${NAME}": ["${NAME}@${VERSION}", "", {}, "${INTEGRITY}"],\n`);
    case 'deno.lock': {
      const j = JSON.parse(text);
      const entry = { integrity: INTEGRITY, dependencies: {} };
      if (Number(j.version) >= 4) j.npm = { ...(j.npm ?? {}), [`${NAME}@${VERSION}`]: entry };
      else if (j.packages) j.packages.npm = { ...(j.packages.npm ?? {}), [`${NAME}@${VERSION}`]: entry };
      else return null;
      return JSON.stringify(j, null, 2) + '\n';
    }
    default:
      return null;
  }
}

/**
 * The injected texts of the templates the engine reports the banned version for (checked with
 * `detect`, the registered detector of that file name run on it), and the count left out.
 */
export async function postBanTexts(templates, detectFile) {
  const kept = [];
  let left = 0;
  for (const t of templates) {
    const name = basename(t.file);
    if (!POSTBAN_FORMATS.includes(name)) continue;
    let text;
    try {
      text = injectBanned(name, readFileSync(t.file, 'utf8'));
    } catch {
      text = null;
    }
    const found = text === null ? [] : await detectFile(`x/${name}`, text);
    if (found.some((c) => c.name === NAME && c.version === VERSION)) kept.push({ name, text, size: Buffer.byteLength(text) });
    else left++;
  }
  return { kept, left };
}
