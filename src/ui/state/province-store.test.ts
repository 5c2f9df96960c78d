/**
 * The province store over an in-memory key–value store: a file opened is kept and comes back in
 * a new store (a reload); a refused file leaves the province shown; closing forgets it; a damaged
 * record in storage reads as none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryStore } from './idb.ts';
import { ProvinceStore } from './province.svelte.ts';

const text = readFileSync(new URL('../../../e2e/fixtures/province.json', import.meta.url), 'utf8');
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the province store', () => {
  it('keeps the province opened and brings it back after a reload', async () => {
    const kv = memoryStore();
    const a = new ProvinceStore(kv);
    expect(a.open(text, 'province.json', '2026-03-20T08:00:00.000Z')).toBe(true);
    expect(a.status).toBe('loaded');
    await settle();
    expect(a.keepFailed).toBe(false);

    const b = new ProvinceStore(kv);
    await b.restore();
    expect(b.status).toBe('loaded');
    expect(b.restored).toBe(true);
    expect(b.fileName).toBe('province.json');
    expect(b.loadedAt).toBe('2026-03-20T08:00:00.000Z');
    expect(b.province).toEqual(JSON.parse(text));
  });

  it('leaves the province shown when a wrong file is chosen, and says why', async () => {
    const s = new ProvinceStore(memoryStore());
    s.open(text, 'province.json', '2026-03-20T08:00:00.000Z');
    expect(s.open('{"kind":"hallflow.plan"}', 'plan.json', '2026-03-20T09:00:00.000Z')).toBe(false);
    expect(s.refused).toEqual({ fileName: 'plan.json', reason: { code: 'otherFile', file: 'plan' } });
    expect(s.fileName).toBe('province.json');
    expect(s.province?.halls).toHaveLength(10);
    // A good file clears the refusal.
    s.open(text, 'again.json', '2026-03-20T10:00:00.000Z');
    expect(s.refused).toBeNull();
  });

  it('forgets the province when closed', async () => {
    const kv = memoryStore();
    const s = new ProvinceStore(kv);
    s.open(text, 'province.json', '2026-03-20T08:00:00.000Z');
    await settle();
    await s.clear();
    expect(s.province).toBeNull();
    expect(s.status).toBe('empty');
    const b = new ProvinceStore(kv);
    await b.restore();
    expect(b.province).toBeNull();
  });

  it('reads a damaged record as none', async () => {
    const kv = memoryStore();
    await kv.put('province:last', { version: 1, fileName: 'x.json', province: { kind: 'hallflow.province' } });
    const s = new ProvinceStore(kv);
    await s.restore();
    expect(s.province).toBeNull();
    expect(s.status).toBe('empty');
  });
});
