import { describe, expect, it } from 'vitest';
import type { Plan } from '../../sim/plan/recommendation.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import { loadPreset } from '../views/plan/test-fixtures.ts';
import { memoryStore } from './idb.ts';
import { applicability, hallKey, hashText, keptPlan, LATEST, loadPlan, savePlan, scenarioHash } from './plan-keep.ts';

const demo = () => loadPreset('demo-hall');
const county = (): Scenario => ({ ...demo(), name: { zh: '某县办税服务厅', en: 'A county hall' } });
const fakePlan = (s: Scenario) =>
  ({ kind: 'hallflow.plan', version: 2, scenario: { name: s.name, synthetic: true } }) as unknown as Plan;

describe('the plan kept with its scenario', () => {
  it('hashes text stably and tells scenarios apart', () => {
    expect(hashText('')).toBe(hashText(''));
    expect(hashText('a')).toMatch(/^[0-9a-f]{14}$/);
    expect(hashText('a')).not.toBe(hashText('b'));
    const s = demo();
    expect(scenarioHash(s)).toBe(scenarioHash(demo()));
    s.windows.groups[0].windows = 13;
    expect(scenarioHash(s)).not.toBe(scenarioHash(demo()));
    // The hall is its name: an edit of the windows keeps it.
    expect(hallKey(s)).toBe(hallKey(demo()));
    expect(hallKey(county())).not.toBe(hallKey(demo()));
  });

  it('says whether the plan holds: the same scenario, applied, changed, another hall', () => {
    const k = keptPlan(fakePlan(demo()), demo(), '2026-03-10T09:00:00Z');
    expect(applicability(k, demo())).toBe('applies');
    const edited = demo();
    edited.windows.groups[1].windows = 3;
    expect(applicability(k, edited)).toBe('scenarioChanged');
    expect(applicability({ ...k, appliedHash: scenarioHash(edited) }, edited)).toBe('applied');
    expect(applicability(k, county())).toBe('otherHall');
  });

  it('keeps a plan per hall and the latest, and finds the right one on load', async () => {
    const kv = memoryStore();
    expect(await loadPlan(kv, demo())).toBe(null);
    await savePlan(kv, keptPlan(fakePlan(demo()), demo(), '2026-03-10T09:00:00Z'));
    expect(kv.data.get(LATEST)).toBe(hallKey(demo()));
    expect((await loadPlan(kv, demo()))?.savedAt).toBe('2026-03-10T09:00:00Z');
    // Another hall with no plan of its own: the latest (the demo's) comes back, and says so.
    const back = await loadPlan(kv, county());
    expect(back && applicability(back, county())).toBe('otherHall');
    // Once the county hall has one, each hall gets its own.
    await savePlan(kv, keptPlan(fakePlan(county()), county(), '2026-03-11T09:00:00Z'));
    expect((await loadPlan(kv, demo()))?.savedAt).toBe('2026-03-10T09:00:00Z');
    expect((await loadPlan(kv, county()))?.savedAt).toBe('2026-03-11T09:00:00Z');
  });

  it('ignores what is not a kept plan', async () => {
    const kv = memoryStore();
    await kv.put(hallKey(demo()), { version: 0 });
    await kv.put(LATEST, 42);
    expect(await loadPlan(kv, demo())).toBe(null);
  });
});
