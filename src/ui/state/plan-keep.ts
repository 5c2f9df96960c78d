/**
 * The plan kept with the scenario it was made for (issue 11, item 4), in the browser's IndexedDB
 * (idb.ts), so it survives a reload and is never shown as if it held for another scenario.
 *
 * Keys: each hall (its name, in both languages: the "scenario family") keeps its last plan under
 * `plan:<hash of the name>`, and `latest` names the hall planned last. On load the plan of the
 * hall being edited comes back; failing that the latest plan, which is then for another hall.
 * The record holds the scenario's hash: when the scenario being edited no longer has it, the plan
 * is "not applicable: the scenario changed since this plan was made" (or made for another hall);
 * when the scenario is the one the plan was applied to, it holds the plan.
 */
import type { Scenario } from '../../sim/scenario/index.ts';
import type { Plan } from '../../sim/plan/recommendation.ts';
import type { KeyValue } from './idb.ts';

export interface KeptPlan {
  version: 1;
  hall: string;
  /** Hash of the scenario's JSON, and the scenario itself (what the review applies to). */
  scenarioHash: string;
  scenario: Scenario;
  plan: Plan;
  /** What applying put in the scenario (its hash), if it was applied. */
  appliedHash: string | null;
  appliedChoice: 'recommended' | 'required' | null;
  savedAt: string;
}

/** cyrb53: a fast 53-bit string hash, as 14 hex digits (enough to tell scenarios apart, not a secret). */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function scenarioHash(s: Scenario): string {
  return hashText(JSON.stringify(s));
}

/** The hall a scenario belongs to: its name in both languages. */
export function hallKey(s: Pick<Scenario, 'name'>): string {
  return `plan:${hashText(`${s.name.zh}\u0000${s.name.en}`)}`;
}

export const LATEST = 'latest';

export type Applicability = 'applies' | 'applied' | 'scenarioChanged' | 'otherHall';

/** Whether a kept plan holds for the scenario being edited. */
export function applicability(
  k: Pick<KeptPlan, 'hall' | 'scenarioHash' | 'appliedHash'>,
  current: Scenario,
): Applicability {
  if (hallKey(current) !== k.hall) return 'otherHall';
  const h = scenarioHash(current);
  if (h === k.scenarioHash) return 'applies';
  if (k.appliedHash !== null && h === k.appliedHash) return 'applied';
  return 'scenarioChanged';
}

export function keptPlan(plan: Plan, scenario: Scenario, savedAt: string): KeptPlan {
  return {
    version: 1,
    hall: hallKey(scenario),
    scenarioHash: scenarioHash(scenario),
    scenario,
    plan,
    appliedHash: null,
    appliedChoice: null,
    savedAt,
  };
}

function isKept(x: unknown): x is KeptPlan {
  const k = x as KeptPlan | null;
  return (
    k !== null &&
    typeof k === 'object' &&
    k.version === 1 &&
    typeof k.hall === 'string' &&
    typeof k.scenarioHash === 'string' &&
    k.plan?.kind === 'hallflow.plan' &&
    typeof k.scenario === 'object'
  );
}

/** Keeps a plan under its hall and as the latest (false: the browser refused). */
export async function savePlan(kv: KeyValue, k: KeptPlan): Promise<boolean> {
  const a = await kv.put(k.hall, k);
  const b = await kv.put(LATEST, k.hall);
  return a && b;
}

/** The plan for the hall of `current`, else the latest one kept (for another hall), else null. */
export async function loadPlan(kv: KeyValue, current: Scenario): Promise<KeptPlan | null> {
  const mine = await kv.get<unknown>(hallKey(current));
  if (isKept(mine)) return mine;
  const latest = await kv.get<unknown>(LATEST);
  if (typeof latest !== 'string') return null;
  const other = await kv.get<unknown>(latest);
  return isKept(other) ? other : null;
}
