// Static checks over the project's own code and bundles: nothing from a scanned repository can
// reach a shell, the registry client never runs package scripts, no credential-looking literal is
// bundled, and the project's workflows pin every action by commit SHA with explicit permissions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../hostile/helpers.js';

function* walk(dir: string, ext: RegExp): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') yield* walk(p, ext);
    } else if (ext.test(e.name)) yield p;
  }
}

const sources = [...walk(join(projectRoot, 'src'), /\.ts$/)].map((file) => ({
  file: relative(projectRoot, file),
  text: readFileSync(file, 'utf8'),
}));

/**
 * Argument arrays of child processes: direct `execFile*` / `spawn*` calls and calls of wrappers
 * (functions taking `args: string[]` that hand them to a child process). A non-literal argument
 * must come after "--" or "--end-of-options", be the value of `-C`, or be an identifier checked
 * against a 40-hex commit pattern just before the call.
 */
function argumentOffences(files: { file: string; text: string }[]): { offences: string[]; calls: number } {
  const offences: string[] = [];
  let calls = 0;
  for (const { file, text } of files) {
    const wrappers = [
      ...text.matchAll(/function\s+(\w+)\s*\([^)]*\bargs\s*:\s*(?:readonly\s+)?string\[\]/g),
    ].map((m) => m[1]!);
    const direct = /\b(?:execFile(?:Sync|Async)?|spawn(?:Sync)?)\s*\(\s*(['"`][^'"`]+['"`])\s*,\s*([^,)]+)/g;
    for (const m of text.matchAll(direct)) {
      const second = m[2]!.trim();
      if (second.startsWith('[')) continue;
      // Only a wrapper may pass its own `args` parameter on.
      if (second === 'args' && wrappers.length > 0) continue;
      offences.push(`${file}: a child process whose arguments are not an array literal`);
    }
    const names = ['execFile', 'execFileSync', 'execFileAsync', 'spawn', 'spawnSync', ...wrappers];
    const call = new RegExp(`\\b(${names.join('|')})\\s*\\(\\s*([^,()\\[]+?)\\s*,\\s*\\[([^\\]]*)\\]`, 'g');
    for (const m of text.matchAll(call)) {
      calls++;
      const who = ['execFile', 'execFileSync', 'execFileAsync', 'spawn', 'spawnSync'].includes(m[1]!)
        ? m[2]!
        : m[1]!;
      const before = text.slice(Math.max(0, m.index - 400), m.index);
      const items = m[3]!
        .split(/,(?![^`]*`\s*[\],])/)
        .map((x) => x.trim())
        .filter(Boolean);
      let separated = false;
      items.forEach((item, i) => {
        if (item === "'--'" || item === "'--end-of-options'") separated = true;
        if (separated || /^(['"])[^'"]*\1$/.test(item)) return;
        if (i > 0 && items[i - 1] === "'-C'") return;
        const id = /^`?\$?\{?(\w+)/.exec(item)?.[1];
        if (id && new RegExp(`\\[0-9a-f\\]\\{40\\}[^\\n]*\\.test\\(${id}\\)`).test(before)) return;
        offences.push(`${file}: ${who} argument ${item} before "--"`);
      });
    }
  }
  return { offences, calls };
}

describe('no shell, no eval, no package scripts', () => {
  it('child_process is used only through execFile / spawn with argument arrays, never exec, fork or a shell', () => {
    const allowed = new Set(['execFile', 'execFileSync', 'spawn', 'spawnSync']);
    const offences: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(
        /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"](?:node:)?child_process['"]/g,
      )) {
        for (const raw of m[1]!.split(',')) {
          const item = raw.trim();
          if (item === '' || item.startsWith('type ')) continue;
          const name = item.split(/\s+as\s+/)[0]!;
          if (!allowed.has(name)) offences.push(`${file}: imports ${name}`);
        }
      }
      if (/import\s+\*\s+as\s+\w+\s+from\s*['"](?:node:)?child_process['"]/.test(text))
        offences.push(`${file}: imports child_process as a namespace`);
      if (/require\(\s*['"](?:node:)?child_process['"]\s*\)/.test(text))
        offences.push(`${file}: requires child_process`);
      if (/\bshell\s*:\s*(true|['"`])/.test(text)) offences.push(`${file}: shell option`);
      if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(text)) offences.push(`${file}: eval / new Function`);
      if (/from\s*['"](?:node:)?vm['"]/.test(text)) offences.push(`${file}: node:vm`);
    }
    expect(offences).toEqual([]);
  });

  it('every git argument taken from a repository, a ref or a path comes after "--" / "--end-of-options"', () => {
    const { offences, calls } = argumentOffences(sources);
    expect(offences).toEqual([]);
    expect(calls).toBeGreaterThan(0);
  });

  it('the argument check catches what it should', () => {
    const bad = argumentOffences([
      { file: 'a.ts', text: "execFileAsync('git', ['log', ref]);" },
      { file: 'b.ts', text: "spawn('git', args);" },
      {
        file: 'c.ts',
        text: "function runGit(cwd: string, args: string[]) { return execFileAsync('git', args); }\nrunGit(dir, ['cat-file', '-e', `${sha}^{commit}`]);",
      },
    ]).offences;
    expect(bad).toEqual([
      'a.ts: \'git\' argument ref before "--"',
      'b.ts: a child process whose arguments are not an array literal',
      'c.ts: runGit argument `${sha}^{commit}` before "--"',
    ]);
    const good = argumentOffences([
      {
        file: 'd.ts',
        text:
          "function runGit(cwd: string, args: string[]) { return execFileAsync('git', args); }\n" +
          "runGit(dir, ['-C', root, 'rev-parse', '--end-of-options', `${ref}^{commit}`]);\n" +
          "if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error('x');\nrunGit(dir, ['fetch', 'origin', sha]);\n" +
          "spawn('git', ['cat-file', '--batch']);",
      },
    ]);
    expect(good.offences).toEqual([]);
  });

  it('the registry client is asked for manifests only: nothing is downloaded, extracted or run', () => {
    const offences: string[] = [];
    for (const { file, text } of sources) {
      if (/['"]@npmcli\/run-script['"]|['"]npm-lifecycle['"]|['"]@npmcli\/arborist['"]/.test(text))
        offences.push(`${file}: imports a package-script runner`);
      // pacote can clone, download and extract; the resolver needs none of it.
      if (/['"]pacote['"]/.test(text)) offences.push(`${file}: imports pacote`);
      // The one registry request is the packument's, in resolver/manifest.ts.
      if (/['"]npm-registry-fetch['"]/.test(text) && !/resolver\/manifest\.ts$|\.d\.ts$/.test(file))
        offences.push(`${file}: imports npm-registry-fetch`);
    }
    const manifest = sources.find((s) => s.file.endsWith('resolver/manifest.ts'));
    expect(manifest, 'src/resolver/manifest.ts').toBeDefined();
    // One fetch call, whose URL is the packument's (registry + escaped name), never a tarball.
    expect([...manifest!.text.matchAll(/await fetch\(/g)]).toHaveLength(1);
    expect(manifest!.text).toMatch(/await fetch\(url,/);
    expect(manifest!.text).toMatch(/const url = `\$\{options\.registry[^`]*\}\/\$\{parsed\.escapedName/);
    expect(offences).toEqual([]);
  });
});

// Key material, not the placeholder npm's own `key` option documents ("…KEY-----\\nXXXX").
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----(?:\r?\n|\\n)[A-Za-z0-9+/=]{40,}/;

describe('bundles', () => {
  // Shapes of real credentials (GitHub, npm, AWS, Slack, private keys).
  const TOKEN_SHAPES = [
    /\bghp_[A-Za-z0-9]{36}\b/,
    /\bgho_[A-Za-z0-9]{36}\b/,
    /\bghs_[A-Za-z0-9]{36}\b/,
    /\bgithub_pat_[A-Za-z0-9_]{60,}\b/,
    /\bnpm_[A-Za-z0-9]{36}\b/,
    /\bAKIA[0-9A-Z]{16}\b/,
    /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/,
    PRIVATE_KEY,
  ];

  it('dist/ holds no token-looking literal', () => {
    const files = [...walk(join(projectRoot, 'dist'), /\.(js|cjs|mjs|json|txt)$/)];
    expect(files.length).toBeGreaterThan(0);
    const hits: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const re of TOKEN_SHAPES) {
        const m = re.exec(text);
        if (m) hits.push(`${relative(projectRoot, f)}: ${m[0].slice(0, 12)}…`);
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('workflows', () => {
  const dir = join(projectRoot, '.github', 'workflows');
  const workflows = [...walk(dir, /\.ya?ml$/)];

  it('every action a workflow of this project uses is pinned by a 40-hex commit SHA', () => {
    const offences: string[] = [];
    for (const f of workflows) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m = /^\s*(?:-\s*)?uses:\s*['"]?([^'"\s#]+)/.exec(line);
          if (!m) return;
          const ref = m[1]!;
          // `$/`: this repository at the running commit (the self-repository reference), like `./`.
          if (ref.startsWith('./') || ref.startsWith('$/') || ref.startsWith('docker://')) return;
          if (!/@[0-9a-f]{40}$/.test(ref)) offences.push(`${relative(projectRoot, f)}:${i + 1}: ${ref}`);
        });
    }
    expect(offences).toEqual([]);
    if (workflows.length === 0)
      console.log('no .github/workflows yet: SHA-pinning check had nothing to read');
  });

  it('every workflow of this project declares its permissions', () => {
    const missing = workflows.filter((f) => !/^permissions:/m.test(readFileSync(f, 'utf8')));
    expect(missing.map((f) => relative(projectRoot, f))).toEqual([]);
  });

  it('every workflow documented in README.md, SECURITY.md and examples/ declares minimal permissions', () => {
    const docs = [
      join(projectRoot, 'README.md'),
      join(projectRoot, 'SECURITY.md'),
      ...walk(join(projectRoot, 'examples'), /\.(md|ya?ml)$/),
    ].filter(existsSync);
    const offences: string[] = [];
    let documented = 0;
    for (const f of docs) {
      const text = readFileSync(f, 'utf8');
      const blocks = f.endsWith('.md')
        ? [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!)
        : [text];
      for (const b of blocks) {
        if (!/^jobs:/m.test(b) || !/^on:/m.test(b)) continue;
        documented++;
        if (!/^permissions:|^\s+permissions:/m.test(b))
          offences.push(`${relative(projectRoot, f)}: a workflow without permissions`);
        if (/write-all/.test(b)) offences.push(`${relative(projectRoot, f)}: write-all`);
      }
    }
    expect(offences).toEqual([]);
    console.log(`documented workflows checked: ${documented}`);
    expect(documented).toBeGreaterThan(0); // SECURITY.md documents one
  });
});

describe('token shapes', () => {
  it('the key shape finds key material and not a documented placeholder', () => {
    const key = PRIVATE_KEY;
    expect(key.test(`-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(2)}`)).toBe(
      true,
    );
    expect(key.test(`-----BEGIN RSA PRIVATE KEY-----\\n${'A'.repeat(64)}`)).toBe(true);
    expect(key.test('key="-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----"')).toBe(
      false,
    );
  });
});
