/**
 * Back-office capacity (Rule 2): the fewest officers per working day with which the share of
 * cases answered on time reaches the target (lower end of its interval) and every non-immediate
 * type's average working days stays at or under its published average target (upper end of its
 * interval), with A-class taxpayers' average shorter still: the type's average target scaled by
 * the ratio of its A-class limit to its ordinary limit (export refunds: 8 × 5/10 = 4 days), since
 * the rules ask for A-class to be "further compressed" without a number.
 *
 * Searched like the kiosks (search.ts, `screenThenConfirm`): screened with fewer replications,
 * the count below the answer again with all of them where the screening could not tell.
 */
import type { MetricEstimate } from '../results/merge.ts';
import type { Scenario } from '../scenario/index.ts';
import { screenThenConfirm, type SearchStep } from './search.ts';
import type { Simulate } from '../results/simulate.ts';
import { screeningReplications } from './work.ts';

export interface BackOfficeTarget {
  onTimeShare: number;
}

export const DEFAULT_BACK_OFFICE_TARGET: BackOfficeTarget = { onTimeShare: 0.95 };

export interface AverageTarget {
  /** Metric name, e.g. cases.type.export-refund.workingDays or cases.workingDays.A. */
  metric: string;
  label: { zh: string; en: string };
  days: number;
}

export interface BackOfficeEvidence {
  onTime: MetricEstimate | null;
  averages: { metric: string; estimate: MetricEstimate | null }[];
}

export interface BackOfficeAdvice {
  installed: number;
  recommended: number | null;
  onTimeTarget: number;
  averageTargets: AverageTarget[];
  steps: SearchStep<BackOfficeEvidence>[];
}

export const MAX_OFFICERS = 200;

/** The average-days targets the scenario's non-immediate types publish. */
export function averageTargets(s: Scenario): AverageTarget[] {
  const out: AverageTarget[] = [];
  let aClass = Infinity;
  for (const t of s.types) {
    const c = t.immediate === false ? t.case : undefined;
    if (!c || c.averageTargetDays === undefined || c.averageTargetDays === null) continue;
    out.push({
      metric: `cases.type.${t.id}.workingDays`,
      label: { zh: `${t.name.zh} 平均办理工作日`, en: `${t.name.en}: average working days` },
      days: c.averageTargetDays,
    });
    const limits = c.limitDays as Record<string, number>;
    const ordinary = limits.default ?? limits.B;
    if (limits.A !== undefined && ordinary) aClass = Math.min(aClass, (c.averageTargetDays * limits.A) / ordinary);
  }
  if (Number.isFinite(aClass))
    out.push({
      metric: 'cases.workingDays.A',
      label: { zh: 'A 级纳税人平均办理工作日', en: 'A-class taxpayers: average working days' },
      days: Math.round(aClass * 10) / 10,
    });
  return out;
}

export async function planBackOffice(input: {
  scenario: Scenario;
  target?: BackOfficeTarget;
  simulate: Simulate;
  replications: number;
  seed: number;
}): Promise<BackOfficeAdvice | null> {
  const { scenario, simulate, replications, seed } = input;
  const bo = scenario.backOffice;
  if (!bo) return null;
  const target = input.target ?? DEFAULT_BACK_OFFICE_TARGET;
  const averages = averageTargets(scenario);
  // Screened with fewer replications, and the count below the answer again with all of them
  // where the screening could not tell (search.ts).
  const [unit] = await screenThenConfirm<BackOfficeEvidence>(
    [Math.max(1, bo.officers)],
    1,
    MAX_OFFICERS,
    async ([officers], reps) => {
      const merged = await simulate({
        scenario: { ...scenario, backOffice: { ...bo, officers } },
        replications: reps,
        seed,
        load: 'none',
      });
      const onTime = merged.metrics['cases.onTimeShare'] ?? null;
      const evidence: BackOfficeEvidence = {
        onTime,
        averages: averages.map((a) => ({ metric: a.metric, estimate: merged.metrics[a.metric] ?? null })),
      };
      const hw = (e: { halfWidth?: number | null }) => e.halfWidth ?? 0;
      const onTimeOk = onTime === null || onTime.mean - hw(onTime) >= target.onTimeShare;
      const averagesOk = averages.every((a, i) => {
        const e = evidence.averages[i].estimate;
        return e === null || e.mean + hw(e) <= a.days;
      });
      // Fails for sure when even the optimistic end of an interval misses.
      const onTimeBad = onTime !== null && onTime.mean + hw(onTime) < target.onTimeShare;
      const averagesBad = averages.some((a, i) => {
        const e = evidence.averages[i].estimate;
        return e !== null && e.mean - hw(e) > a.days;
      });
      return [{ evidence, meets: onTimeOk && averagesOk, decided: onTimeBad || averagesBad }];
    },
    screeningReplications(replications),
    replications,
  );
  return {
    installed: bo.officers,
    recommended: unit.best,
    onTimeTarget: target.onTimeShare,
    averageTargets: averages,
    steps: unit.steps,
  };
}
