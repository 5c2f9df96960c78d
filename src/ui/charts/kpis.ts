/**
 * The row of key figures above the charts: mean wait, p90, share within the target (the whole
 * period, and the intervals that reach the target share), window utilisation, those who gave
 * up, and cases answered on time, each with its confidence interval.
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
    // As precise as its ±: "3.0 ± 0.1", not "3 ± 0.1".
    return e
      ? {
          value: fmt.fixed(e.mean, digits),
          pm: plusMinus(fmt.number(e.halfWidth ?? 0, digits), fmt.number(0, digits)),
          raw: e.mean,
        }
      : { value: '—', pm: '', raw: null };
  };
  const pct = (id: string, digits: number) => {
    const e = m[id];
    return e
      ? {
          value: fmt.percent(e.mean, digits),
          pm: plusMinus(fmt.percent(e.halfWidth ?? 0, digits), fmt.percent(0, digits)),
          raw: e.mean,
        }
      : { value: '—', pm: '', raw: null };
  };
  // "Meets the target" has one meaning everywhere (attainment.ts): the whole period, and how
  // many of the hall's intervals reach the target share.
  const a = ctx.attainment;
  const within = a
    ? {
        value: fmt.percent(a.period.mean, 1),
        pm: plusMinus(fmt.percent(a.period.halfWidth, 1), fmt.percent(0, 1)),
        raw: a.period.mean,
      }
    : pct('wait.all.withinTarget', 1);
  const met = a ? a.period.met : within.raw !== null && within.raw >= ctx.target.share;
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
      note: [
        k.targetShare(fmt.percent(ctx.target.share, 0)),
        within.raw === null ? '—' : met ? k.targetMet : k.targetMissed,
        ...(a && a.intervals.total > 0 ? [k.intervalsMet(a.intervals.met, a.intervals.total)] : []),
      ].join(' · '),
      verdict: within.raw === null ? undefined : met ? 'met' : 'missed',
      ...within,
    },
    {
      id: 'utilisation',
      label: k.utilisation,
      unit: '',
      note: k.utilisationNote,
      ...pct('windows.all.utilisation', 1),
    },
    {
      id: 'abandoned',
      label: k.abandoned,
      unit: k.people,
      note:
        abandoned.raw !== null && arrivals && arrivals.mean > 0
          ? k.abandonedNote(fmt.percent(abandoned.raw / arrivals.mean, 1))
          : '',
      ...abandoned,
    },
    {
      id: 'on-time',
      label: k.onTime,
      unit: '',
      note: !hasBackOffice
        ? k.noBackOffice
        : onTime.raw === null
          ? k.noCases
          : k.onTimeNote(fmt.number(m['cases.answered']?.mean ?? 0, 0)),
      ...onTime,
    },
  ];
}
