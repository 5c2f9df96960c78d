/**
 * The plan per interval of a kind of day, for the whole hall (all window groups together) and
 * per window group: arrivals (joiners of a window line per interval, averaged over the days of
 * the kind), the windows each method gives, the installed windows, the scenario's own, and the
 * share served within target for the roster and for the scenario now (re-simulated on fresh
 * seeds, with its confidence half-width). Also window-hours a day per column and the CSV of the
 * whole table.
 */
import {
  DAY_TYPES,
  type DayType,
  formatTimeOfDay,
  type Localized,
  parseTimeOfDay,
} from '../../../sim/scenario/index.ts';
import type { CellShare } from '../../../sim/plan/evaluate.ts';
import type { Plan, StaffingKey } from '../../../sim/plan/recommendation.ts';
import { csvNumber, type CsvTable } from '../../charts/export.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';

/** The staffing columns of the table, in its order. */
export const TABLE_KEYS = [
  'sipp',
  'laggedSipp',
  'mol',
  'required',
  'recommended',
] as const satisfies readonly StaffingKey[];

export interface IntervalRow {
  k: number;
  start: string;
  end: string;
  /** Joiners per interval (per day of the kind). */
  arrivals: number;
  windows: Record<StaffingKey, number>;
  installed: number;
  /** Share within target of the roster and of the scenario now; null where nobody joined. */
  plan: CellShare | null;
  now: CellShare | null;
}

/** The kinds of day present in the plan's horizon, in DAY_TYPES order. */
export function presentDayTypes(plan: Plan): DayType[] {
  return DAY_TYPES.filter((d) => plan.days[d] > 0);
}

/** The kind of day shown first: the filing period (the peak a planner staffs for), else the first present. */
export function defaultDayType(plan: Plan, chosen: DayType | null): DayType | null {
  const types = presentDayTypes(plan);
  if (chosen !== null && types.includes(chosen)) return chosen;
  return types.includes('filing') ? 'filing' : (types[0] ?? null);
}

/** Start and end "HH:MM" of interval k. */
export function intervalTimes(plan: Plan, k: number): { start: string; end: string } {
  const open = parseTimeOfDay(plan.grid.open) ?? 0;
  const w = plan.grid.intervalMinutes;
  return { start: formatTimeOfDay(open + k * w), end: formatTimeOfDay(open + (k + 1) * w) };
}

const shareOf = (c: CellShare | undefined): CellShare | null => (c && c.joined > 0 ? c : null);

/** Rows of one kind of day: `group` null sums all window groups (the hall), else that group only. */
export function intervalRows(plan: Plan, type: DayType, group: number | null = null): IntervalRow[] {
  const groups = group === null ? plan.groups.map((_, g) => g) : [group];
  const sum = (key: StaffingKey, k: number) => groups.reduce((a, g) => a + plan.staffing[key][g][type][k], 0);
  return Array.from({ length: plan.grid.intervals }, (_, k) => {
    const windows = {
      required: sum('required', k),
      recommended: sum('recommended', k),
      sipp: sum('sipp', k),
      laggedSipp: sum('laggedSipp', k),
      mol: sum('mol', k),
      scenario: sum('scenario', k),
    };
    return {
      k,
      ...intervalTimes(plan, k),
      arrivals: groups.reduce((a, g) => a + plan.demand[g][type].rate[k] * plan.grid.intervalMinutes, 0),
      windows,
      installed: groups.reduce((a, g) => a + plan.groups[g].installed, 0),
      plan: shareOf(
        group === null
          ? plan.evaluation.recommended.hallIntervals[type][k]
          : plan.evaluation.recommended.cells[group][type][k],
      ),
      now: shareOf(
        group === null
          ? plan.evaluation.scenario.hallIntervals[type][k]
          : plan.evaluation.scenario.cells[group][type][k],
      ),
    };
  });
}

/** Window-hours a day of each staffing column (and of the installed windows) over these rows. */
export function windowHours(rows: IntervalRow[], intervalMinutes: number): Record<StaffingKey | 'installed', number> {
  const h = intervalMinutes / 60;
  const total = (f: (r: IntervalRow) => number) => rows.reduce((a, r) => a + f(r), 0) * h;
  return {
    required: total((r) => r.windows.required),
    recommended: total((r) => r.windows.recommended),
    sipp: total((r) => r.windows.sipp),
    laggedSipp: total((r) => r.windows.laggedSipp),
    mol: total((r) => r.windows.mol),
    scenario: total((r) => r.windows.scenario),
    installed: total((r) => r.installed),
  };
}

/** Whether a share misses the target of its kind of day (only with a per-interval target). */
export function belowTarget(plan: Plan, type: DayType, share: CellShare | null): boolean {
  const target = plan.target.perDayType[type];
  return share !== null && target.scope === 'interval' && share.mean < target.share;
}

export const nameIn = (name: Localized, locale: Locale): string => (locale === 'zh-CN' ? name.zh : name.en);

/**
 * Every kind of day present, the hall's rows then each group's, as one CSV table (the hall's name
 * in the first column).
 */
export function intervalCsv(plan: Plan, t: PlanMessages, locale: Locale): CsvTable {
  const rows: unknown[][] = [];
  // Every row names the hall, so a table pasted elsewhere still says whose it is.
  const hall = nameIn(plan.scenario.name, locale);
  for (const type of presentDayTypes(plan)) {
    const parts: [string, IntervalRow[]][] = [
      [t.table.allGroups, intervalRows(plan, type)],
      ...plan.groups.map((g, i): [string, IntervalRow[]] => [nameIn(g.name, locale), intervalRows(plan, type, i)]),
    ];
    for (const [name, list] of parts) {
      for (const r of list) {
        rows.push([
          hall,
          t.dayTypes[type],
          name,
          r.start,
          r.end,
          csvNumber(r.arrivals, 2),
          r.windows.sipp,
          r.windows.laggedSipp,
          r.windows.mol,
          r.windows.required,
          r.windows.recommended,
          r.installed,
          r.windows.scenario,
          csvNumber(r.plan?.mean, 4),
          csvNumber(r.plan?.halfWidth, 4),
          csvNumber(r.now?.mean, 4),
          csvNumber(r.now?.halfWidth, 4),
          plan.target.perDayType[type].share,
        ]);
      }
    }
  }
  return { header: [...t.table.csvHeader], rows };
}
