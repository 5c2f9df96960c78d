import { describe, expect, it } from 'vitest';
import {
  bandPath,
  barsPath,
  linePath,
  panelMax,
  stepAreaPath,
  stepPath,
  tooltipLines,
  type Panel,
  type SeriesChartSpec,
} from './series-chart.ts';

// Cells 10 px wide; y flipped around 100.
const x = (i: number) => i * 10;
const y = (v: number) => 100 - v;

describe('series chart geometry', () => {
  it('draws lines through cell centres and breaks them at gaps', () => {
    expect(linePath([1, 2, null, 4, 5], x, y)).toBe('M5,99L15,98M35,96L45,95');
  });

  it('draws a lone cell between gaps as a short flat stroke', () => {
    expect(linePath([null, 3, null], x, y)).toBe('M12.5,97H17.5');
  });

  it('draws a band per run of values, clamped at 0 below', () => {
    expect(bandPath([2, 3, null, 5], [1, 4, null, 0], x, y)).toBe('M5,97L15,93L15,100L5,99ZM35,95L35,95Z');
  });

  it('draws steps flat across cells with vertical joins, broken at gaps', () => {
    expect(stepPath([2, 2, 5, null, 1], x, y)).toBe('M0,98H10V98H20V95H30M40,99H50');
    expect(stepAreaPath([2, 0, null], x, y)).toBe('M0,100V98H10V100Z');
  });

  it('draws bars only for positive values, with a small gap', () => {
    expect(barsPath([3, 0, null, 1], x, y)).toBe('M0.75,100V97H9.25V100ZM30.75,100V99H39.25V100Z');
  });

  it('finds the top of a panel from values, bands and reference lines', () => {
    const s = { id: 's', label: 'S', kind: 'line' as const, color: '#000', format: String };
    const p: Panel = {
      id: 'p',
      yLabel: '',
      height: 100,
      tick: String,
      series: [{ ...s, values: [1, null, 4], halfWidth: [0, null, 2] }],
    };
    expect(panelMax(p)).toBe(6);
    expect(panelMax({ ...p, refs: [{ value: 15, label: '', color: '#000' }] })).toBe(15);
    expect(panelMax({ ...p, series: [{ ...s, values: [0, null] }] })).toBe(1);
    expect(panelMax({ ...p, series: [{ ...s, values: [0.2] }], minTop: 1 })).toBe(1);
  });

  it('writes tooltip lines with the cell heading, values with ± and gaps', () => {
    const spec: SeriesChartSpec = {
      count: 2,
      ticks: [],
      xLabel: '',
      cellLabel: (i) => `cell ${i}`,
      cellKey: String,
      panels: [
        {
          id: 'p',
          yLabel: '',
          height: 100,
          tick: String,
          series: [
            {
              id: 'a',
              label: 'Mean',
              kind: 'line',
              color: '#000',
              values: [2.5, null],
              halfWidth: [0.5, null],
              format: (v, hw) => (hw ? `${v} ± ${hw} min` : `${v} min`),
            },
          ],
        },
      ],
    };
    expect(tooltipLines(spec, 0, '—')).toEqual(['cell 0', 'Mean: 2.5 ± 0.5 min']);
    expect(tooltipLines(spec, 1, '—')).toEqual(['cell 1', 'Mean: —']);
  });
});
