import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchJsonSchemaText, batchSchema } from './manifest.ts';

describe('data/batch.schema.json', () => {
  it('is what `npm run schema` writes from the zod schema', () => {
    const committed = readFileSync(new URL('../../../data/batch.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(batchJsonSchemaText());
  });

  it('describes every field in both languages, and refuses unknown ones', () => {
    const schema = JSON.parse(batchJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['base', 'run', 'replications', 'seed', 'block', 'whatIf'])
      expect(schema.properties[key].description ?? schema.properties[key].items?.description).toMatch(
        /[\u4e00-\u9fff].* — [a-z]/,
      );
    expect(batchSchema.safeParse({}).success).toBe(false);
  });
});
