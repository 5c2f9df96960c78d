/**
 * The progress line of a plan in the reader's language: the stage's name, its detail (the
 * planner reports "3: ±2" for an ISA iteration and "2: +3 −1" for a repair round; these are
 * read back into words), the simulation under way with its replications, the time elapsed, and
 * the stage's place among all the plan's stages with the time left at the measured speed (work.ts).
 */
import type { PlanProgress } from '../../../sim/plan/recommendation.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';
import type { PlanPathMessages } from '../../i18n/plan-path.en.ts';
import type { Formatters } from '../../charts/format.ts';

type T = PlanMessages['progress'];

export function stageName(p: PlanProgress, t: T): string {
  return t.stages[p.stage];
}

/** The stage's detail in words; an unknown form is shown as it came (numbers only). */
export function stageDetail(p: PlanProgress, t: T): string {
  const d = p.detail.trim();
  if (d === '') return '';
  const isa = /^(\d+):\s*±(\d+)$/.exec(d);
  if (p.stage === 'isa' && isa) return t.isaDetail(Number(isa[1]), Number(isa[2]));
  const refine = /^(\d+):\s*\+(\d+)\s*[−-](\d+)$/.exec(d);
  if (p.stage === 'refine' && refine) return t.refineDetail(Number(refine[1]), Number(refine[2]), Number(refine[3]));
  return d;
}

/** "42 s" or "1 min 05 s". */
export function elapsedText(seconds: number, t: T, fmt: Formatters): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return t.seconds(fmt.number(s, 0));
  return t.minutes(Math.floor(s / 60), String(s % 60).padStart(2, '0'));
}

type P = PlanPathMessages['progress'];

/** "stage 3 of 6": the stage's place among the stages this plan runs. */
export function stepText(p: PlanProgress, t: P): string {
  const n = p.stages.indexOf(p.stage);
  return n < 0 ? '' : t.step(n + 1, p.stages.length);
}

/** "about 40 s left", "about 2 min 10 s left" (rounded up to 5 s), or "estimating" while there is no speed to go by. */
export function leftText(seconds: number | null, t: P): string {
  if (seconds === null) return t.estimating;
  const s = Math.max(5, Math.ceil(seconds / 5) * 5);
  return t.left(s < 60 ? t.seconds(s) : t.minutes(Math.floor(s / 60), String(s % 60).padStart(2, '0')));
}
