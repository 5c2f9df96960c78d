/**
 * The plan's settings as typed: the target text (checked with the planner's own parser, so the
 * field says exactly what `hallflow plan --target` would) and the replications per simulation.
 */
import { ParameterError } from '../../../sim/errors.ts';
import type { Localized } from '../../../sim/scenario/index.ts';
import { parseTarget, type PlanTargets } from '../../../sim/plan/target.ts';

export const DEFAULT_TARGET = 'wait<=15min@90%';
export const DEFAULT_REPLICATIONS = 40;
export const MIN_REPLICATIONS = 10;
export const MAX_REPLICATIONS = 2000;

export type TargetCheck = { ok: true; targets: PlanTargets } | { ok: false; message: Localized };

/** The target per day type, or the parser's message in both languages. */
export function checkTarget(text: string): TargetCheck {
  try {
    return { ok: true, targets: parseTarget(text) };
  } catch (e) {
    // The field shows the value: say only what is allowed (the parser's words, with examples).
    if (e instanceof ParameterError) return { ok: false, message: { en: e.allowed, zh: e.allowedZh } };
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { en: why, zh: why } };
  }
}

/** A whole number from MIN_REPLICATIONS to MAX_REPLICATIONS (spaces and thousands commas allowed), else null. */
export function checkReplications(text: string): number | null {
  const t = text.trim().replace(/[,，]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= MIN_REPLICATIONS && n <= MAX_REPLICATIONS ? n : null;
}
