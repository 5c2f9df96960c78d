/**
 * Applying a plan with a review (issue 11, item 5): the parts a plan changes — the windows of
 * each group on each kind of day (as interval ranges, before → after), raising a group's
 * installed windows where the plan opens more than installed, kiosks per site, staggered
 * invitations, back-office officers — each with the data for its reason and expected effect;
 * cautions for large or risky changes; the scenario with only the ticked parts; and the
 * intervals the staffing grid will then mark "!" (the grid's own rule, workload-floor.ts), so
 * the review says before applying what the grid says after.
 *
 * Raising the installed windows is never ticked by default: counters and staff must exist, so
 * the planner says so explicitly; left unticked, the schedule is capped at the installed count.
 */
import { CHANNEL_DAYS, DAY_TYPES, type DayType, type Localized, type Scenario } from '../../../sim/scenario/index.ts';
import type { MetricEstimate } from '../../../sim/results/merge.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import { staffingOf } from '../../../sim/plan/staffing.ts';
import { shortCells, type ShortCell } from '../../../sim/plan/workload-floor.ts';
import type { ApplyChoice } from '../../state/plan/apply.ts';
import { presentDayTypes } from './intervals.ts';
import { withAgents } from '../../../sim/plan/hotline-plan.ts';

export interface WindowRange {
  from: number;
  to: number;
  start: string;
  end: string;
  before: number;
  after: number;
}

export type ReviewPart =
  | {
      id: string;
      kind: 'windows';
      group: number;
      dayType: DayType;
      ranges: WindowRange[];
      hoursBefore: number;
      hoursAfter: number;
    }
  | { id: string; kind: 'installed'; group: number; from: number; to: number }
  | {
      id: string;
      kind: 'kiosk';
      site: number;
      name: Localized;
      from: number;
      to: number;
      allDay: boolean;
      p90: MetricEstimate | null;
      anyUp: MetricEstimate | null;
    }
  | { id: string; kind: 'staggered'; share: number; saved: number; hoursSaved: number }
  | { id: string; kind: 'backOffice'; from: number; to: number; onTime: MetricEstimate | null }
  | { id: string; kind: 'hotline'; from: number; to: number; level: MetricEstimate | null; seconds: number };

export type Caution =
  | { kind: 'bigCut'; part: string; name: Localized; from: number; to: number }
  | { kind: 'allDay'; part: string; name: Localized }
  | { kind: 'bigRise'; part: string; group: number; from: number; to: number }
  | { kind: 'aboveInstalled'; part: string; group: number; most: number; installed: number };

/** A cut to half or less by at least 3, or a rise to double or more by at least 3: large. */
const LARGE = 3;
const isBigCut = (from: number, to: number) => to * 2 <= from && from - to >= LARGE;
const isBigRise = (from: number, to: number) => to >= 2 * from && to - from >= LARGE;

