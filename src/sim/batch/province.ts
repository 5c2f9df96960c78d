/**
 * A province's halls side by side, from their stored job records: one row per hall, ranked by
 * shortfall against the target (the hall as it is, simulate), then by the windows the plan needs
 * beyond those installed. Shared by `hallflow batch` (its table and CSV) and the app's province
 * view, so both rank and word the halls the same way.
 */
import type { Localized } from '../scenario/index.ts';
import type { CompareRecord, HallHeader, JobRecord, PlanRecord, SimulateRecord } from './records.ts';

export const PROVINCE_KIND = 'hallflow.province';
export const PROVINCE_VERSION = 1;

export interface HallResult extends HallHeader {
  simulate: SimulateRecord | null;
  plan: PlanRecord | null;
  compare: CompareRecord | null;
}

/** What `hallflow batch` writes (province.json) and the app's province view loads. */
export interface ProvinceResult {
  kind: typeof PROVINCE_KIND;
  version: typeof PROVINCE_VERSION;
  name: Localized;
  synthetic: boolean;
  seed: number;
  replications: number;
  halls: HallResult[];
}

export function hallResult(header: HallHeader, records: JobRecord[]): HallResult {
  const of = <T extends JobRecord['task']>(task: T) =>
    (records.find((r) => r.task === task) ?? null) as Extract<JobRecord, { task: T }> | null;
  return { ...header, simulate: of('simulate'), plan: of('plan'), compare: of('compare') };
}

/** Windows the plan needs beyond those installed (0 when it needs no more; null without a plan). */
export function windowGap(h: HallResult): number | null {
  return h.plan ? Math.max(0, h.plan.windowsNeeded - h.installed.windows) : null;
}

/** The hall's shortfall against its target (simulate), or null when it was not simulated. */
export function shortfallOf(h: HallResult): number | null {
  return h.simulate ? h.simulate.shortfall : null;
}

/** Largest shortfall first, then the largest window gap, then by id (a stable order); unknowns last. */
export function rankHalls(halls: readonly HallResult[]): HallResult[] {
  return [...halls].sort(
    (a, b) =>
      (shortfallOf(b) ?? -1) - (shortfallOf(a) ?? -1) ||
      (windowGap(b) ?? -1) - (windowGap(a) ?? -1) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
