/**
 * The progress line of a plan in the reader's language: the stage's name, its detail (the
 * planner reports "3: ±2" for an ISA iteration and "2: +3 −1" for a repair round; these are
 * read back into words), the simulation under way with its replications, and the time elapsed.
 */
import type { PlanProgress } from '../../../sim/plan/recommendation.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';
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
