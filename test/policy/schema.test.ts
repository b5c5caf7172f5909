import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tools } from '../../src/catalog/tools.js';
import { policyJsonSchema } from '../../src/policy/schema.js';

const file = join(import.meta.dirname, '..', '..', 'schema', 'ai-tooling-policy.schema.json');
const generated = JSON.stringify(policyJsonSchema(), null, 2) + '\n';

describe('schema/ai-tooling-policy.schema.json', () => {
  // `npm run schema` regenerates the committed file from the zod definition; the comparison is with
  // the file as it was before, so that run still fails when the committed file was out of date.
  const committed = readFileSync(file, 'utf8');
  if (process.env.UPDATE_SCHEMA === '1' && committed !== generated) writeFileSync(file, generated);

  it('equals the schema generated from the zod definition (npm run schema)', () => {
    expect(committed).toBe(generated);
  });

  it('completes tool ids, ecosystems and actions, and rejects unknown keys', () => {
    const schema = JSON.parse(generated);
    const rule = schema.properties.rules.items;
    expect(rule.properties.tool.enum).toEqual(tools.map((t) => t.id));
    expect(rule.properties.ecosystem.enum).toContain('github-action');
    expect(rule.properties.action.enum).toEqual(['fail', 'warn']);
    expect(rule.additionalProperties).toBe(false);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version']);
    expect(schema.properties.exceptions.items.required).toEqual(['rule', 'reason', 'expires']);
  });
});
