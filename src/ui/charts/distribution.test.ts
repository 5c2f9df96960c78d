import { describe, expect, it } from 'vitest';
import { displayBins, distributionCsv, distributionSpec, distributionSummary } from './distribution.ts';
import { context } from './testing/fixtures.ts';

describe('distribution of waits', () => {
  const ctx = context('demo-hall');
  const raw = ctx.merged.waitDistribution.shares.mean;
  const b = displayBins(ctx);

  it('regroups the 0.5-minute bins without losing any share', () => {
    const sum = b.shares.reduce((a, x) => a + x, 0) + b.rest;
    expect(sum).toBeCloseTo(b.total, 12);
    expect(b.total).toBeCloseTo(1, 9);
    expect(b.max % 5).toBe(0);
    expect(Number.isInteger(b.max / b.width)).toBe(true);
    // The first bar holds the first width/0.5 raw bins.
    const per = b.width / 0.5;
    let first = 0;
    for (let k = 0; k < per; k++) first += raw[k];
    expect(b.shares[0]).toBeCloseTo(first, 12);
    // At least 99% of the waits are inside the bars.
    expect(b.rest).toBeLessThanOrEqual(0.01 * b.total + 1e-12);
  });

  it('counts the share under the target from the raw bins', () => {
    let within = 0;
    for (let k = 0; k < 30; k++) within += raw[k];
    expect(b.withinTarget).toBeCloseTo(within, 12);
    expect(distributionSummary(ctx, b)).toContain(
      `${ctx.fmt.percent(within, 1)} of those served waited less than 15 min`,
    );
  });

  it('puts the target line at 15 minutes on the bar scale', () => {
    const spec = distributionSpec(ctx, b);
    expect(spec.xRefs![0].at * b.width).toBe(15);
    expect(spec.count).toBe(b.shares.length + (b.rest > 0 ? 1 : 0));
    expect(spec.ticks[0]).toEqual({ at: 0, label: '0' });
  });

  it('writes the raw bins with their confidence half-widths', () => {
    const csv = distributionCsv(ctx);
    expect(csv.rows).toHaveLength(240);
    expect(csv.rows[1].slice(0, 2)).toEqual([0.5, 1]);
    expect(csv.rows[239][1]).toBeNull();
    expect(csv.rows[0][2]).toBeCloseTo(raw[0], 6);
  });
});
