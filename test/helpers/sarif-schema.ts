// Validates a SARIF log against the OASIS SARIF 2.1.0 JSON schema (draft-04; see
// test/fixtures/sarif/README.md). Every test that produces SARIF runs its output through this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule, { type ValidateFunction } from 'ajv-draft-04';
import { expect } from 'vitest';
import { projectRoot } from './bundles.js';

const schema = JSON.parse(
  readFileSync(join(projectRoot, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
// `format: uri` and friends are checked by the schema's own patterns where it has them; one of
// those patterns (`language`) is not valid as a Unicode regular expression, hence unicodeRegExp off.
// CommonJS default export seen from ESM: the class is on `.default`.
type AjvClass = new (options: object) => { compile(schema: object): ValidateFunction };
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as unknown as AjvClass;
const validate = new Ajv({
  allErrors: true,
  strict: false,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(schema);

/** Parses a SARIF log and asserts it is valid SARIF 2.1.0; returns the parsed log. */
export function validSarif<T = unknown>(text: string): T {
  const log = JSON.parse(text) as unknown;
  const ok = validate(log);
  expect(ok ? [] : validate.errors, 'valid against the OASIS SARIF 2.1.0 schema').toEqual([]);
  return log as T;
}
