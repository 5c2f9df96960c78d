/**
 * The plan's answer in words (issue 11, item 4): per kind of day, the runs of intervals with the
 * windows each group opens ("申报期 10:00–11:30：综合窗口 9 个、发票窗口 2 个"), the rows whose
 * number looks odd beside their own arrivals explained beside them (sim/plan/instructions.ts),
 * the day's largest opening, and why the roster is higher than what is needed.
 */
import type { DayType } from '../../../sim/scenario/index.ts';
import { instructionRuns, oddRows, type OddRow } from '../../../sim/plan/instructions.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import type { Formatters } from '../../charts/format.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import type { PlanPathMessages } from '../../i18n/plan-path.en.ts';
import { nameIn } from './intervals.ts';

type A = PlanPathMessages['answer'];

export interface AnswerRow {
  start: string;
  end: string;
  counts: number[];
  total: number;
  /** Per group: more than installed. */
  above: boolean[];
  /** The odd rows among the run's intervals, in words. */
  notes: string[];
}

/** One odd row in words. */
export function oddText(plan: Plan, o: OddRow, a: A, fmt: Formatters, locale: Locale): string {
  const n1 = (v: number) => fmt.number(v, 1);
  switch (o.kind) {
    case 'afterCutoff':
      return a.odd.afterCutoff(plan.grid.ticketEnd, n1(o.arrivals), o.windows);
    case 'carryOver':
      return a.odd.carryOver(
        n1(o.arrivals),
        n1(o.work),
        plan.grid.labels[o.from!.interval],
        n1(o.from!.work),
        o.windows,
      );
    case 'aboveWork':
      return a.odd.aboveWork(n1(o.arrivals), n1(o.work), o.windows);
    case 'belowWork':
      return a.odd.belowWork(n1(o.work), o.windows);
    case 'gridShort': {
      const s = o.short!;
      const group = s.group === null ? a.odd.hall : nameIn(plan.groups[s.group].name, locale);
      return a.odd.gridShort(group, n1(s.load), n1(s.open));
    }
  }
}

/** The answer's rows for a kind of day: runs of equal counts, with the odd rows explained. */
export function answerRows(plan: Plan, day: DayType, a: A, fmt: Formatters, locale: Locale): AnswerRow[] {
  const odd = oddRows(plan, day);
  return instructionRuns(plan, day).map((r) => {
    const mine = odd.filter((o) => o.interval >= r.from && o.interval < r.to);
    const single = r.to - r.from === 1;
    return {
      start: r.start,
      end: r.end,
      counts: r.counts,
      total: r.counts.reduce((x, y) => x + y, 0),
      above: r.counts.map((n, g) => n > plan.groups[g].installed),
      notes: mine.map((o) =>
        single
          ? oddText(plan, o, a, fmt, locale)
          : a.odd.at(plan.grid.labels[o.interval], oddText(plan, o, a, fmt, locale)),
      ),
    };
  });
}

/** The instruction as one line: "申报期 10:00–11:30：综合窗口 9 个、发票窗口 2 个" (groups with no window left out). */
export function instructionLine(plan: Plan, dayName: string, row: AnswerRow, a: A, locale: Locale): string {
  const parts = row.counts.flatMap((n, g) => (n > 0 ? [a.count(nameIn(plan.groups[g].name, locale), n)] : []));
  return a.instruction(dayName, row.start, row.end, parts.join(a.sep));
}

/** "申报期：同时最多开 19 个窗口（11:00–11:30），全天分 14 段。" */
export function mostLine(plan: Plan, dayName: string, rows: AnswerRow[], a: A): string {
  let best = rows[0];
  for (const r of rows) if (r.total > best.total) best = r;
  return a.most(dayName, best.total, `${best.start}–${best.end}`, rows.length);
}

/** Why the roster's window-hours are above the need (or that they are not). */
export function rosterWhy(plan: Plan, t: PlanPathMessages['roster'], fmt: Formatters): string {
  const req = plan.staffHours.required.total;
  const rec = plan.staffHours.recommended.total;
  if (rec <= req + 1e-9) return t.same;
  return t.why(
    fmt.number(rec, 1),
    fmt.number(req, 1),
    fmt.number(rec - req, 1),
    fmt.percent(req > 0 ? (rec - req) / req : 0, 0),
  );
}
