/**
 * What every replication of a scenario needs that depends on the resolved scenario only, built
 * once per `Resolved` (resolveScenario caches that per scenario object) and shared, read-only,
 * by the replications run on the thread: the stations' and the back office's schedules, the
 * router's candidate lists, the arrival sources' rates and type mixes, the day types. Nothing
 * here may be written to by a replication.
 */
import { kioskSiteRates, walkInRates } from './demand.ts';
import type { Resolved } from './resolve.ts';
import { Router } from './routing.ts';
import type { SourceSpec } from './sources.ts';
import { stationSteps, type StationSteps } from './station.ts';
import { DAY_TYPES, MINUTES_PER_DAY } from '../scenario/index.ts';

export interface HallSetup {
  /** Day-type index of each day (DAY_TYPES order), −1 on a day the hall is closed. */
  dayType: Int8Array;
  /** Open windows of each group over the horizon, and the guidance desk's staff. */
  groupSteps: StationSteps[];
  guidanceSteps: StationSteps | null;
  router: Router;
  /** The back office's officers, on working days during its hours, 400 days past the horizon. */
  officers: StationSteps | null;
  /** Walk-ins: one source per business type. */
  walkIns: SourceSpec[];
  /** Kiosk sites' own users: one source per site, types in proportion to kiosk-able demand. */
  siteUsers: SourceSpec[];
}

const cache = new WeakMap<Resolved, HallSetup>();

function officerSteps(r: Resolved, officers: number, hours: { start: number; end: number }): StationSteps {
  const times: number[] = [];
  const counts: number[] = [];
  for (let d = 0; d < r.days + 400; d++) {
    if (!r.calendar.isWorking(d)) continue;
    times.push(d * MINUTES_PER_DAY + hours.start, d * MINUTES_PER_DAY + hours.end);
    counts.push(officers, 0);
  }
  return { times: Float64Array.from(times), counts: Int32Array.from(counts) };
}

export function hallSetup(r: Resolved): HallSetup {
  const hit = cache.get(r);
  if (hit) return hit;
  const dayType = new Int8Array(r.days).fill(-1);
  for (let d = 0; d < r.days; d++) if (r.calendar.isWorking(d)) dayType[d] = DAY_TYPES.indexOf(r.calendar.dayType(d));
  const rates = walkInRates(r);
  const sites = r.kiosks?.sites ?? [];
  const siteRates = kioskSiteRates(r);
  const w = r.types.map((t) => (t.kiosk ? t.kiosk.eligibleShare * r.scenario.types[t.index].share : 0));
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  const mix = Float64Array.from(w, (x) => (acc += total > 0 ? x / total : 0));
  const guidance = r.guidance;
  const setup: HallSetup = {
    dayType,
    groupSteps: r.groups.map((g) => stationSteps(r, (type, k) => g.schedule[type][k])),
    guidanceSteps: guidance ? stationSteps(r, () => guidance.staff) : null,
    router: new Router(r),
    officers: r.backOffice && officerSteps(r, r.backOffice.officers, r.backOffice.hours),
    walkIns: r.types.map((t, i) => ({ rate: rates[i], tag: `walkIn:${t.id}`, types: i })),
    siteUsers: sites.map((s, i) => ({ rate: siteRates[i], tag: `kiosk:${s.id}`, types: mix })),
  };
  cache.set(r, setup);
  return setup;
}
