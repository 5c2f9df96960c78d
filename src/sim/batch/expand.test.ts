/**
 * From a manifest to the halls a batch runs: overrides applied as a merge patch on the base or
 * the hall's own file, the what-if on top for a compared hall, and every problem of every hall
 * told at once with the hall named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/index.ts';
import { expandHalls, type ScenarioReader } from './expand.ts';
import type { BatchManifest } from './manifest.ts';

const county = JSON.parse(
  readFileSync(new URL('../../../data/scenarios/county-hall.json', import.meta.url), 'utf8'),
) as Scenario;
const files: Record<string, unknown> = { 'county.json': county, 'broken.json': { version: 1 } };
const read: ScenarioReader = (file) =>
  file in files ? { ok: true, json: files[file] } : { ok: false, why: { en: 'no such file', zh: '文件不存在' } };

const manifest = (halls: BatchManifest['halls'], extra: Partial<BatchManifest> = {}): BatchManifest => ({
  kind: 'hallflow.batch',
  version: 1,
  name: { zh: '测试', en: 'Test' },
  base: 'county.json',
  run: ['simulate'],
  replications: 4,
  seed: 1,
  halls,
  ...extra,
});

describe('expandHalls', () => {
  it('applies each hall’s overrides to the base, leaving the base as it was', () => {
    const before = JSON.stringify(county);
    const out = expandHalls(
      manifest([
        { id: 'same' },
        { id: 'busy', name: { zh: '繁忙', en: 'Busy' }, overrides: { demand: { dailyVolume: 240 } } },
      ]),
      read,
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const [same, busy] = out.halls;
    expect(same.scenario).toEqual(county);
    expect(same.name).toEqual(county.name);
    expect(busy.scenario.demand.dailyVolume).toBe(240);
    expect(busy.scenario.demand.intraday).toEqual(county.demand.intraday); // merged, not replaced
    expect(busy.name).toEqual({ zh: '繁忙', en: 'Busy' });
    expect(JSON.stringify(county)).toBe(before);
  });

  it('adds the what-if only to the halls compared', () => {
    const out = expandHalls(
      manifest([{ id: 'a' }, { id: 'b', run: ['simulate', 'compare'] }], {
        whatIf: { name: { zh: '加量', en: 'more' }, overrides: { demand: { dailyVolume: 300 } } },
      }),
      read,
    );
    if (!out.ok) throw new Error('expected halls');
    expect(out.halls[0].whatIf).toBeNull();
    expect(out.halls[1].whatIf?.demand.dailyVolume).toBe(300);
    expect(out.halls[1].scenario.demand.dailyVolume).toBe(county.demand.dailyVolume);
  });

  it('tells every problem of every hall, naming the hall, and an unreadable file once per hall', () => {
    const out = expandHalls(
      manifest([
        { id: 'fine' },
        { id: 'negative', overrides: { demand: { dailyVolume: -5 } } },
        { id: 'missing', scenario: 'nowhere.json' },
        { id: 'broken', scenario: 'broken.json' },
      ]),
      read,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const negative = out.problems.filter((p) => p.path.startsWith('halls[1].scenario/demand.dailyVolume'));
    expect(negative).toHaveLength(1);
    expect(negative[0].message.en).toMatch(/^halls\[1\] \(hall "negative"\): demand\.dailyVolume: got -5/);
    expect(negative[0].message.zh).toMatch(/^第 2 个办税厅「negative」：/);
    const missing = out.problems.filter((p) => p.path === 'halls[2].scenario');
    expect(missing.map((p) => p.message.en)).toEqual(['halls[2] (hall "missing"): nowhere.json: no such file']);
    expect(out.problems.some((p) => p.path.startsWith('halls[3].scenario/'))).toBe(true);
    expect(out.problems.some((p) => p.path.startsWith('halls[0]'))).toBe(false);
  });
});
