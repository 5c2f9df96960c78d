/**
 * The row of key figures above the charts: mean wait, p90, share within the target, window
 * utilisation, those who gave up, and cases answered on time, each with its confidence interval.
 */
import type { ChartContext } from './context.ts';

export interface Kpi {
  id: 'wait-mean' | 'wait-p90' | 'within-target' | 'utilisation' | 'abandoned' | 'on-time';
  label: string;
  /** The figure, e.g. "4.3", and its unit ("min", "" for percentages). */
  value: string;
  unit: string;
  /** "± 0.2" (empty with fewer than two replications or no figure). */
  pm: string;
  /** A second line: the target, a share, or why there is no figure. */
  note: string;
  /** Whether the figure meets the target (only for the share within target). */
  verdict?: 'met' | 'missed';
  /** The raw mean (null when missing), for tests. */
  raw: number | null;
}

/** "± 0.2", or nothing when the half-width is unknown or rounds to 0. */
function plusMinus(hw: string, zero: string): string {
  return hw === zero ? '' : `± ${hw}`;
}

export function keyFigures(ctx: ChartContext): Kpi[] {
  const { t, fmt } = ctx;
  const m = ctx.merged.metrics;
  const k = t.kpi;
  const num = (id: string, digits: number) => {
    const e = m[id];
    return e ? { value: fmt.number(e.mean, digits), pm: plusMinus(fmt.number(e.halfWidth ?? 0, digits), fmt.number(0, digits)), raw: e.mean } : { value: '—', pm: '', raw: null };
  };
  const pct = (id: string, digits: number) => {
    const e = m[id];
    return e ? { value: fmt.percent(e.mean, digits), pm: plusMinus(fmt.percent(e.halfWidth ?? 0, digits), fmt.percent(0, digits)), raw: e.mean } : { value: '—', pm: '', raw: null };
  };
  const within = pct('wait.all.withinTarget', 1);
  const abandoned = num('count.abandoned', 0);
  const arrivals = m['count.arrivals'];
  const hasBackOffice = ctx.scenario.backOffice !== null && ctx.scenario.backOffice !== undefined;
  const onTime = pct('cases.onTimeShare', 1);
  return [
    { id: 'wait-mean', label: k.waitMean, unit: k.minutes, note: '', ...num('wait.all.mean', 1) },
    { id: 'wait-p90', label: k.waitP90, unit: k.minutes, note: '', ...num('wait.all.p90', 1) },
    {
      id: 'within-target',
      label: k.withinTarget(fmt.number(ctx.target.waitMinutes)),
      unit: '',
      note: `${k.targetShare(fmt.percent(ctx.target.share, 0))} · ${within.raw === null ? '—' : within.raw >= ctx.target.share ? k.targetMet : k.targetMissed}`,
      verdict: within.raw === null ? undefined : within.raw >= ctx.target.share ? 'met' : 'missed',
      ...within,
    },
    { id: 'utilisation', label: k.utilisation, unit: '', note: k.utilisationNote, ...pct('windows.all.utilisation', 1) },
    {
      id: 'abandoned',
      label: k.abandoned,
      unit: k.people,
      note: abandoned.raw !== null && arrivals && arrivals.mean > 0 ? k.abandonedNote(fmt.percent(abandoned.raw / arrivals.mean, 1)) : '',
      ...abandoned,
    },
    {
      id: 'on-time',
      label: k.onTime,
      unit: '',
      note: !hasBackOffice ? k.noBackOffice : onTime.raw === null ? k.noCases : k.onTimeNote(fmt.number(m['cases.answered']?.mean ?? 0, 0)),
      ...onTime,
    },
  ];
}
