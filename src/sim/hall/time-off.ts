import type { HallRun } from './hall-run.ts';
import type { OvertimeLedgerRow, TimeOffRow } from './results.ts';
import { formatIsoDate, parseIsoDate } from '../scenario/index.ts';

/**
 * Compensatory time off (调休): each window's overtime accrues day by day; every time it passes
 * another threshold, a block of that length is planned on the lowest-demand working day outside
 * the filing period from then on (not one already planned for that window).
 */
export function planTimeOff(run: HallRun, overtime: OvertimeLedgerRow[]): TimeOffRow[] {
  const r = run.r;
  const threshold = r.closing.timeOffThreshold;
  const start = r.calendar.startDay;
  const accrued = new Map<string, number>();
  const taken = new Map<string, Set<number>>();
  const rows: TimeOffRow[] = [];
  for (const row of overtime) {
    const key = `${row.group}#${row.window}`;
    const before = accrued.get(key) ?? 0;
    const after = before + row.minutes;
    accrued.set(key, after);
    const blocks = Math.floor(after / threshold) - Math.floor(before / threshold);
    const day = parseIsoDate(row.date)! - start;
    for (let b = 0; b < blocks; b++) {
      const used = taken.get(key) ?? new Set<number>();
      taken.set(key, used);
      let best = -1;
      for (let d = day + 1; d < r.days; d++) {
        if (!r.calendar.isWorking(d) || r.calendar.dayType(d) !== 'ordinary' || used.has(d)) continue;
        if (best < 0 || r.volume[d] < r.volume[best]) best = d;
      }
      if (best >= 0) used.add(best);
      rows.push({
        group: row.group,
        window: row.window,
        earnedOn: row.date,
        minutes: threshold,
        takeOn: best >= 0 ? formatIsoDate(start + best) : null,
      });
    }
  }
  return rows;
}
