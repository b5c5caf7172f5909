// Static checks over the project's own code and bundles: nothing from a scanned repository can
// reach a shell, the registry client never runs package scripts, no credential-looking literal is
// bundled, and the project's workflows pin every action by commit SHA with explicit permissions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../hostile/helpers.js';

function* walk(dir: string, ext: RegExp): Generator<string> {
  if (!existsSync(dir)) return;
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

describe('no shell, no eval, no package scripts', () => {
  it('child_process is used only through execFile / execFileSync, never exec, spawn or fork', () => {
    const offences: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(
        /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"](?:node:)?child_process['"]/g,
      )) {
        for (const name of m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!)) {
          if (name && name !== 'execFile' && name !== 'execFileSync')
            offences.push(`${file}: imports ${name}`);
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

  it('every execFile call passes an argument array with "--" before any path or ref', () => {
    const offences: string[] = [];
    let calls = 0;
    for (const { file, text } of sources) {
      for (const m of text.matchAll(
        /\bexecFile(?:Sync|Async)?\s*\(\s*(['"`][^'"`]+['"`])\s*,\s*(\[[^\]]*\])/g,
      )) {
        calls++;
        const args = m[2]!;
        // Literal flags are fine anywhere; an argument that is not a literal (a path, a ref, a
        // value from the repository) must come after the "--" separator, except the value of
        // git's own -C (the directory the scan was told to read, not repository content).
        const items = args
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const sep = items.indexOf("'--'");
        items.forEach((item, i) => {
          const literal = /^['"][^'"]*['"]$/.test(item);
          const afterDashC = i > 0 && items[i - 1] === "'-C'";
          if (!literal && !afterDashC && (sep === -1 || i < sep))
            offences.push(`${file}: ${m[1]} argument ${item} before "--"`);
        });
      }
      const all = text.match(/\bexecFile(?:Sync|Async)?\s*\(/g)?.length ?? 0;
      const checked = [...text.matchAll(/\bexecFile(?:Sync|Async)?\s*\(\s*['"`][^'"`]+['"`]\s*,\s*\[/g)]
        .length;
      if (all !== checked)
        offences.push(`${file}: an execFile call whose arguments are not an array literal`);
    }
    expect(offences).toEqual([]);
    expect(calls).toBeGreaterThan(0);
  });

  it('the registry client is asked for manifests only: nothing is downloaded, extracted or run', () => {
    const offences: string[] = [];
    for (const { file, text } of sources) {
      if (/['"]@npmcli\/run-script['"]|['"]npm-lifecycle['"]|['"]@npmcli\/arborist['"]/.test(text))
        offences.push(`${file}: imports a package-script runner`);
      if (!/['"]pacote['"]/.test(text)) continue;
      for (const m of text.matchAll(/\bpacote\.(\w+)/g))
        if (m[1] !== 'manifest' && m[1] !== 'Options') offences.push(`${file}: pacote.${m[1]}`);
      const taken = [...text.matchAll(/const\s*\{([^{}]*)\}\s*=\s*await\s+loadPacote\(\)/g)];
      if (taken.length === 0) offences.push(`${file}: pacote is used in a way this check does not know`);
      for (const m of taken)
        if (m[1]!.trim() !== 'manifest') offences.push(`${file}: takes ${m[1]} from pacote`);
    }
    expect(offences).toEqual([]);
  });
});

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
    /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/,
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
          if (ref.startsWith('./') || ref.startsWith('docker://')) return;
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
