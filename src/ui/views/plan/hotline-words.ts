/**
 * The plan's 12366 advice in words, for the plan page (HotlineAdvice.svelte) and the leadership
 * report (report/model.ts) alike, so the two never say different things: the agent-hours now →
 * recommended (rounded to whole hours), the simulated service level of both schedules and the
 * hang-ups the recommended one leaves, the target and the seats. How an estimate's uncertainty is
 * written is the caller's (`say`): "± …" on the page, "有 95% 的把握在 … 之间" in the report.
 */
import type { HotlineAdvice } from '../../../sim/plan/hotline-plan.ts';
import type { MetricEstimate } from '../../../sim/results/merge.ts';
import type { Formatters } from '../../charts/format.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';

type Words = PlanMessages['hotline'];

/** Agent-hours over the period now and recommended, as the sentence rounds them (whole hours). */
export function hotlineHours(advice: HotlineAdvice): { now: number; plan: number } {
  return { now: Math.round(advice.agentHours.current), plan: Math.round(advice.agentHours.recommended) };
}

/** "全期坐席工时：现行 1,234 → 建议 1,100". */
export function hotlineLine(advice: HotlineAdvice, h: Words, fmt: Formatters): string {
  const x = hotlineHours(advice);
  return h.line(fmt.number(x.now, 0), fmt.number(x.plan, 0));
}

/**
 * The simulated service level now → recommended and the recommended schedule's hang-ups, each
 * written by `say`; `inWords` picks the sentence without the "± is the 95% interval" note (the
 * intervals are then in words). Null when the plan did not simulate.
 */
export function hotlineSimulated(
  advice: HotlineAdvice,
  h: Words,
  say: (e: MetricEstimate | null) => string,
  inWords = false,
): string | null {
  const ev = advice.evaluation;
  if (!ev) return null;
  const sentence = inWords ? h.simulatedWords : h.simulated;
  return sentence(
    String(advice.target.seconds),
    say(ev.current.serviceLevel),
    say(ev.recommended.serviceLevel),
    say(ev.recommended.abandonShare),
  );
}

/** The target the agents were planned to, and how. */
export function hotlineTarget(advice: HotlineAdvice, h: Words, fmt: Formatters): string {
  return h.target(fmt.percent(advice.target.share, 0), String(advice.target.seconds));
}

/** That some interval needs more agents than the seats installed, or null. */
export function hotlineAboveSeats(advice: HotlineAdvice, h: Words): string | null {
  return advice.aboveSeats ? h.aboveSeats(String(advice.seats)) : null;
}

/** How the recommended agents were made (the ISA's simulations, or lagged SIPP alone), and the formulas' hours. */
export function hotlineMethod(advice: HotlineAdvice, h: Words, fmt: Formatters): string {
  // Plans made before the ISA was added have no `method`: they were lagged SIPP's.
  const how =
    advice.method === 'isa' && advice.isa
      ? h.methodIsa(fmt.number(advice.isa.iterations.length, 0), advice.isa.converged)
      : h.methodLagged;
  if (advice.agentHours.sipp === undefined) return how;
  const gap = fmt.locale === 'en' ? ' ' : '';
  return `${how}${gap}${h.formulas(fmt.number(advice.agentHours.sipp, 0), fmt.number(advice.agentHours.laggedSipp, 0))}`;
}

export interface PoolRow {
  day: 'ordinary' | 'filing' | 'deadline';
  pooled: number;
  separate: number;
  hall: number;
  phones: number;
}

/**
 * One roster over the windows and the phones against one for each: the sentence (null when the
 * plan has no such comparison) and the rows per kind of day (officer-hours a day).
 */
export function hotlinePool(
  advice: HotlineAdvice,
  h: Words,
  fmt: Formatters,
): { sentence: string; rows: PoolRow[] } | null {
  const p = advice.pooled;
  if (!p) return null;
  if (!p.available) return { sentence: h.noPool(p.why[fmt.locale === 'en' ? 'en' : 'zh']), rows: [] };
  const { pooled, separate } = p.roster.total;
  return {
    sentence: h.pool(
      fmt.number(pooled, 0),
      fmt.number(separate, 0),
      separate > 0 ? fmt.percent((separate - pooled) / separate, 1) : '–',
    ),
    rows: p.roster.days.map((d) => ({
      day: d.day,
      pooled: d.hours.pooled,
      separate: d.hours.separate,
      hall: d.separate.windows.staffHours,
      phones: d.separate.agents.staffHours,
    })),
  };
}
