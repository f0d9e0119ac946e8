import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/** schema/results.schema.json compiled with ajv in strict mode (date-time checked as the runner writes it: UTC ISO 8601). */
export function resultsValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  return ajv.compile(JSON.parse(readFileSync(new URL('../../schema/results.schema.json', import.meta.url), 'utf8')) as object);
}
