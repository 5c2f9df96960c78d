/**
 * "Apply to scenario": the scenario the windows were planned on (kiosks and the staggered
 * option already in it) with the chosen windows (the roster's or the simulation's) and the
 * recommended back-office officers; and the list of what that changes, to show before applying.
 */
import type { Localized, Scenario } from '../../../sim/scenario/index.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import { withStaffing } from '../../../sim/plan/staffing.ts';

export type ApplyChoice = 'recommended' | 'required';
export const APPLY_CHOICES: readonly ApplyChoice[] = ['recommended', 'required'];

export function appliedScenario(plan: Plan, choice: ApplyChoice): Scenario {
  const s = withStaffing(plan.plannedScenario, plan.staffing[choice]);
  const officers = plan.backOffice?.recommended;
  if (s.backOffice && officers !== null && officers !== undefined)
    return { ...s, backOffice: { ...s.backOffice, officers } };
  return s;
}

export type ApplyChange =
  | { kind: 'windows'; hours: number }
  | { kind: 'raised'; name: Localized; from: number; to: number }
  | { kind: 'kiosk'; name: Localized; from: number; to: number }
  | { kind: 'staggered'; share: number }
  | { kind: 'backOffice'; from: number; to: number };

export function applyChanges(plan: Plan, choice: ApplyChoice): ApplyChange[] {
  const next = appliedScenario(plan, choice);
  const out: ApplyChange[] = [{ kind: 'windows', hours: plan.staffHours[choice].total }];
  next.windows.groups.forEach((g, i) => {
    const before = plan.groups[i].installed;
    if (g.windows !== before) out.push({ kind: 'raised', name: g.name, from: before, to: g.windows });
  });
  for (const k of plan.kiosks ?? []) {
    if (k.recommended !== null && k.recommended !== k.installed)
      out.push({ kind: 'kiosk', name: k.name, from: k.installed, to: k.recommended });
  }
  if (plan.staggeredApplied && next.staggered) out.push({ kind: 'staggered', share: next.staggered.inviteShare });
  const b = plan.backOffice;
  if (b && b.recommended !== null && b.recommended !== b.installed)
    out.push({ kind: 'backOffice', from: b.installed, to: b.recommended });
  return out;
}
