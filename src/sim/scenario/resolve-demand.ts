/**
 * Daily hall volume (visitors on each working day: the base volume times the day-type, filing
 * position, weekday and month factors, or the explicit volume of the date, less the online
 * share) and each day's business-type shares (month shares override, the others rescale).
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
): { volume: Float64Array; shares: Float64Array } {
  const dm = s.demand;
  const days = s.calendar.days;
  const volume = new Float64Array(days);
  const shares = new Float64Array(days * typeCount);
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
    volume[d] = v * (1 - online);
  }
  return { volume, shares };
}
