/**
 * Writes data/scenario.schema.json from the zod schema in src/sim/scenario/schema.ts, and
 * data/batch.schema.json from the batch manifest's (src/sim/batch/manifest.ts):
 *   npm run schema
 * Tests (src/sim/scenario/schema.test.ts, src/sim/batch/manifest.test.ts) fail when a committed
 * file differs from what this would write, so run it after every change to a schema or to DEFAULTS.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { batchJsonSchemaText } from '../src/sim/batch/manifest.ts';
import { scenarioJsonSchemaText } from '../src/sim/scenario/index.ts';

for (const [name, text] of [
  ['scenario.schema.json', scenarioJsonSchemaText()],
  ['batch.schema.json', batchJsonSchemaText()],
]) {
  const target = fileURLToPath(new URL(`../data/${name}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
