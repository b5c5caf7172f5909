// Downloads in commands: the URL a curl/wget/irm command fetches, where it writes it, a fetch
// inside a substitution (`bash <(curl URL)`), and the installer component a fetched script or
// release download stands for.
import { extensionDownload } from './grammars/editors.js';
import { base, basename, isFetcher } from './command-words.js';
import type { Expanded, Lookup, VarValue } from './expand.js';
import { expandWord } from './expand.js';
import type { CommandFinding } from './findings.js';
import { installerName, releaseDownload, vendorInstaller, versionFromTag } from './installers.js';
import { exactVersion } from './packages.js';
import { parseShell, type Word } from './shell.js';

/** The URL a curl/wget command fetches. */
export function fetchUrl(argv: Expanded[]): Expanded | undefined {
  const explicit = argv.slice(1).find((a) => /^https?:\/\//i.test(a.text));
  if (explicit) return explicit;
  // curl and wget default to http:// for `host.tld/path` (`curl -L code.kimi.com/install.sh`).
  const bare = argv.slice(1).find((a) => /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\/\S*$/.test(a.text));
  return bare ? { ...bare, text: 'https://' + bare.text } : undefined;
}

/** Where a curl/wget command writes what it fetches; null when it writes to stdout. */
export function fetchOutput(argv: Expanded[], url: string): string | null {
  const isCurl = base(argv[0]!.text) === 'curl';
  let dir = '';
  let out: string | null = isCurl ? null : basename(url.replace(/[?#].*$/, ''));
  for (let i = 1; i < argv.length; i++) {
    const t = argv[i]!.text;
    const nextText = argv[i + 1]?.text;
    if (isCurl) {
      if (t === '-o' || t === '--output') out = nextText ?? null;
      else if (t.startsWith('--output=')) out = t.slice(9);
      else if (
        t === '-O' ||
        t === '--remote-name' ||
        (/^-[a-zA-Z]+$/.test(t) && t.includes('O') && !t.includes('o'))
      )
        out = basename(url.replace(/[?#].*$/, ''));
      else if (/^-[a-zA-Z]+o$/.test(t)) out = nextText ?? null;
      else if (t === '--output-dir') dir = (nextText ?? '') + '/';
    } else {
      if (t === '-O' || t === '--output-document') out = nextText ?? null;
      else if (t.startsWith('--output-document=')) out = t.slice(18);
      else if (/^-[a-zA-Z]*O$/.test(t)) out = nextText ?? null;
      else if (t === '-P' || t === '--directory-prefix') dir = (nextText ?? '') + '/';
    }
  }
  if (out === '-' || out === '/dev/stdout') return null;
  return out === null ? null : dir && !out.startsWith('/') ? dir + out : out;
}

/** `$(curl -fsSL URL)` / `<(curl URL)` in a word: the URL fetched. */
export function fetchInSubstitution(w: Word, lookup: Lookup): { text: string } | null {
  for (const p of w.parts) {
    if (p.k !== 'opaque' || !p.script) continue;
    const parsed = parseShell(p.script.text);
    const c = parsed.pipelines[0]?.commands[0];
    if (!c) continue;
    const argv = c.words.map((x) => expandWord(x, lookup));
    if (argv.length && isFetcher(argv[0]!.text)) {
      const u = fetchUrl(argv);
      if (u) return { text: u.text };
    }
  }
  return null;
}

/** A fetched URL that is not run by a shell we can see: a release download or a known installer. */
export function fetchedFinding(url: string, line: number): CommandFinding | null {
  const extension = extensionDownload(url);
  if (extension)
    return {
      ecosystem: 'vscode-extension',
      name: extension.name,
      version: extension.version,
      ...(extension.version === null ? { spec: 'latest' } : {}),
      sourceKind: 'url',
      resolved: url,
      line,
    };
  const rel = releaseDownload(url);
  const name = installerName(url);
  if (name && vendorInstaller(name)) {
    return {
      ecosystem: 'installer',
      name,
      version: null,
      spec: 'latest',
      sourceKind: 'url',
      resolved: url,
      line,
    };
  }
  if (!rel) return null;
  return {
    ecosystem: 'installer',
    name: rel.name,
    version: rel.version,
    ...(rel.version === null ? { spec: rel.spec ?? 'latest' } : {}),
    sourceKind: 'url',
    resolved: url,
    line,
  };
}

/**
 * The vendor installer at `url` run by a shell with `args`; `variable` reads the shell's
 * environment (the installer may take its version from it).
 */
export function installerFinding(
  url: string,
  line: number,
  args: Expanded[],
  variable: (name: string) => VarValue | undefined,
): CommandFinding | null {
  const name = installerName(url);
  if (!name) return null;
  const positional = args.filter((a) => !a.text.startsWith('-'));
  const vendor = vendorInstaller(name);
  let value: { text: string; unknown: boolean } | undefined;
  if (vendor) {
    const v = vendor.version;
    if (v.kind === 'positional') value = positional[0];
    else if (v.kind === 'env') value = variable(v.name);
    else if (v.kind === 'flag') {
      const i = args.findIndex((a) => a.text === v.flag);
      value = i >= 0 ? args[i + 1] : args.find((a) => a.text.startsWith(v.flag + '='));
      if (value && value.text.startsWith(v.flag + '='))
        value = { ...value, text: value.text.slice(v.flag.length + 1) };
    }
  } else if (positional.length > 0) {
    value = { text: positional.map((a) => a.text).join(' '), unknown: positional.some((a) => a.unknown) };
  }
  let version: string | null = null;
  let spec = 'latest';
  if (value && value.text !== '') {
    version = value.unknown
      ? null
      : (exactVersion(value.text) ?? (vendor ? versionFromTag(value.text) : null));
    spec = value.text;
  }
  return {
    ecosystem: 'installer',
    name,
    version,
    ...(version === null ? { spec } : {}),
    sourceKind: 'url',
    resolved: url,
    line,
  };
}
