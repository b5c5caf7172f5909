// A GitLab CI file as GitLab loads it: one YAML document (the pipeline), or two — a header that
// declares the file's inputs (`spec: inputs:`) and the pipeline after `---`
// (docs.gitlab.com/ci/inputs). Empty documents are dropped, as GitLab drops them; a third
// document, or a header holding anything but `spec`, is a configuration GitLab rejects.
import { isMap, isScalar, LineCounter, parseAllDocuments, parseDocument, type Document } from 'yaml';
import type { ScanError } from '../../model/component.js';
import { flowDepth, lineOf, pairs, type ParsedYaml } from '../parsers/yaml-nodes.js';

export interface GitlabYaml {
  /** The pipeline document (its errors are the file's YAML and header errors). */
  parsed: ParsedYaml;
  /** The header document, when the file has one. */
  header?: Document.Parsed;
  /** The file's text. */
  text: string;
}

/** Keys of `spec:` GitLab knows (`component` and `include` in recent versions). */
const SPEC_KEYS = new Set(['inputs', 'component', 'include']);
const MAX_ERRORS = 10;

export function parseGitlabYaml(text: string, file: string, maxDepth: number): GitlabYaml {
  const lines = new LineCounter();
  const errors: ScanError[] = [];
  if (flowDepth(text) > maxDepth) {
    errors.push({ file, message: `nesting deeper than ${maxDepth} levels` });
    return { parsed: { doc: parseDocument('', { lineCounter: new LineCounter() }), lines, errors }, text };
  }
  const options = { lineCounter: lines, uniqueKeys: false, prettyErrors: false } as const;
  const all = parseAllDocuments(text, options);
  const docs = Array.isArray(all) ? all : [];
  for (const d of docs)
    for (const e of d.errors) {
      if (errors.length >= MAX_ERRORS) break;
      const pos = lines.linePos(e.pos[0]);
      errors.push({
        file,
        line: pos.line,
        column: pos.col,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      });
    }
  // A document holding nothing (comments, a trailing `---`) is dropped, as GitLab drops it.
  const filled = docs.filter(
    (d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null),
  );
  if (filled.length <= 1) {
    const doc = filled[0] ?? docs[0] ?? parseDocument('', options);
    return { parsed: { doc, lines, errors }, text };
  }
  const [header, doc] = filled as [Document.Parsed, Document.Parsed];
  const third = filled[2];
  if (third)
    errors.push({
      file,
      line: lineOf(lines, third.contents),
      message:
        'a third YAML document: GitLab reads a header (`spec:`) and the pipeline, and rejects more documents',
    });
  errors.push(...headerErrors(header, lines, file));
  return { parsed: { doc, lines, errors }, header, text };
}

/** What GitLab rejects in a header: anything but a map holding `spec`, a `spec` with unknown keys. */
function headerErrors(header: Document.Parsed, lines: LineCounter, file: string): ScanError[] {
  const at = (node: unknown, message: string): ScanError => ({ file, line: lineOf(lines, node), message });
  if (!isMap(header.contents))
    return [
      at(
        header.contents,
        'the header document (before `---`) is not a map: GitLab allows only `spec:` there',
      ),
    ];
  const out: ScanError[] = [];
  for (const p of pairs(header, header.contents)) {
    if (p.key !== 'spec') {
      out.push(
        at(
          p.keyNode,
          `the header document (before \`---\`) holds \`${p.key}\`: GitLab allows only \`spec\` there`,
        ),
      );
      continue;
    }
    if (p.value === null || p.value === undefined) continue;
    if (!isMap(p.value)) {
      out.push(at(p.value, '`spec` is not a map'));
      continue;
    }
    for (const s of pairs(header, p.value))
      if (!SPEC_KEYS.has(s.key))
        out.push(at(s.keyNode, `\`spec\` holds \`${s.key}\`: GitLab allows \`inputs\` there`));
  }
  return out;
}
