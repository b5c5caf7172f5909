// Parses one policy file: YAML (or JSON, which is YAML) with source positions, validated against
// the schema, every problem reported as `file:line:column: path: what is wrong`.
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { policySchema, type PolicyDocument } from './schema.js';
import type { Origin, PolicyException, Rule, UnknownVersionSetting } from './types.js';
import { PolicyError } from './error.js';
import {
  describe,
  dedupeIssues,
  issueMessages,
  Locator,
  semanticIssues,
  sortIssues,
  type Path,
} from './issues.js';
import type { PolicyIssue } from './error.js';

/** One parsed policy file, its elements located. */
export interface ParsedPolicyFile {
  file: string;
  extends: { ref: string; origin: Origin }[];
  unknownVersion?: UnknownVersionSetting;
  /** `settings.advisories` as written, where it was written, and its reason. */
  advisories?: { value: 'on' | 'off'; reason?: string; origin: Origin };
  rules: Rule[];
  exceptions: PolicyException[];
  /** Where each field of a rule or exception was written (for later checks that need positions). */
  fieldOrigins: WeakMap<object, Record<string, Origin>>;
}

export { formatIssue, PolicyError, type PolicyIssue } from './error.js';
export { didYouMean, formatOrigin, isRealDate, pathText, rangeSyntaxOfRule } from './issues.js';

const MAX_POLICY_BYTES = 1024 * 1024;

/**
 * Parses and validates one policy file (no `extends` resolution, no cross-file checks). Throws a
 * PolicyError listing every problem found, each located.
 */
export function parsePolicyFile(file: string, text: string): ParsedPolicyFile {
  if (text.length > MAX_POLICY_BYTES) {
    throw new PolicyError(file, 1, 1, `is larger than ${MAX_POLICY_BYTES} bytes: not a policy file`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    prettyErrors: false,
    // Duplicate keys are found below, located at the duplicate (the parser locates the mapping).
    uniqueKeys: false,
    version: '1.2',
  });
  if (doc.errors.length > 0) {
    throw PolicyError.of(
      doc.errors.map((err) => {
        const pos = err.linePos?.[0];
        return {
          file,
          line: pos?.line ?? 1,
          column: pos?.col ?? 1,
          message: `not valid YAML: ${err.message.split('\n')[0]!}`,
        };
      }),
    );
  }
  const duplicates: PolicyIssue[] = [];
  visit(doc, {
    Map(_, map) {
      const first = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const k = String(pair.key.value);
        const p = lines.linePos(pair.key.range[0]);
        const before = first.get(k);
        if (before === undefined) first.set(k, pair.key.range[0]);
        else {
          const f = lines.linePos(before);
          duplicates.push({
            file,
            line: p.line,
            column: p.col,
            message: `duplicate key "${k}" (first at line ${f.line})`,
          });
        }
      }
    },
  });
  if (duplicates.length > 0) throw PolicyError.of(duplicates);
  const loc = new Locator(file, doc, lines);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new PolicyError(file, 1, 1, `not a usable policy: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const o = loc.at([]);
    throw new PolicyError(
      file,
      o.line,
      o.column,
      `a policy must be a mapping with "version: 1", not ${describe(data)}`,
    );
  }
  const result = policySchema.safeParse(data);
  const issues: PolicyIssue[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(...issueMessages(issue, data, loc));
  }
  // Semantic checks that need several fields; run on the raw data so that every problem is reported.
  issues.push(...semanticIssues(data as Record<string, unknown>, loc));
  if (issues.length > 0) throw PolicyError.of(sortIssues(dedupeIssues(issues)));

  const doc1 = result.data as PolicyDocument;
  const fieldOrigins = new WeakMap<object, Record<string, Origin>>();
  const fieldsOf = (path: Path, obj: Record<string, unknown>): Record<string, Origin> => {
    const out: Record<string, Origin> = {};
    for (const k of Object.keys(obj)) out[k] = loc.at([...path, k]);
    return out;
  };
  const rules: Rule[] = (doc1.rules ?? []).map((r, i) => {
    const rule: Rule = {
      id: r.id,
      ...(r.tool !== undefined ? { tool: r.tool } : {}),
      ...(r.ecosystem !== undefined ? { ecosystem: r.ecosystem } : {}),
      ...(r.package !== undefined ? { package: r.package } : {}),
      ...(r.versions !== undefined ? { versions: r.versions } : {}),
      action: r.action ?? 'fail',
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
      ...(r.link !== undefined ? { link: r.link } : {}),
      ...(r.locked !== undefined ? { locked: r.locked } : {}),
      origin: loc.at(['rules', i, 'id']),
    };
    fieldOrigins.set(rule, fieldsOf(['rules', i], r));
    return rule;
  });
  const exceptions: PolicyException[] = (doc1.exceptions ?? []).map((e, i) => {
    const ex: PolicyException = {
      rule: e.rule,
      ...(e.package !== undefined ? { package: e.package } : {}),
      ...(e.versions !== undefined ? { versions: e.versions } : {}),
      ...(e.paths !== undefined ? { paths: e.paths } : {}),
      reason: e.reason,
      expires: e.expires,
      origin: loc.at(['exceptions', i]),
    };
    fieldOrigins.set(ex, fieldsOf(['exceptions', i], e));
    return ex;
  });
  return {
    file,
    extends: (doc1.extends ?? []).map((ref, i) => ({ ref, origin: loc.at(['extends', i]) })),
    ...(doc1.settings?.unknownVersion !== undefined ? { unknownVersion: doc1.settings.unknownVersion } : {}),
    ...(doc1.settings?.advisories !== undefined
      ? {
          advisories: {
            value: doc1.settings.advisories,
            ...(doc1.settings.advisoriesReason !== undefined
              ? { reason: doc1.settings.advisoriesReason }
              : {}),
            origin: loc.key(['settings'], 'advisories'),
          },
        }
      : {}),
    rules,
    exceptions,
    fieldOrigins,
  };
}
