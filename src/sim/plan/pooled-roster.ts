/**
 * One officer pool for the windows and the 12366 phones (issue 14): the same officers sit at a
 * window or take calls, so one roster covers, per interval, the windows required plus the agents
 * required; against two rosters, one for the hall and one for the phones. Pooling saves what the
 * shifts' fixed lengths waste: each separate roster rounds its own peaks up to whole shifts, the
 * pooled one rounds their sum once, and the phones' longer hours fill the shifts the hall leaves
 * short (and the reverse).
 *
 * The grid is the union of the hall's statistics hours and the agents' hours (both on the
 * scenario's interval grid); outside its hours each need is 0. The hall's roster works the hall's
 * shifts and the phones' roster shifts over the agents' hours (`spanTemplates`: full days with a
 * one-hour lunch starting at any half hour that fits, and at most four half days at each end);
 * the pool may work any of both (each family keeps its caps) and full days over the whole span.
 * So any pair of separate rosters is a pooled roster too: pooled never costs more (both are
 * solved to optimality), and the difference is the pooling alone. Shrinkage grosses up the need
 * as in rostering.ts. On duty is not capped by the installed
 * windows or seats: an officer beyond the need is a spare at either.
 *
 * Only the hall's kinds of day are pooled (closed days have phones only: the same either way). Not
 * available when the agents work around the clock (officers of the hall work day shifts) or when
 * the two grids do not line up.
 *
 * Guarantees: on duty >= windows + agents required in every interval of a roster found, so every
 * window and phone the plan requires is staffed (what each serves is what the plan simulated).
 */
import { resolveScenario } from '../hall/resolve.ts';
import {
  DAY_TYPES,
  type DayType,
  formatTimeOfDay,
  type Localized,
  MINUTES_PER_DAY,
  parseTimeOfDay,
  type Scenario,
} from '../scenario/index.ts';
import { planRoster, type RosterResult } from './roster.ts';
import { defaultTemplates, type ShiftTemplate } from './shift-templates.ts';
import type { Staffing } from './staffing.ts';

export interface PooledDay {
  day: DayType;
  /** Windows and agents required per interval of the union grid, and the rosters. */
  windows: number[];
  agents: number[];
  pooled: RosterResult;
  separate: { windows: RosterResult; agents: RosterResult };
  /** Paid hours a day: one pool, and the two rosters together (NaN where a roster was not found). */
  hours: { pooled: number; separate: number };
}

export interface PooledRoster {
  /** The union grid: first interval's start ("HH:MM"), interval length, labels. */
  grid: { open: string; intervalMinutes: number; labels: string[] };
  days: PooledDay[];
  /** Paid hours over the horizon's days of these kinds. */
  total: { pooled: number; separate: number };
  templates: ShiftTemplate[];
}

export type PooledOutcome = { available: true; roster: PooledRoster } | { available: false; why: Localized };

/**
 * Shifts for a span of `open`–`close`: the hall's default shifts when the span is a hall's day (up
 * to 9 hours), else full days starting every half hour from half an hour before `open` until they
 * end at `close` (or half an hour after), and the half days at each end.
 */
export function spanTemplates(open: string, close: string, halfDayMax = 4): ShiftTemplate[] {
  const base = defaultTemplates(open, close, halfDayMax);
  const o = parseTimeOfDay(open)!;
  const c = parseTimeOfDay(close)!;
  if (c - o <= 9 * 60) return base;
  return base.map((t) =>
    t.id === 'full'
      ? {
          ...t,
          starts: {
            from: formatTimeOfDay(Math.max(0, o - 30)),
            to: formatTimeOfDay(Math.min(MINUTES_PER_DAY - t.lengthMinutes, c - t.lengthMinutes + 30)),
            everyMinutes: 30,
          },
        }
      : t,
  );
}

const hoursOf = (r: RosterResult) => (r.status === 'optimal' || r.status === 'feasible' ? r.staffHours : NaN);

