// The sample province (data/province/manifest.json): a valid manifest whose ten made-up halls
// all expand to valid scenarios, of clearly different sizes and equipment, each on a horizon
// short enough that the whole province runs in a demo.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hallCalendar } from '../scenario/index.ts';
import { expandHalls, type BatchHallRun, type ScenarioReader } from './expand.ts';
import type { BatchManifest } from './manifest.ts';
import { validateManifest } from './validate.ts';

const MANIFEST = new URL('../../../data/province/manifest.json', import.meta.url);

/** Reads a scenario file as `hallflow batch` does: relative to the manifest's folder. */
const read: ScenarioReader = (file) => {
  try {
    return { ok: true, json: JSON.parse(readFileSync(new URL(file, MANIFEST), 'utf8')) };
  } catch (e) {
    return { ok: false, why: { en: String(e), zh: String(e) } };
  }
};

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as BatchManifest;

function expanded(): BatchHallRun[] {
  const r = expandHalls(manifest, read);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message.en}`).join('\n'));
  return r.halls;
}

const installedWindows = (h: BatchHallRun) => h.scenario.windows.groups.reduce((n, g) => n + g.windows, 0);
const kiosks = (h: BatchHallRun) => (h.scenario.kiosks?.sites ?? []).reduce((n, s) => n + s.kiosks, 0);

describe('the sample province', () => {
  it('is a valid manifest of made-up halls', () => {
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.synthetic).toBe(true);
  });

  it('expands to 8–12 valid halls, every one synthetic, with distinct names', () => {
    const halls = expanded();
    expect(halls.length).toBeGreaterThanOrEqual(8);
    expect(halls.length).toBeLessThanOrEqual(12);
    for (const h of halls) expect(h.scenario.synthetic, h.id).toBe(true);
    expect(new Set(halls.map((h) => h.name.zh)).size).toBe(halls.length);
    expect(new Set(halls.map((h) => h.name.en)).size).toBe(halls.length);
  });

  it('has halls of clearly different sizes and equipment', () => {
    const halls = expanded();
    const windows = halls.map(installedWindows);
    expect(Math.max(...windows)).toBeGreaterThanOrEqual(4 * Math.min(...windows));
    expect(halls.filter((h) => kiosks(h) > 0).length).toBeGreaterThanOrEqual(2);
    expect(halls.filter((h) => kiosks(h) === 0).length).toBeGreaterThanOrEqual(1);
    expect(halls.filter((h) => h.scenario.hotline).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps every horizon short, with filing days and the deadline in it', () => {
    for (const h of expanded()) {
      const cal = hallCalendar(h.scenario);
      expect(cal.days, h.id).toBeLessThanOrEqual(10);
      const types: string[] = [];
      for (let i = 0; i < cal.days; i++) if (cal.isWorking(i)) types.push(cal.dayType(i));
      expect(types.filter((t) => t === 'filing').length, h.id).toBeGreaterThanOrEqual(3);
      expect(types.filter((t) => t === 'deadline').length, h.id).toBe(1);
    }
  });

  it('compares the halls that ask for it against the what-if, and only those', () => {
    for (const h of expanded()) expect(h.whatIf !== null, h.id).toBe(h.run.includes('compare'));
  });
});
