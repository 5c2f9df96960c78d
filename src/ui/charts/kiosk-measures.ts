/**
 * Every kiosk measure of every site, from the metrics `kiosk.<site>.*` (merge.ts gives each a
 * mean and the half-width of its 95% confidence interval): the figures of the per-site table and
 * the sentence that answers, for one site, "do its users get served, and what happens to those
 * it fails?". Counts are people over the horizon after the warm-up, shown as whole people.
 *
 * Guarantees: a figure shows its ± whenever the half-width is known and does not round to zero
 * at the figure's precision; a measure the run did not report (no wait when nobody was served)
 * is null, never 0.
 */
import type { MetricEstimate } from '../../sim/results/merge.ts';
import type { ChartContext } from './context.ts';
import { kioskSites, type KioskSite } from './kiosks.ts';
import { MINUTES_PER_DAY } from '../../sim/scenario/index.ts';

/** How the site served its users (the first table). */
export const USE_MEASURES = ['arrivals', 'served', 'waitMean', 'waitP90', 'queue', 'availability'] as const;
/** Who it could not serve, why, and where they went (the second table). */
export const LOST_MEASURES = [
  'closed',
  'down',
  'line',
  'gaveUp',
  'outOfService',
  'toWindows',
  'toOtherSite',
  'toHall',
  'left',
] as const;

/** Why the site could not serve them, and where they went (the summary's order). */
const FAILED = ['closed', 'down', 'line', 'gaveUp', 'outOfService'] as const;
const WENT = ['toWindows', 'toOtherSite', 'toHall', 'left'] as const;

export type Measure = (typeof USE_MEASURES)[number] | (typeof LOST_MEASURES)[number];

type Kind = 'count' | 'minutes' | 'line' | 'share';

const METRICS: Record<Measure, { key: string; kind: Kind }> = {
  arrivals: { key: 'arrivals', kind: 'count' },
  served: { key: 'served', kind: 'count' },
  waitMean: { key: 'wait.mean', kind: 'minutes' },
  waitP90: { key: 'wait.p90', kind: 'minutes' },
  queue: { key: 'queue.mean', kind: 'line' },
  availability: { key: 'availability', kind: 'share' },
  closed: { key: 'turnedAway.closed', kind: 'count' },
  down: { key: 'turnedAway.down', kind: 'count' },
  line: { key: 'turnedAway.line', kind: 'count' },
  gaveUp: { key: 'gaveUp', kind: 'count' },
  outOfService: { key: 'outOfService', kind: 'count' },
  toWindows: { key: 'toWindows', kind: 'count' },
  toOtherSite: { key: 'toOtherSite', kind: 'count' },
  toHall: { key: 'toHall', kind: 'count' },
  left: { key: 'left', kind: 'count' },
};

/** A figure as shown: "0.41" and "0.05" (the ± part, null when unknown or 0 at this precision). */
export interface Figure {
  value: string;
  pm: string | null;
  /** The unrounded mean. */
  raw: number;
}

export interface SiteRow {
  site: KioskSite;
  figures: Record<Measure, Figure | null>;
}

/** Decimals: the base, or more (up to max) while the half-width would otherwise show as 0. */
function decimals(hw: number | null, base: number, max: number): number {
  let d = base;
  while (hw !== null && hw > 0 && d < max && Math.round(hw * 10 ** d) === 0) d++;
  return d;
}

function figure(ctx: ChartContext, e: MetricEstimate | undefined, kind: Kind): Figure | null {
  if (!e) return null;
  const { fmt } = ctx;
  const hw = e.halfWidth;
  let value: string;
  let pm: string | null;
  if (kind === 'share') {
    value = fmt.percent(e.mean, 1);
    pm = hw === null ? null : fmt.percent(hw, 1);
    if (pm === fmt.percent(0, 1)) pm = null;
  } else {
    const d = kind === 'count' ? 0 : kind === 'minutes' ? decimals(hw, 1, 2) : decimals(hw, 2, 3);
    // As many decimals as the ± has (0.30 ± 0.03); a plain 0 when nothing was measured.
    value = e.mean === 0 ? fmt.number(0, 0) : fmt.fixed(e.mean, d);
    pm = hw === null ? null : fmt.fixed(hw, d);
    if (pm === fmt.fixed(0, d)) pm = null;
  }
  return { value, pm, raw: e.mean };
}

/** Every measure of site s. */
export function siteRow(ctx: ChartContext, s: KioskSite): SiteRow {
  const m = ctx.merged.metrics;
  const figures = Object.fromEntries(
    (Object.keys(METRICS) as Measure[]).map((k) => [
      k,
      figure(ctx, m[`kiosk.${s.id}.${METRICS[k].key}`], METRICS[k].kind),
    ]),
  ) as Record<Measure, Figure | null>;
  return { site: s, figures };
}

export function siteRows(ctx: ChartContext): SiteRow[] {
  return kioskSites(ctx).map((s) => siteRow(ctx, s));
}

/** Days the counts cover: the horizon after the warm-up. */
export function countedDays(ctx: ChartContext): number {
  return Math.round((ctx.resolved.horizon - ctx.resolved.warmupEnd) / MINUTES_PER_DAY);
}

/** "0.41 min (±0.05)": a figure with its unit and its ± in brackets. */
function withPm(ctx: ChartContext, f: Figure, unit: (v: string) => string): string {
  return f.pm === null ? unit(f.value) : ctx.t.kiosks.pm(unit(f.value), f.pm);
}

/** The counts among `keys` that are at least one person, each worded by its message. */
function clauses(
  ctx: ChartContext,
  row: SiteRow,
  keys: readonly Measure[],
  say: (k: Measure, n: string) => string,
): string[] {
  return keys.flatMap((k) => {
    const f = row.figures[k];
    return f && f.value !== ctx.fmt.number(0, 0) ? [say(k, withPm(ctx, f, ctx.t.kiosks.count))] : [];
  });
}

/**
 * The answer for site `index`, in words: its waits and availability, how many it served, how
 * many it could not serve and why, and where those went; every figure with its ±.
 */
export function siteSummary(ctx: ChartContext, index: number): string {
  const t = ctx.t.kiosks;
  const { fmt } = ctx;
  const row = siteRow(ctx, kioskSites(ctx)[index]);
  const f = row.figures;
  const minutes = (v: string) => ctx.t.unit.minutes(v);
  const first =
    f.waitMean && f.waitP90
      ? t.summaryWait(row.site.name, withPm(ctx, f.waitMean, minutes), withPm(ctx, f.waitP90, minutes))
      : t.summaryNoWait(row.site.name);
  const availability = f.availability ? t.summaryAvailability(withPm(ctx, f.availability, (v) => v)) : null;
  const served = t.summaryServed(
    fmt.number(countedDays(ctx), 0),
    withPm(ctx, f.served ?? { value: fmt.number(0, 0), pm: null, raw: 0 }, ctx.t.unit.people),
  );
  const failed = clauses(ctx, row, FAILED, (k, n) => t.failed[k as (typeof FAILED)[number]](n));
  const went = clauses(ctx, row, WENT, (k, n) => t.went[k as (typeof WENT)[number]](n));
  return t.summary(first, availability, served, failed, went);
}
