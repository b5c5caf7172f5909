// The policy file, version 1, defined once: validation (with zod) and the JSON Schema shipped in
// schema/ai-tooling-policy.schema.json (generated from this definition: `npm run schema`).
import { z } from 'zod';
import { tools } from '../catalog/tools.js';
import { ECOSYSTEMS } from '../model/ecosystems.js';

export const TOOL_IDS = tools.map((t) => t.id) as [string, ...string[]];

export const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = z.string().min(1);

export const ruleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(RULE_ID)
      .describe(
        'Unique across the merged policy. Letters, digits and . _ : / - (e.g. claude-code-fingerprinting).',
      ),
    tool: z
      .enum(TOOL_IDS)
      .optional()
      .describe(
        'A tool of the built-in catalog (`ai-tooling-gate catalog`): the rule covers every carrier of it.',
      ),
    ecosystem: z.enum(ECOSYSTEMS).optional().describe('With package: one identity instead of a tool.'),
    package: text
      .optional()
      .describe('Exact name or a * glob, compared the ecosystem\'s way ("@anthropic-ai/claude-code*").'),
    versions: text
      .optional()
      .describe(
        "Range in the tool's own version line (tool rules) or the ecosystem's syntax (semver for npm, PEP 440 for pypi). Omitted = every version.",
      ),
    action: z.enum(['fail', 'warn']).optional().describe('fail (default) fails the gate; warn only reports.'),
    reason: text.optional().describe('Why: shown in every finding of the rule.'),
    link: text.optional().describe('Where to read more (an advisory, a ticket).'),
    locked: z
      .boolean()
      .optional()
      .describe(
        'A locked rule cannot be overridden by a file that extends this one, and only this file may grant exceptions to it.',
      ),
  })
  .describe(
    'A ban: a tool (every carrier) or one identity (ecosystem + package), optionally limited to versions.',
  );

export const exceptionSchema = z
  .strictObject({
    rule: z.string().min(1).describe('The id of the rule it silences.'),
    package: text.optional().describe('Only this carrier or package (exact or * glob).'),
    versions: text.optional().describe('Only these versions, in the same version line as the rule.'),
    paths: z
      .array(text)
      .optional()
      .describe('Only findings in files matching these globs, relative to the repository root.'),
    reason: text.describe('Why the exception is granted (shown in the report).'),
    expires: z
      .string()
      .regex(DATE)
      .describe('YYYY-MM-DD. The exception applies through this day (UTC), then no longer.'),
  })
  .describe('Silences the findings of one rule where it applies, until it expires.');

export const settingsSchema = z.strictObject({
  unknownVersion: z
    .enum(['fail', 'warn', 'ignore'])
    .optional()
    .describe('What a matching component whose version cannot be known becomes (default warn).'),
  advisories: z
    .enum(['on', 'off'])
    .optional()
    .describe(
      'The built-in advisories (builtin:advisories) apply under every policy unless it turns them off here, with advisoriesReason. A policy merged over one that keeps them on cannot turn them off.',
    ),
  advisoriesReason: text
    .optional()
    .describe('Required with advisories: off: why this repository does not enforce the built-in advisories.'),
});

export const policySchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    version: z.literal(1).describe('The policy format version: 1.'),
    extends: z
      .array(text)
      .optional()
      .describe(
        'Policies merged before this one: builtin:advisories, builtin:ai-coding-tools, builtin:default, a path relative to this file, or github:OWNER/REPO/PATH@REF.',
      ),
    settings: settingsSchema.optional(),
    rules: z.array(ruleSchema).optional(),
    exceptions: z.array(exceptionSchema).optional(),
  })
  .describe('ai-tooling-gate policy, version 1');

export type PolicyDocument = z.infer<typeof policySchema>;

/** The JSON Schema of the policy file, as committed in schema/ai-tooling-policy.schema.json. */
export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(policySchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: 'ai-tooling-gate policy', ...rest };
}