function label(plan: Plan, k: number): string {
  return plan.grid.labels[k];
}
function endLabel(plan: Plan, k: number): string {
  if (k + 1 < plan.grid.labels.length) return plan.grid.labels[k + 1];
  const [h, m] = plan.grid.open.split(':').map(Number);
  const t = h * 60 + m + (k + 1) * plan.grid.intervalMinutes;
  return `${String(Math.floor(t / 60) % 24).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** Consecutive intervals that change from the same number to the same number. */
export function changedRanges(plan: Plan, before: number[], after: number[]): WindowRange[] {
  const out: WindowRange[] = [];
  for (let k = 0; k < after.length; k++) {
    if (before[k] === after[k]) continue;
    const last = out.at(-1);
    if (last && last.to === k && last.before === before[k] && last.after === after[k]) {
      last.to = k + 1;
      last.end = endLabel(plan, k);
    } else
      out.push({
        from: k,
        to: k + 1,
        start: label(plan, k),
        end: endLabel(plan, k),
        before: before[k],
        after: after[k],
      });
  }
  return out;
}

/** The most windows the plan opens in group g on the kinds of day of its horizon. */
function mostPlanned(plan: Plan, choice: ApplyChoice, g: number): number {
  return Math.max(0, ...presentDayTypes(plan).flatMap((d) => plan.staffing[choice][g][d]));
}

/** Every part the plan would change on `base` (the scenario it was made for). */
export function reviewParts(plan: Plan, base: Scenario, choice: ApplyChoice): ReviewPart[] {
  const now = staffingOf(base);
  const hours = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) * plan.grid.intervalMinutes) / 60;
  const out: ReviewPart[] = [];
  plan.groups.forEach((_, g) => {
    for (const d of presentDayTypes(plan)) {
      const after = plan.staffing[choice][g][d];
      const ranges = changedRanges(plan, now[g][d], after);
      if (ranges.length > 0)
        out.push({
          id: `windows:${g}:${d}`,
          kind: 'windows',
          group: g,
          dayType: d,
          ranges,
          hoursBefore: hours(now[g][d]),
          hoursAfter: hours(after),
        });
    }
  });
  plan.groups.forEach((grp, g) => {
    const most = mostPlanned(plan, choice, g);
    const installed = base.windows.groups[g]?.windows ?? grp.installed;
    if (most > installed) out.push({ id: `installed:${g}`, kind: 'installed', group: g, from: installed, to: most });
  });
  (plan.kiosks ?? []).forEach((k, i) => {
    if (k.recommended === null || k.recommended === k.installed) return;
    const step = k.steps.find((s) => s.count === k.recommended);
    const site = base.kiosks?.sites[i];
    out.push({
      id: `kiosk:${i}`,
      kind: 'kiosk',
      site: i,
      name: k.name,
      from: k.installed,
      to: k.recommended,
      allDay: site?.hours === '24h',
      p90: step?.evidence.p90Wait ?? null,
      anyUp: step?.evidence.anyUp ?? null,
    });
  });
  const st = plan.staggered;
  if (plan.staggeredApplied && st && plan.plannedScenario.staggered)
    out.push({
      id: 'staggered',
      kind: 'staggered',
      share: plan.plannedScenario.staggered.inviteShare,
      saved: st.windowsSaved,
      hoursSaved: st.staffHoursSaved,
    });
  const b = plan.backOffice;
  if (b && b.recommended !== null && b.recommended !== b.installed) {
    const step = b.steps.find((s) => s.count === b.recommended);
    out.push({
      id: 'backOffice',
      kind: 'backOffice',
      from: b.installed,
      to: b.recommended,
      onTime: step?.evidence.onTime ?? null,
    });
  }
  const h = plan.hotline;
  if (
    h &&
    base.hotline &&
    CHANNEL_DAYS.some((k) => h.recommended[k].join() !== base.hotline!.agents.schedule[k].join())
  )
    out.push({
      id: 'hotline',
      kind: 'hotline',
      from: Math.round(h.agentHours.current),
      to: Math.round(h.agentHours.recommended),
      level: h.evaluation?.recommended.serviceLevel ?? null,
      seconds: h.target.seconds,
    });
  return out;
}

/** Ticked at first: every part except raising the installed windows (see the file comment). */
export function defaultSelection(parts: ReviewPart[]): string[] {
  return parts.filter((p) => p.kind !== 'installed').map((p) => p.id);
}

/** Large or risky changes among the parts. */
export function cautions(plan: Plan, base: Scenario, parts: ReviewPart[], choice: ApplyChoice): Caution[] {
  const out: Caution[] = [];
  const now = staffingOf(base);
  for (const p of parts) {
    if (p.kind === 'kiosk') {
      if (isBigCut(p.from, p.to)) out.push({ kind: 'bigCut', part: p.id, name: p.name, from: p.from, to: p.to });
      if (p.allDay && p.to < p.from) out.push({ kind: 'allDay', part: p.id, name: p.name });
    } else if (p.kind === 'installed') {
      out.push({ kind: 'aboveInstalled', part: p.id, group: p.group, most: p.to, installed: p.from });
    }
  }
  plan.groups.forEach((_, g) => {
    const before = Math.max(0, ...presentDayTypes(plan).flatMap((d) => now[g][d]));
    const after = mostPlanned(plan, choice, g);
    // The change belongs to the kind of day where the plan opens the most.
    const day = presentDayTypes(plan).find((d) => Math.max(...plan.staffing[choice][g][d]) === after);
    const part =
      parts.find((p) => p.id === `windows:${g}:${day}`) ?? parts.find((p) => p.kind === 'windows' && p.group === g);
    if (part && isBigRise(before, after))
      out.push({ kind: 'bigRise', part: part.id, group: g, from: before, to: after });
  });
  return out;
}

/** `base` with only the chosen parts of the plan (one scenario: applying it is one undo step). */
export function composeScenario(
  plan: Plan,
  base: Scenario,
  choice: ApplyChoice,
  selected: readonly string[],
): Scenario {
  const on = new Set(selected);
  const now = staffingOf(base);
  const groups = base.windows.groups.map((g, i) => {
    const raised = on.has(`installed:${i}`);
    const installed = raised ? Math.max(g.windows, mostPlanned(plan, choice, i)) : g.windows;
    const days = DAY_TYPES.filter((d) => on.has(`windows:${i}:${d}`));
    if (days.length === 0) return raised ? { ...g, windows: installed } : g;
    const schedule = Object.fromEntries(
      DAY_TYPES.map((d) => [
        d,
        days.includes(d) ? plan.staffing[choice][i][d].map((n) => Math.min(n, installed)) : [...now[i][d]],
      ]),
    ) as Record<DayType, number[]>;
    return { ...g, windows: installed, schedule };
  });
  let s: Scenario = { ...base, windows: { ...base.windows, groups } };
  if (s.kiosks && (plan.kiosks ?? []).some((_, i) => on.has(`kiosk:${i}`))) {
    s = {
      ...s,
      kiosks: {
        ...s.kiosks,
        sites: s.kiosks.sites.map((site, i) =>
          on.has(`kiosk:${i}`) && plan.kiosks?.[i]?.recommended != null
            ? { ...site, kiosks: plan.kiosks[i].recommended! }
            : site,
        ),
      },
    };
  }
  if (on.has('staggered') && plan.plannedScenario.staggered) s = { ...s, staggered: plan.plannedScenario.staggered };
  const officers = plan.backOffice?.recommended;
  if (on.has('backOffice') && s.backOffice && officers != null) s = { ...s, backOffice: { ...s.backOffice, officers } };
  if (on.has('hotline') && s.hotline && plan.hotline) s = withAgents(s, plan.hotline.recommended);
  return s;
}

/** The cells the staffing grid will mark "!" on this scenario (its own schedules). */
export function predictedMarks(s: Scenario): ShortCell[] {
  return shortCells(s, staffingOf(s));
}

/** The intervals (kind of day and interval) among marks, each once. */
export function markedIntervals(marks: readonly ShortCell[]): string[] {
  return [...new Set(marks.map((m) => `${m.dayType}:${m.interval}`))];
}
