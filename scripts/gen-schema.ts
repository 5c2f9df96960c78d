/**
 * Writes data/scenario.schema.json from the zod schema in src/sim/scenario/schema.ts:
 *   npm run schema
 * A test (src/sim/hall/schema.test.ts) fails when the committed file differs from what this
 * would write, so run it after every change to the schema or to DEFAULTS.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/sim/scenario/index.ts';

const target = fileURLToPath(new URL('../data/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
