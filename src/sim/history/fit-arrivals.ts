/**
 * Arrivals: the demand block of the scenario from the visitors per day (fit-daily.ts), the
 * intraday profile (share of the day's tickets per interval, per day type or pooled, with a
 * smoothing choice), the business-type shares (fit-shares.ts), and the table of arrival rates
 * by type, day type and interval for the report.
 *
 * Smoothing offered: none (the shares as counted) or a centred moving average over k intervals
 * (the average of the counts of the k intervals around each, inside the span with tickets); and
 * one profile per day type, or one pooled over all day types.
 */
import {
  DAY_TYPES,
  type DayType,
  formatTimeOfDay,
  type Localized,
  parseTimeOfDay,
  type ProfilePiece,
  type Scenario,
} from '../scenario/index.ts';
import type { HistoryCalendar } from './fit-calendar.ts';
import { fitDaily } from './fit-daily.ts';
import type { PatchOp } from './fit-patch.ts';
import { METHODS, UNITS, parameter, type ArrivalsReport, type FitParameter } from './fit-report.ts';
import { fitShares } from './fit-shares.ts';
import type { ArrivalData, Piece } from './fit-visitors.ts';
import { roundShares, wilson, zOf } from './stats.ts';

export interface ArrivalOptions {
  smoothing: ArrivalsReport['smoothing'];
  profile: 'byDayType' | 'pooled';
  weekdays: 'fit' | 'base' | 'auto';
  level: number;
}

export interface ArrivalFit {
  ops: PatchOp[];
  parameters: FitParameter[];
  report: ArrivalsReport;
  notFitted: { what: Localized; why: Localized }[];
  warnings: Localized[];
  /** Total visitors over the history (for the appointment share). */
  visitors: number;
}

const DT_LABEL: Record<DayType | 'all', Localized> = {
  ordinary: { en: 'ordinary days', zh: '非申报期' },
  filing: { en: 'filing days', zh: '申报期' },
  deadline: { en: 'deadline days', zh: '截止日' },
  all: { en: 'all days', zh: '全部日期' },
};

/** Smoothed shares and their standard errors from counts per piece (multinomial variances). */
function profileShares(
  counts: Float64Array,
  smoothing: ArrivalsReport['smoothing'],
): { share: Float64Array; se: Float64Array; n: number } {
  const P = counts.length;
  let N = 0;
  let first = -1;
  let last = -1;
  for (let p = 0; p < P; p++) {
    N += counts[p];
    if (counts[p] > 0) {
      if (first < 0) first = p;
      last = p;
    }
  }
  const share = new Float64Array(P);
  const se = new Float64Array(P);
  if (N === 0) return { share, se, n: 0 };
  const pi = Float64Array.from(counts, (c) => c / N);
  if (smoothing.kind === 'none') {
    share.set(pi);
    return { share, se, n: N };
  }
  const h = Math.floor(Math.max(1, smoothing.intervals) / 2);
  // weights a[p][q] = 1/|window p| for q in the window; shares normalised by their sum.
  let total = 0;
  const raw = new Float64Array(P);
  for (let p = first; p <= last; p++) {
    const lo = Math.max(first, p - h);
    const hi = Math.min(last, p + h);
    let s = 0;
    for (let q = lo; q <= hi; q++) s += pi[q];
    raw[p] = s / (hi - lo + 1);
    total += raw[p];
  }
  for (let p = first; p <= last; p++) {
    const lo = Math.max(first, p - h);
    const hi = Math.min(last, p + h);
    const a = 1 / (hi - lo + 1) / total;
    let m1 = 0;
    let m2 = 0;
    for (let q = lo; q <= hi; q++) {
      m1 += a * pi[q];
      m2 += a * a * pi[q];
    }
    share[p] = raw[p] / total;
    se[p] = Math.sqrt(Math.max(0, m2 - m1 * m1) / N);
  }
  return { share, se, n: N };
}

function toPieces(pieces: Piece[], share: Float64Array): ProfilePiece[] {
  const idx: number[] = [];
  for (let p = 0; p < pieces.length; p++) if (share[p] > 0) idx.push(p);
  const rounded = roundShares(idx.map((p) => share[p]));
  return idx.map((p, j) => ({
    start: formatTimeOfDay(pieces[p].start),
    end: formatTimeOfDay(pieces[p].end),
    share: rounded[j],
  }));
}

