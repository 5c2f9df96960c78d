import { describe, expect, it } from 'vitest';
import { fuzzCsv } from './csv-fuzz.ts';

describe('CSV import fuzz (bad files from valid logs: quotes, line endings, bytes, encodings, cuts)', () => {
  it('200 cases: no crash, no hang, no silent drop, no other failure', async () => {
    const r = await fuzzCsv({ runs: 200, seed: 20261206 });
    expect(r.failures).toEqual([]);
    expect(r).toEqual({ cases: 200, crashes: 0, hangs: 0, silentDrops: 0, failures: [] });
  }, 60_000);
});
