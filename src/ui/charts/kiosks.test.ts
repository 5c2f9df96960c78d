import { describe, expect, it } from 'vitest';
import { installedKiosks, kioskAvailability, kioskCsv, kioskDay, kioskSpec, kioskSummary } from './kiosks.ts';
import { context } from './testing/fixtures.ts';

describe('kiosks around the clock', () => {
  const ctx = context('kiosk-network', 'en', 2);
  const k = kioskDay(ctx);
  const iv = ctx.merged.intervals;

  it('averages every interval of the day over all days of the horizon', () => {
    expect(k.queue).toHaveLength(48);
    const j = 21;
    let q = 0;
    let up = 0;
    for (let d = 0; d < iv.days; d++) {
      q += iv.kioskQueue.mean[d * 48 + j];
      up += iv.kioskUp.mean[d * 48 + j];
    }
    expect(k.queue[j]).toBeCloseTo(q / iv.days, 12);
    expect(k.up[j]).toBeCloseTo(up / iv.days, 12);
    expect(k.installed).toBe(installedKiosks(ctx));
    expect(Math.max(...k.up)).toBeLessThanOrEqual(k.installed + 1e-9);
  });

  it('draws the whole day, 00:00 to 24:00, with the kiosks installed as a line', () => {
    const spec = kioskSpec(ctx, k);
    expect(spec.count).toBe(48);
    expect(spec.ticks[0].label).toBe('00:00');
    expect(spec.ticks.at(-1)!.label).toBe('24:00');
    expect(spec.panels[1].refs![0].value).toBe(k.installed);
  });

  it('reports availability per site from the metrics', () => {
    const lines = kioskAvailability(ctx);
    expect(lines).toHaveLength(ctx.scenario.kiosks!.sites.length);
    const m = ctx.merged.metrics[`kiosk.${ctx.scenario.kiosks!.sites[0].id}.availability`];
    expect(lines[0]).toContain(ctx.fmt.pmPercent(m.mean, m.halfWidth, 1));
    const q = k.queue.indexOf(Math.max(...k.queue));
    expect(kioskSummary(ctx, k)).toContain(`longest at ${ctx.fmt.time(q * 30)}`);
  });

  it('says nobody waited when the kiosk queue is empty', () => {
    const one = context('city-deadline-day', 'en');
    const day = kioskDay(one);
    if (Math.max(...day.queue) === 0) expect(kioskSummary(one, day)).toMatch(/^Nobody had to wait at the kiosks\./);
    else expect(kioskSummary(one, day)).toMatch(/^The kiosk queue is longest/);
  });

  it('knows a scenario without kiosks', () => {
    expect(installedKiosks(context('textbook-mmc', 'en', 2))).toBe(0);
  });

  it('writes a CSV row per interval of the day', () => {
    const csv = kioskCsv(ctx, k);
    expect(csv.rows).toHaveLength(48);
    expect(csv.rows[47].slice(0, 2)).toEqual(['23:30', '24:00']);
    expect(csv.rows[21][2]).toBeCloseTo(k.queue[21], 3);
  });
});