export function fitArrivals(s: Scenario, data: ArrivalData, hc: HistoryCalendar, opts: ArrivalOptions): ArrivalFit {
  const level = opts.level;
  const ops: PatchOp[] = [];
  const parameters: FitParameter[] = [];
  const notFitted: ArrivalFit['notFitted'] = [];
  const daily = fitDaily(s, hc, data.visitors, opts.weekdays, level);
  const warnings = [...daily.warnings];
  parameters.push(...daily.parameters);
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  ops.push({
    key: 'demand.dailyVolume',
    path: ['demand', 'dailyVolume'],
    value: Math.round(daily.dailyVolume * 10) / 10,
  });
  const cf = daily.classFactors;
  ops.push({
    key: 'demand.class',
    path: ['demand', 'dayTypeFactors'],
    value: { ordinary: r4(cf[0]), filing: r4(cf[1]), deadline: r4(cf[4]) },
  });
  const fp = s.demand.filingPositionFactors;
  if (fp?.firstWorkingDays || fp?.lastWorkingDays) {
    ops.push({
      key: 'demand.class',
      path: ['demand', 'filingPositionFactors'],
      value: {
        ...(fp.firstWorkingDays ? { firstWorkingDays: { days: fp.firstWorkingDays.days, factor: r4(cf[2]) } } : {}),
        ...(fp.lastWorkingDays ? { lastWorkingDays: { days: fp.lastWorkingDays.days, factor: r4(cf[3]) } } : {}),
      },
    });
  }
  if (daily.weekdays === 'fit')
    ops.push({ key: 'demand.weekday', path: ['demand', 'weekdayFactors'], value: daily.weekdayFactors.map(r4) });
  else
    notFitted.push({
      what: { en: 'weekday factors', zh: '星期系数' },
      why: {
        en: "too few days of some weekday (fewer than 3) or weekday fitting turned off: the base scenario's factors are kept",
        zh: '某些星期的天数太少（少于 3 天）或未选择拟合：沿用基础场景的系数',
      },
    });

  const daysByType = { ordinary: 0, filing: 0, deadline: 0 } as Record<DayType, number>;
  for (let d = 0; d < hc.days; d++) if (hc.dayType[d] >= 0) daysByType[DAY_TYPES[hc.dayType[d]]]++;

  // Intraday profile.
  const close = parseTimeOfDay(s.calendar.close)!;
  let pieces = data.pieces;
  let dropped = 0;
  if (pieces && data.profile) {
    const P = pieces.length;
    const counts = DAY_TYPES.map(() => new Float64Array(P));
    const pooled = new Float64Array(P);
    for (let d = 0; d < hc.days; d++) {
      const dt = hc.dayType[d];
      if (dt < 0) continue;
      for (let p = 0; p < P; p++) {
        const c = data.profile[d * P + p];
        if (pieces[p].start >= close) {
          dropped += c;
          continue;
        }
        counts[dt][p] += c;
        pooled[p] += c;
      }
    }
    pieces = pieces.map((x) => ({ start: x.start, end: Math.min(x.end, close) }));
    const fitted = {} as Record<DayType, ProfilePiece[]>;
    const z = zOf(level);
    const addParams = (label: DayType | 'all', c: Float64Array) => {
      const { share, se, n } = profileShares(c, opts.smoothing);
      for (let p = 0; p < P; p++) {
        if (c[p] === 0 && share[p] === 0) continue;
        const ci =
          opts.smoothing.kind === 'none'
            ? wilson(c[p], n, level)
            : { lower: Math.max(0, share[p] - z * se[p]), upper: Math.min(1, share[p] + z * se[p]) };
        const span = `${formatTimeOfDay(pieces![p].start)}–${formatTimeOfDay(pieces![p].end)}`;
        parameters.push(
          parameter(
            `demand.intraday.${label}.${formatTimeOfDay(pieces![p].start)}`,
            {
              en: `Share of the day's tickets, ${span}, ${DT_LABEL[label].en}`,
              zh: `${span} 取号占全天比例（${DT_LABEL[label].zh}）`,
            },
            UNITS.share,
            share[p],
            n,
            ci,
            level,
            opts.smoothing.kind === 'none' ? METHODS.wilson : METHODS.profileSmoothed,
            {
              en: `walk-in and appointment tickets taken on ${DT_LABEL[label].en} (${n})`,
              zh: `${DT_LABEL[label].zh}的现场与预约取号（${n} 张）`,
            },
            ['demand', 'intraday'],
          ),
        );
      }
      return toPieces(pieces!, share);
    };
    if (pooled.some((x) => x > 0)) {
      if (opts.profile === 'pooled') {
        ops.push({ key: 'demand.intraday', path: ['demand', 'intraday'], value: addParams('all', pooled) });
      } else {
        let pooledPieces: ProfilePiece[] | null = null;
        DAY_TYPES.forEach((dt, i) => {
          if (counts[i].some((x) => x > 0)) fitted[dt] = addParams(dt, counts[i]);
          else {
            pooledPieces ??= toPieces(pieces!, profileShares(pooled, opts.smoothing).share);
            fitted[dt] = pooledPieces;
            if (daysByType[dt] === 0)
              warnings.push({
                en: `no ${DT_LABEL[dt].en} in the history: their intraday profile is the pooled one`,
                zh: `历史数据中没有${DT_LABEL[dt].zh}日期：其日内分布采用合并分布`,
              });
          }
        });
        ops.push({ key: 'demand.intraday', path: ['demand', 'intraday'], value: fitted });
      }
    } else {
      notFitted.push({
        what: { en: 'intraday profile', zh: '日内到达分布' },
        why: {
          en: "no walk-in or appointment ticket before closing time: the base scenario's profile is kept",
          zh: '闭厅前没有现场或预约取号：沿用基础场景的日内分布',
        },
      });
    }
  } else {
    notFitted.push({
      what: { en: 'intraday profile', zh: '日内到达分布' },
      why: {
        en: "the file has no times of day (whole-day counts only): the base scenario's profile is kept",
        zh: '文件没有时段信息（仅有全日合计）：沿用基础场景的日内分布',
      },
    });
  }
  if (dropped > 0)
    warnings.push({
      en: `${dropped} ticket(s) in time ranges starting after closing are left out of the intraday profile`,
      zh: `${dropped} 张闭厅后时段的号未计入日内分布`,
    });

  // Business-type shares.
  if (data.visitorsByType) fitShares(s, data, hc, level, ops, parameters, warnings);
  else
    notFitted.push({
      what: { en: 'business-type shares', zh: '业务类型占比' },
      why: {
        en: "the file has no business type column: the base scenario's shares are kept",
        zh: '文件没有业务类型列：沿用基础场景的占比',
      },
    });

  let visitors = 0;
  for (let d = 0; d < hc.days; d++) visitors += data.visitors[d];
  const report: ArrivalsReport = {
    smoothing: opts.smoothing,
    profile: opts.profile,
    weekdays: daily.weekdays,
    dispersion: daily.dispersion,
    daysByType,
    visitorsNote: data.note,
    rates: rateTable(s, data, hc, daysByType),
  };
  return { ops, parameters, report, notFitted, warnings, visitors };
}

