/**
 * Kiosks per site (Rule 5): the fewest kiosks at each site with which, failures and repairs
 * simulated, the 90th percentile of the kiosk wait stays within the target and the site can
 * serve (at least one kiosk working) for the target share of the 24 hours, both at the chosen
 * confidence (upper end of the wait's interval, lower end of the availability's). All sites are
 * searched together, in the same simulations (they share the hall's visitors): first a quick
 * screening with fewer replications, then the count below the answer again at the plan's full
 * replications where the screening could not tell (search.ts, `screenThenConfirm`). Each count
 * tried says with how many replications it was judged.
 */
import type { MetricEstimate } from '../results/merge.ts';
import type { Localized, Scenario } from '../scenario/index.ts';
import { screenThenConfirm, type SearchStep } from './search.ts';
import type { Simulate } from '../results/simulate.ts';
import { screeningReplications } from './work.ts';

export interface KioskTarget {
  /** 90th percentile of the kiosk wait, minutes. */
  p90WaitMinutes: number;
  /** Share of the time with at least one kiosk working. */
  anyUpShare: number;
}

export const DEFAULT_KIOSK_TARGET: KioskTarget = { p90WaitMinutes: 10, anyUpShare: 0.99 };

export interface KioskEvidence {
  p90Wait: MetricEstimate | null;
  anyUp: MetricEstimate | null;
  utilisation: MetricEstimate | null;
  served: MetricEstimate | null;
}

export interface KioskSiteAdvice {
  id: string;
  name: Localized;
  installed: number;
  /** Null when even the cap does not meet the target. */
  recommended: number | null;
  steps: SearchStep<KioskEvidence>[];
}

export const MAX_KIOSKS = 60;

export function withKiosks(s: Scenario, counts: number[]): Scenario {
  if (!s.kiosks) return s;
  return { ...s, kiosks: { ...s.kiosks, sites: s.kiosks.sites.map((site, i) => ({ ...site, kiosks: counts[i] })) } };
}

export async function planKiosks(input: {
  scenario: Scenario;
  target?: KioskTarget;
  simulate: Simulate;
  replications: number;
  seed: number;
}): Promise<KioskSiteAdvice[]> {
  const { scenario, simulate, replications, seed } = input;
  const target = input.target ?? DEFAULT_KIOSK_TARGET;
  const sites = scenario.kiosks?.sites ?? [];
  if (sites.length === 0) return [];
  const units = await screenThenConfirm<KioskEvidence>(
    sites.map((s) => Math.max(1, s.kiosks)),
    1,
    MAX_KIOSKS,
    async (counts, reps) => {
      const merged = await simulate({ scenario: withKiosks(scenario, counts), replications: reps, seed, load: 'none' });
      return sites.map((site) => {
        const m = (k: string) => merged.metrics[`kiosk.${site.id}.${k}`] ?? null;
        const evidence = {
          p90Wait: m('wait.p90'),
          anyUp: m('anyUp'),
          utilisation: m('utilisation'),
          served: m('served'),
        };
        const waitOk =
          evidence.p90Wait === null ||
          evidence.p90Wait.mean + (evidence.p90Wait.halfWidth ?? 0) <= target.p90WaitMinutes;
        const upOk =
          evidence.anyUp === null || evidence.anyUp.mean - (evidence.anyUp.halfWidth ?? 0) >= target.anyUpShare;
        // Fails for sure when even the optimistic end of an interval misses.
        const waitBad =
          evidence.p90Wait !== null &&
          evidence.p90Wait.mean - (evidence.p90Wait.halfWidth ?? 0) > target.p90WaitMinutes;
        const upBad =
          evidence.anyUp !== null && evidence.anyUp.mean + (evidence.anyUp.halfWidth ?? 0) < target.anyUpShare;
        return { evidence, meets: waitOk && upOk, decided: waitBad || upBad };
      });
    },
    screeningReplications(replications),
    replications,
  );
  return sites.map((site, i) => ({
    id: site.id,
    name: site.name,
    installed: site.kiosks,
    recommended: units[i].best,
    steps: units[i].steps,
  }));
}
