/**
 * From required windows to shifts and back: the hall's requirement per interval (all window
 * groups together: any officer can sit at any window) is covered by shifts (roster.ts, set
 * covering), first within the installed windows, else without that cap (the plan then says more
 * windows are needed than installed). The staff the roster puts on duty beyond the requirement
 * open extra windows, general ones first, where windows are free; any left over are reported.
 * The result is the recommended staffing, which is simulated again like any other.
 */
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import { planRoster, type RosterResult } from './roster.ts';
import { defaultTemplates, type ShiftTemplate } from './shift-templates.ts';
import { copyStaffing, type Staffing } from './staffing.ts';

export interface RosterPlan {
  rosters: Record<DayType, RosterResult | null>;
  /** The required windows plus the rostered surplus, per group. */
  recommended: Staffing;
  /** Whether a day type's roster had to go above the installed windows. */
  aboveInstalled: Record<DayType, boolean>;
  /** Staff on duty without a free window, per interval. */
  idle: Record<DayType, number[]>;
  templates: ShiftTemplate[];
}

/** `shrinkage`: share of rostered staff absent; the roster covers required / (1 − shrinkage). */
export function rosterFor(
  scenario: Scenario,
  required: Staffing,
  days: Record<DayType, number>,
  templates?: ShiftTemplate[],
  shrinkage = 0,
): RosterPlan {
  const r = resolveScenario(scenario);
  const open = scenario.calendar.open;
  const close = scenario.calendar.close;
  const used = templates ?? defaultTemplates(open, close);
  const installed = scenario.windows.groups.map((g) => g.windows);
  const totalInstalled = installed.reduce((a, b) => a + b, 0);
  // Extra windows go to general groups first, then the rest in the scenario's order.
  const order = scenario.windows.groups
    .map((g, i) => ({ i, general: g.kind === 'general' }))
    .sort((a, b) => Number(b.general) - Number(a.general))
    .map((x) => x.i);
  const recommended = copyStaffing(required);
  const rosters = {} as Record<DayType, RosterResult | null>;
  const aboveInstalled = {} as Record<DayType, boolean>;
  const idle = {} as Record<DayType, number[]>;
  for (const type of DAY_TYPES) {
    idle[type] = new Array<number>(r.hallIntervals).fill(0);
    aboveInstalled[type] = false;
    if (days[type] === 0) {
      rosters[type] = null;
      continue;
    }
    const need = Array.from({ length: r.hallIntervals }, (_, k) => required.reduce((a, g) => a + g[type][k], 0));
    const gross = need.map((n) => Math.max(0, Math.ceil(n / (1 - shrinkage) - 1e-9)));
    // On duty never beyond the installed windows, unless the requirement itself is (or some of
    // those rostered are expected absent, who need no window).
    const cap = shrinkage === 0 && need.every((n) => n <= totalInstalled) ? totalInstalled : undefined;
    let roster = planRoster({
      intervalMinutes: r.interval,
      open: r.open,
      requirements: gross,
      templates: used,
      maxOnDuty: cap,
    });
    if (cap !== undefined && (roster.status === 'infeasible' || roster.status === 'timedout')) {
      roster = planRoster({ intervalMinutes: r.interval, open: r.open, requirements: gross, templates: used });
    }
    aboveInstalled[type] =
      need.some((n) => n > totalInstalled) || (cap !== undefined && roster.onDuty.some((n) => n > totalInstalled));
    rosters[type] = roster;
    if (roster.status === 'infeasible' || roster.status === 'timedout') continue;
    for (let k = 0; k < r.hallIntervals; k++) {
      // Those expected absent (shrinkage) open no window; the rest beyond the need open extra ones.
      const present = Math.floor(roster.onDuty[k] * (1 - shrinkage) + 1e-9);
      let extra = present - need[k];
      for (const g of order) {
        if (extra <= 0) break;
        const room = Math.max(0, installed[g] - recommended[g][type][k]);
        const add = Math.min(room, extra);
        recommended[g][type][k] += add;
        extra -= add;
      }
      idle[type][k] = Math.max(0, extra);
    }
  }
  return { rosters, recommended, aboveInstalled, idle, templates: used };
}