function rateTable(
  s: Scenario,
  data: ArrivalData,
  hc: HistoryCalendar,
  daysByType: Record<DayType, number>,
): ArrivalsReport['rates'] {
  if (!data.pieces || !data.typePiece) return null;
  const P = data.pieces.length;
  const T = data.typeCount;
  const D = hc.days;
  const open = parseTimeOfDay(s.calendar.open)!;
  const close = parseTimeOfDay(s.calendar.close)!;
  const keep: number[] = [];
  for (let p = 0; p < P; p++) {
    let any = data.pieces[p].end > open && data.pieces[p].start < close;
    for (let t = 0; t < T && !any; t++)
      for (let d = 0; d < D && !any; d++) any = data.typePiece[(t * D + d) * P + p] > 0;
    if (any) keep.push(p);
  }
  const perHour = s.types.map((_, t) =>
    DAY_TYPES.map((dt, i) =>
      keep.map((p) => {
        if (daysByType[dt] === 0) return 0;
        let c = 0;
        for (let d = 0; d < D; d++) if (hc.dayType[d] === i) c += data.typePiece![(t * D + d) * P + p];
        return c / daysByType[dt] / ((data.pieces![p].end - data.pieces![p].start) / 60);
      }),
    ),
  );
  return { types: s.types.map((t) => t.id), pieces: keep.map((p) => data.pieces![p]), perHour };
}
