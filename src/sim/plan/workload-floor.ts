/**
 * The workload floor: the plan never leaves a window group, in any interval, with fewer open
 * windows than the expected work only it can take, nor the hall's walk-in windows together with
 * fewer than the hall's expected walk-in work (hall/expected-load.ts), wherever the installed
 * windows allow. That is the staffing grid's "!" rule, so a plan applied leaves no "!" in the
 * grid except where the plan says why (`shortCells`: more windows would be needed than are
 * installed).
 *
 * Why a floor at all: the simulation may find fewer windows than the interval's work enough when
 * the line can wait into the next half hour and still meet the target (the opening rush), but a
 * director reading "!" beside the plan's own number has been told two things; the floor costs a
 * window in a few intervals and removes the contradiction. It only adds windows, so every target
 * the staffing met it still meets (and the evaluation on fresh seeds checks the floored staffing).
 *
 * "Installed" for a group is its installed windows or, when the plan already asks for more in
 * some interval (applying it raises the count), that many.
 */
import { expectedLoads, type GroupExpectedLoads } from '../hall/expected-load.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import { copyStaffing, daysByType, type Staffing } from './staffing.ts';

const EPS = 1e-9;

/** A cell the grid would mark "!" with this staffing: a group's own work, or the hall's walk-in work. */
export interface ShortCell {
  dayType: DayType;
  interval: number;
  /** The group whose own work is short, or null when the hall's walk-in windows together are. */
  group: number | null;
  /** Expected work in windows, and the windows open against it. */
  load: number;
  open: number;
}

export interface FloorResult {
  staffing: Staffing;
  /** Windows added per day type (summed over groups and intervals: window-intervals). */
  added: Record<DayType, number>;
  /** What is still short: only where the installed windows do not allow more. */
  short: ShortCell[];
}

function loadsOf(scenario: Scenario): { loads: GroupExpectedLoads[]; walkIn: boolean[]; general: boolean[] } {
  const r = resolveScenario(scenario);
  return {
    loads: r.groups.map((_, g) => expectedLoads(r, g)),
    walkIn: r.groups.map((g) => g.channels[0]),
    general: scenario.windows.groups.map((g) => g.kind === 'general'),
  };
}

/** The cells of `staffing` (on `scenario`'s demand) that the staffing grid marks "!". */
export function shortCells(scenario: Scenario, staffing: Staffing): ShortCell[] {
  const { loads, walkIn } = loadsOf(scenario);
  const days = daysByType(scenario);
  const out: ShortCell[] = [];
  for (const d of DAY_TYPES) {
    if (days[d] === 0) continue;
    const intervals = staffing[0]?.[d].length ?? 0;
    for (let k = 0; k < intervals; k++) {
      let open = 0;
      staffing.forEach((g, i) => (open += walkIn[i] ? g[d][k] : 0));
      loads.forEach((l, i) => {
        const x = l.byDayType[d];
        if (x && walkIn[i] && staffing[i][d][k] + EPS < x.exclusive[k])
          out.push({ dayType: d, interval: k, group: i, load: x.exclusive[k], open: staffing[i][d][k] });
      });
      const hall = loads.find((l) => l.byDayType[d])?.byDayType[d];
      if (hall && open + EPS < hall.hallLoad[k])
        out.push({ dayType: d, interval: k, group: null, load: hall.hallLoad[k], open });
    }
  }
  return out;
}

/** The staffing raised to the floor where the installed windows allow (see the file comment). */
export function workloadFloor(scenario: Scenario, staffing: Staffing): FloorResult {
  const { loads, walkIn, general } = loadsOf(scenario);
  const days = daysByType(scenario);
  const out = copyStaffing(staffing);
  const cap = scenario.windows.groups.map((g, i) => Math.max(g.windows, ...DAY_TYPES.flatMap((d) => staffing[i][d])));
  // Extra windows for the hall's work go to general groups first, then the others in order.
  const order = walkIn
    .map((w, i) => ({ i, w, general: general[i] }))
    .filter((x) => x.w)
    .sort((a, b) => Number(b.general) - Number(a.general))
    .map((x) => x.i);
  const added = { ordinary: 0, filing: 0, deadline: 0 } as Record<DayType, number>;
  for (const d of DAY_TYPES) {
    if (days[d] === 0) continue;
    const intervals = out[0]?.[d].length ?? 0;
    for (let k = 0; k < intervals; k++) {
      loads.forEach((l, i) => {
        const x = l.byDayType[d];
        if (!x || !walkIn[i]) return;
        const need = Math.min(cap[i], Math.ceil(x.exclusive[k] - EPS));
        if (out[i][d][k] < need) {
          added[d] += need - out[i][d][k];
          out[i][d][k] = need;
        }
      });
      const hall = loads.find((l) => l.byDayType[d])?.byDayType[d];
      if (!hall) continue;
      let open = 0;
      out.forEach((g, i) => (open += walkIn[i] ? g[d][k] : 0));
      let missing = Math.ceil(hall.hallLoad[k] - EPS) - open;
      for (const i of order) {
        if (missing <= 0) break;
        const add = Math.min(missing, cap[i] - out[i][d][k]);
        if (add <= 0) continue;
        out[i][d][k] += add;
        added[d] += add;
        missing -= add;
      }
    }
  }
  return { staffing: out, added, short: shortCells(scenario, out) };
}
