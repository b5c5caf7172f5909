// `jq` and `yq` reading one value out of a repository data file, in the forms version pins take:
// `jq -r .claude versions.json`, `jq -r '.tools["claude-code"]' …`, `yq '.tools.claude' v.yaml`,
// `yq -r e '.a.b // "2.1.90"' …`. The filter is a path (`.a.b`, `."a-b"`, `.["a-b"]`, `.a[0]`),
// optionally followed by `// LITERAL` (jq's alternative: taken when the path gives null or false).
// Any other filter, option or input is not known (null): the value stays unknown, as before.
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { lineAt } from '../../util/lines.js';
import type { Line } from './streams.js';

type Step = string | number;

/** The steps of a path filter and its alternative literal; null for any other filter. */
export function parseFilter(filter: string): { path: Step[]; alternative?: unknown } | null {
  const m = /^\s*(.*?)\s*(?:\/\/\s*(.+?)\s*)?$/.exec(filter);
  if (!m) return null;
  const path = parsePath(m[1]!);
  if (path === null) return null;
  if (m[2] === undefined) return { path };
  let alternative: unknown;
  try {
    alternative = JSON.parse(m[2]);
  } catch {
    return null;
  }
  return { path, alternative };
}

function parsePath(text: string): Step[] | null {
  if (!text.startsWith('.')) return null;
  const steps: Step[] = [];
  let k = 0;
  const ident = /[A-Za-z_][A-Za-z0-9_]*/y;
  const quoted = /"((?:[^"\\]|\\.)*)"/y;
  const index = /\[\s*(?:(\d+)|("(?:[^"\\]|\\.)*"))\s*\]/y;
  while (k < text.length) {
    index.lastIndex = k;
    const i = index.exec(text);
    if (i) {
      steps.push(i[1] !== undefined ? Number(i[1]) : (JSON.parse(i[2]!) as string));
      k = index.lastIndex;
      continue;
    }
    if (text[k] !== '.') return null;
    k++;
    if (k === text.length) break; // `.` alone: the whole document.
    ident.lastIndex = k;
    quoted.lastIndex = k;
    const id = ident.exec(text);
    const q = id ? null : quoted.exec(text);
    if (id) {
      steps.push(id[0]);
      k = ident.lastIndex;
    } else if (q) {
      steps.push(JSON.parse(`"${q[1]!}"`) as string);
      k = quoted.lastIndex;
    } else if (text[k] !== '[') return null;
  }
  return steps;
}

/** What `jq`/`yq` with these arguments writes for one data file; null when it is not known. */
export function dataQuery(
  tool: 'jq' | 'yq',
  args: readonly string[],
  read: (path: string) => { file: string; text: string } | null,
  stdin: Line[] | null,
): Line[] | null {
  let raw = tool === 'yq';
  let filter: string | undefined;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--raw-output' || a === '--join-output') raw = true;
    else if (a === '--exit-status' || a === '--monochrome-output' || a === '--compact-output') continue;
    // Short options, alone or combined as jq reads them (`-r`, `-er`, `-rc`): the ones that do
    // not change how one scalar is written, and -r/-j, which write a string raw.
    else if (/^-[rjecMCS]+$/.test(a)) raw ||= /[rj]/.test(a);
    else if (tool === 'yq' && (a === 'e' || a === 'eval') && filter === undefined && files.length === 0)
      continue;
    else if (a.startsWith('-')) return null;
    else if (filter === undefined) filter = a;
    else files.push(a);
  }
  const parsed = filter === undefined ? null : parseFilter(filter);
  if (parsed === null || files.length > 1) return null;
  const input =
    files.length === 1 ? read(files[0]!) : stdin && { file: '', text: stdin.map((l) => l.text).join('\n') };
  if (!input) return null;
  const found =
    tool === 'jq' || /\.json$/i.test(files[0] ?? '')
      ? jsonAt(input.text, parsed.path)
      : yamlAt(input.text, parsed.path);
  if (found === null) return null;
  let value = found.value;
  let line = found.line;
  if ((value === null || value === false) && 'alternative' in parsed) {
    value = parsed.alternative;
    line = undefined;
  }
  const text = raw && typeof value === 'string' ? value : JSON.stringify(value ?? null);
  if (text === undefined || text.includes('\n')) return null;
  return [{ text, ...(line !== undefined && input.file !== '' ? { from: { file: input.file, line } } : {}) }];
}

/** The value at a path of a JSON text and the line it is written on; null when the text is not JSON. */
function jsonAt(text: string, path: Step[]): { value: unknown; line?: number } | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (root === undefined || errors.length > 0) return null;
  const node: Node | undefined = path.length === 0 ? root : findNodeAtLocation(root, path);
  if (node === undefined) return { value: null };
  if (node.type === 'object' || node.type === 'array')
    return { value: JSON.parse(text.slice(node.offset, node.offset + node.length)) as unknown };
  return { value: node.value as unknown, line: lineAt(text, node.offset) };
}

/** The same for a YAML text (yq's default input). */
function yamlAt(text: string, path: Step[]): { value: unknown; line?: number } | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length > 0) return null;
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) node = node.get(step, true);
    else if (isSeq(node) && typeof step === 'number') node = node.get(step, true);
    else return { value: null };
    if (node === undefined) return { value: null };
  }
  if (isScalar(node)) {
    const at = node.range?.[0];
    return { value: node.value, ...(at !== undefined ? { line: counter.linePos(at).line } : {}) };
  }
  return { value: (node as YamlNode | null)?.toJSON?.() ?? null };
}
