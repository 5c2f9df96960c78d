import { beforeAll, describe, expect, it } from 'vitest';
import type { PatienceReport } from '../../../sim/history/fit-report.ts';
import { linear } from '../../charts/scale.ts';
import { bandPath, curvePath, kmCsvRows, kmSurvivalAt, stepPath, survivalOf, timeMax } from './km-chart.ts';
import { fitZh } from './test-fixtures.ts';

let report: PatienceReport;
beforeAll(async () => {
  report = (await fitZh()).report.patience!;
});

describe('the patience chart', () => {
  it('draws the fitted candidates as their survival functions', () => {
    const exp = survivalOf({ kind: 'exponential', spec: { kind: 'exponential', mean: 40 } });
    expect(exp(0)).toBe(1);
    expect(exp(40)).toBeCloseTo(Math.exp(-1), 12);
    const cv = 1;
    const ln = survivalOf({ kind: 'lognormal', spec: { kind: 'lognormal', mean: 50, cv } });
    const s2 = Math.log(1 + cv * cv);
    const median = Math.exp(Math.log(50) - s2 / 2);
    expect(ln(median)).toBeCloseTo(0.5, 10);
    expect(ln(0)).toBe(1);
    expect(ln(1000)).toBeLessThan(0.01);
  });

  it('takes the curve of the demo month: falling, half gone by the reported median', () => {
    expect(report.km.length).toBeGreaterThan(20);
    for (let i = 1; i < report.km.length; i++)
      expect(report.km[i].survival).toBeLessThanOrEqual(report.km[i - 1].survival);
    expect(kmSurvivalAt(report, 0)).toBe(1);
    expect(kmSurvivalAt(report, report.kmMedian! + 1)).toBeLessThanOrEqual(0.5);
    expect(kmSurvivalAt(report, report.kmMedian! - 2)).toBeGreaterThan(0.5);
    expect(timeMax(report)).toBe(report.km.at(-1)!.time);
    // The chosen lognormal stays within its reported largest gap of the curve at the grid points.
    const chosen = report.candidates.find((c) => c.kind === report.chosen)!;
    const f = survivalOf(chosen);
    for (const p of report.km) expect(Math.abs(f(p.time) - p.survival)).toBeLessThanOrEqual(chosen.maxGap + 0.01);
  });

  it('writes the CSV: minutes, survival, interval, at risk, and each candidate', () => {
    const rows = kmCsvRows(report);
    expect(rows).toHaveLength(report.km.length);
    expect(rows[0]).toHaveLength(5 + report.candidates.length);
    const i = Math.floor(report.km.length / 2);
    const p = report.km[i];
    expect(rows[i].slice(0, 5)).toEqual([
      p.time,
      Math.round(p.survival * 1e4) / 1e4,
      Math.round(p.lower * 1e4) / 1e4,
      Math.round(p.upper * 1e4) / 1e4,
      p.atRisk,
    ]);
  });

  it('draws steps and a closed band', () => {
    const x = linear([0, 10], [0, 100]);
    const y = linear([0, 1], [100, 0]);
    expect(
      stepPath(
        [
          { time: 0, value: 1 },
          { time: 5, value: 0.5 },
          { time: 10, value: 0.25 },
        ],
        x,
        y,
      ),
    ).toBe('M0,0H50V50H100V75');
    const band = bandPath(
      [
        { time: 0, survival: 1, lower: 1, upper: 1, atRisk: 10 },
        { time: 5, survival: 0.5, lower: 0.4, upper: 0.6, atRisk: 5 },
      ],
      x,
      y,
    );
    expect(band).toBe('M0,0H50V40V60H0V0Z');
    expect(curvePath((t) => 1 - t / 10, 10, x, y, 2)).toBe('M0,0L50,50L100,100');
  });
});
