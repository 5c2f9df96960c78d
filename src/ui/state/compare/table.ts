/**
 * The comparison table: for each measure the mean of every scenario and, for every scenario after
 * the baseline, the paired difference with its 95% confidence interval in the measure's shown unit
 * and a plain verdict. Numbers are rounded by the precision the interval allows.
 */
import type { PairedDifference } from '../../../workers/compare.ts';
import type { ViewsMessages } from '../../i18n/views.en.ts';
import { measureInfo, type Better, type MeasureInfo } from './measures.ts';

export type CompareMessages = ViewsMessages['compare'];
export type Verdict = 'better' | 'worse' | 'same' | 'higher' | 'lower' | 'unknown';

export interface DiffCell {
  /** Scenario minus baseline, in the shown unit. */
  mean: number;
  halfWidth: number | null;
  low: number | null;
  high: number | null;
  /** Replications paired. */
  n: number;
  verdict: Verdict;
}

export interface CompareRow {
  metric: string;
  info: MeasureInfo;
  /** Mean of each scenario, baseline first, in the shown unit. */
  means: number[];
  /** One per scenario after the baseline. */
  diffs: DiffCell[];
  /** Decimals to show the row's numbers with. */
  decimals: number;
}

/** Better or worse when the interval leaves out 0; 'same' when it contains 0. */
export function verdictOf(mean: number, halfWidth: number | null, better: Better): Verdict {
  if (halfWidth === null || !Number.isFinite(halfWidth)) return 'unknown';
  if (mean - halfWidth <= 0 && mean + halfWidth >= 0) return 'same';
  if (better === 'neither') return mean > 0 ? 'higher' : 'lower';
  return mean > 0 === (better === 'higher') ? 'better' : 'worse';
}

/** Decimals that show a half-width to one significant digit (two when it starts with 1 or 2). */
export function decimalsFor(halfWidth: number | null, fallback: number): number {
  if (halfWidth === null || !(halfWidth > 0) || !Number.isFinite(halfWidth)) return fallback;
  const e = Math.floor(Math.log10(halfWidth));
  const significant = halfWidth / 10 ** e < 3 ? 2 : 1;
  return Math.min(4, Math.max(0, significant - 1 - e));
}

export function compareRows(diffs: readonly PairedDifference[]): CompareRow[] {
  return diffs.map((d) => {
    const info = measureInfo(d.metric);
    const cells: DiffCell[] = d.differences.map((x) => {
      const mean = x.mean * info.scale;
      const halfWidth = x.halfWidth === null ? null : x.halfWidth * info.scale;
      return {
        mean,
        halfWidth,
        low: halfWidth === null ? null : mean - halfWidth,
        high: halfWidth === null ? null : mean + halfWidth,
        n: x.n,
        verdict: verdictOf(mean, halfWidth, info.better),
      };
    });
    const decimals = Math.min(4, Math.max(info.decimals, ...cells.map((c) => decimalsFor(c.halfWidth, info.decimals))));
    return { metric: d.metric, info, means: d.means.map((m) => m * info.scale), diffs: cells, decimals };
  });
}

function numberFormat(locale: string, decimals: number, sign = false): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: sign ? 'exceptZero' : 'auto',
  });
}

export function formatMean(row: CompareRow, value: number, locale: string): string {
  return numberFormat(locale, row.decimals).format(value);
}

/** "+2.3 (±0.8)"; the half-width alone is left out when there is none. */
export function formatDiff(row: CompareRow, cell: DiffCell, locale: string): string {
  const mean = numberFormat(locale, row.decimals, true).format(cell.mean);
  return cell.halfWidth === null ? mean : `${mean} (±${numberFormat(locale, row.decimals).format(cell.halfWidth)})`;
}

/** The unit of a row's means, and of its differences (percentage points for shares). */
export function units(row: CompareRow, t: CompareMessages): { mean: string; diff: string } {
  const u = row.info.unit;
  return { mean: t.units[u], diff: u === 'percent' ? t.units.points : t.units[u] };
}

export function measureName(metric: string, t: CompareMessages): string {
  return (t.measures as Record<string, string>)[metric] ?? metric;
}

/** The table as CSV rows (shown units; the unit column says which). */
export function compareCsv(
  rows: readonly CompareRow[],
  labels: readonly string[],
  t: CompareMessages,
): { header: string[]; rows: (string | number | null)[][] } {
  const others = labels.slice(1);
  const c = t.csvColumns;
  const header = [
    t.columns.measure,
    c.unit,
    t.columns.better,
    ...labels.map((l) => t.columns.mean(l)),
    ...others.flatMap((l) => [c.difference(l), c.halfWidth(l), c.low(l), c.high(l), c.verdict(l), c.paired(l)]),
  ];
  return {
    header,
    rows: rows.map((r) => [
      measureName(r.metric, t),
      units(r, t).mean,
      t.better[r.info.better],
      ...r.means,
      ...r.diffs.flatMap((d) => [d.mean, d.halfWidth, d.low, d.high, t.verdict[d.verdict], d.n]),
    ]),
  };
}

/** How many of the asked measures did not make it into the table (missing in some scenario). */
export function missingCount(asked: readonly string[], rows: readonly { metric: string }[]): number {
  const have = new Set(rows.map((r) => r.metric));
  return asked.filter((m) => !have.has(m)).length;
}