export function pooledRoster(
  scenario: Scenario,
  windows: Staffing,
  agents: Record<DayType, number[]>,
  days: Record<DayType, number>,
  shrinkage = 0,
): PooledOutcome {
  const h = scenario.hotline;
  if (!h) return { available: false, why: { zh: '方案没有 12366 热线。', en: 'The scenario has no 12366 hotline.' } };
  if (h.agents.hours === '24h')
    return {
      available: false,
      why: {
        zh: '坐席 24 小时在岗，大厅人员按日班排班，无法合并为一个排班。',
        en: 'The agents work around the clock; the hall’s officers work day shifts, so one roster cannot cover both.',
      },
    };
  const r = resolveScenario(scenario);
  const w = r.interval;
  const hallStart = r.open;
  const hallEnd = r.open + r.hallIntervals * w;
  const agentStart = parseTimeOfDay(h.agents.hours.start)!;
  const agentEnd = parseTimeOfDay(h.agents.hours.end)!;
  if ((hallStart - agentStart) % w !== 0)
    return {
      available: false,
      why: {
        zh: `大厅统计时段（${formatTimeOfDay(hallStart)} 起）与坐席时段（${h.agents.hours.start} 起）不在同一 ${w} 分钟网格上。`,
        en: `The hall's intervals (from ${formatTimeOfDay(hallStart)}) and the agents' (from ${h.agents.hours.start}) are not on one ${w}-minute grid.`,
      },
    };
  const start = Math.min(hallStart, agentStart);
  const end = Math.max(hallEnd, agentEnd);
  const n = (end - start) / w;
  const hallTemplates = spanTemplates(formatTimeOfDay(hallStart), formatTimeOfDay(hallEnd));
  const agentTemplates = spanTemplates(h.agents.hours.start, h.agents.hours.end);
  // The pool may work any shift of either roster (each family keeps its own caps), and full days
  // over the whole span: so the pooled roster never costs more than the two separate ones.
  const family = (prefix: string, zh: string, en: string) => (t: ShiftTemplate) => ({
    ...t,
    id: `${prefix}-${t.id}`,
    name: { zh: `${zh}${t.name.zh}`, en: `${en}${t.name.en}` },
  });
  const templates = [
    ...hallTemplates.map(family('hall', '大厅', 'Hall: ')),
    ...agentTemplates.map(family('phone', '坐席', 'Phones: ')),
    ...spanTemplates(formatTimeOfDay(start), formatTimeOfDay(end))
      .filter((t) => t.id === 'full')
      .map(family('span', '跨时段', 'Span: ')),
  ];
  const gross = (x: number) => Math.max(0, Math.ceil(x / (1 - shrinkage) - 1e-9));
  const roster = (from: number, need: number[], t: ShiftTemplate[]) =>
    planRoster({ intervalMinutes: w, open: from, requirements: need.map(gross), templates: t });
  const out: PooledDay[] = [];
  for (const day of DAY_TYPES) {
    if (days[day] === 0) continue;
    const win = Array.from({ length: n }, (_, k) => {
      const j = (start + k * w - hallStart) / w;
      return j >= 0 && j < r.hallIntervals ? windows.reduce((a, g) => a + g[day][j], 0) : 0;
    });
    const ag = Array.from({ length: n }, (_, k) => {
      const j = (start + k * w - agentStart) / w;
      return j >= 0 && j < agents[day].length ? agents[day][j] : 0;
    });
    const pooled = roster(
      start,
      win.map((x, k) => x + ag[k]),
      templates,
    );
    const separate = {
      windows: roster(hallStart, win.slice((hallStart - start) / w, (hallEnd - start) / w), hallTemplates),
      agents: roster(agentStart, ag.slice((agentStart - start) / w, (agentEnd - start) / w), agentTemplates),
    };
    out.push({
      day,
      windows: win,
      agents: ag,
      pooled,
      separate,
      hours: { pooled: hoursOf(pooled), separate: hoursOf(separate.windows) + hoursOf(separate.agents) },
    });
  }
  return {
    available: true,
    roster: {
      grid: {
        open: formatTimeOfDay(start),
        intervalMinutes: w,
        labels: Array.from({ length: n }, (_, k) => formatTimeOfDay(start + k * w)),
      },
      days: out,
      total: {
        pooled: out.reduce((a, d) => a + d.hours.pooled * days[d.day], 0),
        separate: out.reduce((a, d) => a + d.hours.separate * days[d.day], 0),
      },
      templates,
    },
  };
}
