import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim/scenario/index.ts';
import { validateScenario } from '../../sim/scenario/index.ts';
import { defaultCallbacks, defaultHotline, defaultOnline } from './channels-default.ts';

const dir = new URL('../../../data/scenarios/', import.meta.url);
const presets = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the hotline, callbacks and online blocks the editor switches on', () => {
  it.each(presets)('are valid at once in %s', (file) => {
    const s = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Scenario;
    s.hotline = defaultHotline(s);
    s.online = defaultOnline(s);
    expect(validateScenario(s)).toEqual([]);
    // Online alone (no hotline): no calls it would bring.
    const alone = { ...s, hotline: null };
    expect(defaultOnline(alone)).toEqual({});
    // Callbacks switched on in that hotline: valid too.
    s.hotline.callbacks = defaultCallbacks();
    expect(validateScenario(s)).toEqual([]);
  });

  it('scales the calls to the hall and fits the agents to its intervals', () => {
    const s = JSON.parse(readFileSync(new URL('demo-hall.json', dir), 'utf8')) as Scenario;
    const h = defaultHotline(s);
    expect(h.callsPerDay.ordinary).toBe(s.demand.dailyVolume * 4);
    expect(h.agents.schedule.ordinary).toHaveLength((12 * 60) / (s.calendar.intervalMinutes ?? 30));
    expect(Math.max(...Object.values(h.agents.schedule).flat())).toBeLessThanOrEqual(h.agents.seats);
  });

  it('offers callbacks as in the field documentation’s example, the target and unreached time left to their defaults', () => {
    expect(defaultCallbacks()).toEqual({ offerAboveSeconds: 120, acceptShare: 0.6, reachShare: 0.9 });
    // A fresh copy each time.
    expect(defaultCallbacks()).not.toBe(defaultCallbacks());
  });
});
