/**
 * The staffing a ticket log shows: which window group each logged window belongs to, and how
 * many of each group's windows were in use per interval of the opening hours, averaged over the
 * days of each day type and rounded — the schedule the backtest runs.
 *
 * A window's group: the most specific group of the scenario that serves every business type and
 * channel the window served (a window that only served appointments is the appointment window,
 * one that only served invoice types the invoice window, one that served green-channel rows the
 * green channel); an explicit map overrides. "In use" in an interval: by default the window
 * started a service in it (`started`); `busy` counts a window whose service overlapped the
 * interval at all. Idle open windows leave no trace in a log, so both can only count fewer
 * windows than were open.
 */
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type DayType, type Localized, parseTimeOfDay, type Scenario } from '../scenario/index.ts';
import { GREEN, NO_SHOW, STAGGERED, type TicketColumns } from './fit-columns.ts';
import type { HistoryCalendar } from './fit-calendar.ts';

export type StaffingMode = 'started' | 'busy';

export interface Staffing {
  /** Group index of each logged window (−1: a kiosk). */
  windowGroup: Int32Array;
  /** Windows seen per group. */
  windowsSeen: number[];
  /** Schedule per group and day type (null for a day type the history lacks). */
  schedules: Record<DayType, number[] | null>[];
  warnings: Localized[];
}

/** Scenario channel index (walk-in 0, appointment 1, staggered 2) of a log channel code. */
const scenarioChannel = (code: number) => (code === GREEN ? STAGGERED : code);

export function windowGroups(
  s: Scenario,
  cols: TicketColumns,
  overrides: Record<string, string> = {},
): { windowGroup: Int32Array; warnings: Localized[] } {
  const r = resolveScenario(s);
  const W = cols.windows.length;
  const T = s.types.length;
  const types = new Uint8Array(W * T);
  const channels = new Uint8Array(W * 3);
  const green = new Uint8Array(W);
  const kiosk = new Uint8Array(W);
  for (let i = 0; i < cols.n; i++) {
    const w = cols.window[i];
    if (w >= 0 && cols.kiosk[i]) kiosk[w] = 1;
    if (w < 0 || cols.kiosk[i] || cols.outcome[i] === NO_SHOW) continue;
    types[w * T + cols.type[i]] = 1;
    channels[w * 3 + scenarioChannel(cols.channel[i])] = 1;
    if (cols.channel[i] === GREEN) green[w] = 1;
  }
  const windowGroup = new Int32Array(W).fill(-1);
  const warnings: Localized[] = [];
  const fallback = Math.max(
    0,
    r.groups.findIndex((g) => g.kind === 'general'),
  );
  for (let w = 0; w < W; w++) {
    if (kiosk[w]) continue;
    // A window's name comes from the file: "constructor" must not find Object's.
    const named = Object.hasOwn(overrides, cols.windows[w]) ? overrides[cols.windows[w]] : undefined;
    if (named !== undefined) {
      const g = r.groups.findIndex((x) => x.id === named);
      if (g >= 0) {
        windowGroup[w] = g;
        continue;
      }
    }
    let best = -1;
    let bestSize = Infinity;
    r.groups.forEach((g, gi) => {
      if (green[w] && g.kind !== 'green') return;
      for (let t = 0; t < T; t++) if (types[w * T + t] && !g.serves[t]) return;
      for (let c = 0; c < 3; c++) if (channels[w * 3 + c] && !g.channels[c]) return;
      const size = g.serves.reduce((a, x) => a + x, 0) * g.channels.filter(Boolean).length;
      if (size < bestSize) {
        best = gi;
        bestSize = size;
      }
    });
    if (best < 0) {
      best = fallback;
      warnings.push({
        en: `window "${cols.windows[w]}" served types or channels no single group serves: taken as ${r.groups[best].id}`,
        zh: `窗口“${cols.windows[w]}”办理的业务类型或渠道没有一个窗口组全部覆盖：归入 ${r.groups[best].id}`,
      });
    }
    windowGroup[w] = best;
  }
  return { windowGroup, warnings };
}

export function historicalStaffing(
  s: Scenario,
  cols: TicketColumns,
  hc: HistoryCalendar,
  mode: StaffingMode,
  overrides?: Record<string, string>,
): Staffing {
  const r = resolveScenario(s);
  const { windowGroup, warnings } = windowGroups(s, cols, overrides);
  const W = cols.windows.length;
  const G = r.groups.length;
  const L = r.interval;
  const open = parseTimeOfDay(s.calendar.open)!;
  const I = r.hallIntervals;
  const D = hc.days;
  const used = new Uint8Array(D * W * I);
  for (let i = 0; i < cols.n; i++) {
    const w = cols.window[i];
    if (w < 0 || windowGroup[w] < 0 || !(cols.start[i] >= 0)) continue;
    const d = cols.day[i] - hc.firstDay;
    const a = Math.floor((cols.start[i] - open) / L);
    const b = mode === 'busy' ? Math.ceil((cols.start[i] + cols.service[i] - open) / L) - 1 : a;
    for (let k = Math.max(0, a); k <= Math.min(I - 1, Math.max(a, b)); k++) used[(d * W + w) * I + k] = 1;
  }
  const days = DAY_TYPES.map(() => 0);
  for (let d = 0; d < D; d++) if (hc.dayType[d] >= 0) days[hc.dayType[d]]++;
  const sums = new Float64Array(G * 3 * I);
  for (let d = 0; d < D; d++) {
    const dt = hc.dayType[d];
    if (dt < 0) continue;
    for (let w = 0; w < W; w++) {
      const g = windowGroup[w];
      if (g < 0) continue;
      for (let k = 0; k < I; k++) sums[(g * 3 + dt) * I + k] += used[(d * W + w) * I + k];
    }
  }
  const schedules = r.groups.map(
    (_, g) =>
      Object.fromEntries(
        DAY_TYPES.map((dt, i) => [
          dt,
          days[i] === 0 ? null : Array.from({ length: I }, (_, k) => Math.round(sums[(g * 3 + i) * I + k] / days[i])),
        ]),
      ) as Record<DayType, number[] | null>,
  );
  const windowsSeen = r.groups.map((_, g) => windowGroup.reduce((a, x) => a + (x === g ? 1 : 0), 0));
  return { windowGroup, windowsSeen, schedules, warnings };
}
