/**
 * Daily hall volume (visitors on each working day: the base volume times the day-type, filing
 * position, weekday and month factors, or the explicit volume of the date, less the online
 * share and what each type moved to the online platforms, `online`) and each day's
 * business-type shares (month shares override, the others rescale; then what stays at the hall),
 * and the demand of each type moved online each day (the 12366 calls it brings: hall/hotline.ts).
 */
import type { HallCalendar } from './calendar.ts';
import { DEFAULTS } from './defaults.ts';
import type { Scenario } from './scenario.ts';
import { isoWeekday, parseIsoDate } from './time.ts';

const date = (t: string) => parseIsoDate(t)!;

export /** Daily hall volume and the type shares of each day. */
function demandByDay(
  s: Scenario,
  calendar: HallCalendar,
  typeCount: number,
): { volume: Float64Array; shares: Float64Array; moved: Float64Array } {
  const dm = s.demand;
  const days = s.calendar.days;
  const volume = new Float64Array(days);
  const shares = new Float64Array(days * typeCount);
  // Hall demand of each type moved online on each day: moved[d * T + t] (online.ts semantics below).
  const moved = new Float64Array(days * typeCount);
  const stays = onlineStays(s, calendar);
  const byDate = new Map(Object.entries(dm.byDate ?? {}).map(([k, v]) => [date(k), v]));
  const weekday = dm.weekdayFactors ?? DEFAULTS.demand.weekdayFactors;
  const online = dm.onlineShare ?? DEFAULTS.demand.onlineShare;
  const first = dm.filingPositionFactors?.firstWorkingDays;
  const last = dm.filingPositionFactors?.lastWorkingDays;
  for (let d = 0; d < days; d++) {
    const { month } = calendar.date(d);
    // Type shares of the month: overridden types take their share, the others are rescaled.
    let overridden = 0;
    let rest = 0;
    s.types.forEach((t) => {
      const m = t.monthShares?.[String(month)];
      if (m !== undefined) overridden += m;
      else rest += t.share;
    });
    const scale = rest > 0 ? (1 - overridden) / rest : 0;
    s.types.forEach((t, i) => {
      const m = t.monthShares?.[String(month)];
      shares[d * typeCount + i] = m !== undefined ? m : t.share * scale;
    });
    if (!calendar.isWorking(d)) continue;
    const day = calendar.startDay + d;
    const explicit = byDate.get(day);
    let v: number;
    if (explicit !== undefined) {
      v = explicit;
    } else {
      const type = calendar.dayType(d);
      let factor = dm.dayTypeFactors?.[type] ?? DEFAULTS.demand.dayTypeFactor;
      const pos = calendar.filingPosition(d);
      const toDeadline = calendar.daysToDeadline(d);
      if (type === 'filing' && first && pos >= 1 && pos <= first.days) factor = first.factor;
      else if (type === 'filing' && last && toDeadline >= 1 && toDeadline <= last.days) factor = last.factor;
      v =
        dm.dailyVolume *
        factor *
        weekday[isoWeekday(day) - 1] *
        (dm.monthFactors?.[String(month)] ?? DEFAULTS.demand.monthFactor);
    }
    // What moves online leaves the hall: the type's part of the day shrinks, the shares are
    // taken again over what stays.
    const before = v * (1 - online);
    let staying = 0;
    for (let i = 0; i < typeCount; i++) staying += shares[d * typeCount + i] * stays(i, d);
    for (let i = 0; i < typeCount; i++) {
      const share = shares[d * typeCount + i];
      moved[d * typeCount + i] = before * share * (1 - stays(i, d));
      if (staying > 0) shares[d * typeCount + i] = (share * stays(i, d)) / staying;
    }
    volume[d] = before * staying;
  }
  return { volume, shares, moved };
}

/**
 * The share of type i's hall demand still at the hall on day d: (1 − shift)·(1 − perMonth)^m, m
 * the calendar months since the first day's (0 in the first month).
 */
function onlineStays(s: Scenario, calendar: HallCalendar): (i: number, d: number) => number {
  const on = s.online;
  if (!on) return () => 1;
  const first = calendar.date(0);
  const shift = s.types.map((t) => on.shift?.[t.id] ?? 0);
  const perMonth = s.types.map((t) => on.perMonth?.[t.id] ?? 0);
  return (i, d) => {
    const { year, month } = calendar.date(d);
    const months = (year - first.year) * 12 + (month - first.month);
    return (1 - shift[i]) * (1 - perMonth[i]) ** months;
  };
}
