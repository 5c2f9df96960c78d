/**
 * Real results for the chart tests: scenarios of data/scenarios run for a few replications and
 * merged, then put in a ChartContext (English or Chinese). Built once per test file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESULTS_LOAD } from '../../../sim/hall/group-load.ts';
import { mergeResults, type MergedResult } from '../../../sim/results/merge.ts';
import { runReplication } from '../../../sim/hall/run.ts';
import type { Scenario } from '../../../sim/scenario/index.ts';
import { greenChannelCase } from '../../../sim/hall/testing/green-channel-case.ts';
import { chartsEn } from '../../i18n/charts.en.ts';
import { chartsZh } from '../../i18n/charts.zh-CN.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import { chartContext, type ChartContext } from '../context.ts';

export type Preset =
  'demo-hall' | 'textbook-mmc' | 'city-deadline-day' | 'kiosk-network' | 'county-hall' | 'city-hotline';

const merged = new Map<string, { scenario: Scenario; merged: MergedResult }>();

export function loadScenario(preset: Preset): Scenario {
  const path = fileURLToPath(new URL(`../../../../data/scenarios/${preset}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Scenario;
}

/** The preset run for `replications` replications (seed 7) and merged. */
export function result(preset: Preset, replications = 3): { scenario: Scenario; merged: MergedResult } {
  const key = `${preset}/${replications}`;
  let hit = merged.get(key);
  if (!hit) {
    const scenario = loadScenario(preset);
    const runs = Array.from({ length: replications }, (_, r) =>
      runReplication(scenario, { seed: 7, replication: r, groupLoad: RESULTS_LOAD }),
    );
    hit = { scenario, merged: mergeResults(runs) };
    merged.set(key, hit);
  }
  return hit;
}

export function context(preset: Preset, locale: Locale = 'en', replications = 3): ChartContext {
  const r = result(preset, replications);
  return chartContext(r.merged, r.scenario, locale === 'en' ? chartsEn : chartsZh, locale);
}

/**
 * The director's case (staggered bookings queue at the green channel while general windows
 * idle: sim/hall/testing/green-channel-case.ts, built from the demo) run for `replications`
 * replications (seed 7), merged once per file.
 */
export function greenCaseContext(locale: Locale = 'en', replications = 4): ChartContext {
  const key = `green-case/${replications}`;
  let hit = merged.get(key);
  if (!hit) {
    const scenario = greenChannelCase(loadScenario('demo-hall'));
    const runs = Array.from({ length: replications }, (_, r) =>
      runReplication(scenario, { seed: 7, replication: r, groupLoad: RESULTS_LOAD }),
    );
    hit = { scenario, merged: mergeResults(runs) };
    merged.set(key, hit);
  }
  return chartContext(hit.merged, hit.scenario, locale === 'en' ? chartsEn : chartsZh, locale);
}

/** A context for a scenario made in the test (run for `replications` replications, seed 7). */
export function contextFor(scenario: Scenario, replications = 2, locale: Locale = 'en'): ChartContext {
  const runs = Array.from({ length: replications }, (_, r) =>
    runReplication(scenario, { seed: 7, replication: r, groupLoad: RESULTS_LOAD }),
  );
  return chartContext(mergeResults(runs), scenario, locale === 'en' ? chartsEn : chartsZh, locale);
}

/** Known per-site kiosk figures of the kiosk-network fixture (bank: a 20-replication run, rounded). */
export const KIOSK_METRICS: Record<string, Record<string, [number, number | null]>> = {
  'hall-room': {
    arrivals: [2907.7, 28.094],
    served: [2902.8, 28.013],
    'wait.mean': [0.011, 0.004],
    'wait.p90': [0, 0],
    'queue.mean': [0.001, 0.0003],
    availability: [0.921, 0.015],
    utilisation: [0.059, 0.001],
    'turnedAway.closed': [0, 0],
    'turnedAway.down': [4.3, 9],
    'turnedAway.line': [0, 0],
    gaveUp: [0.6, 0.49],
    outOfService: [0, 0],
    toWindows: [0.6, 0.615],
    toOtherSite: [0.85, 1.672],
    toHall: [2.2, 4.387],
    left: [1.25, 2.4],
  },
  bank: {
    arrivals: [4508.25, 36.375],
    served: [4367.7, 66.115],
    'wait.mean': [0.409, 0.047],
    'wait.p90': [1.4, 0.203],
    'queue.mean': [0.048, 0.006],
    availability: [0.913, 0.024],
    utilisation: [0.18, 0.004],
    'turnedAway.closed': [0, 0],
    'turnedAway.down': [72.85, 58.463],
    'turnedAway.line': [0.55, 0.687],
    gaveUp: [66.95, 12.528],
    outOfService: [0.2, 0.326],
    toWindows: [0, 0],
    toOtherSite: [28.15, 11.552],
    toHall: [69.85, 30.01],
    left: [42.55, 17.328],
  },
  // Nobody was served: no wait is reported.
  'post-office': {
    arrivals: [0, 0],
    served: [0, 0],
    'queue.mean': [0, 0],
    availability: [0.902, null],
    'turnedAway.closed': [0, 0],
    'turnedAway.down': [0, 0],
    'turnedAway.line': [0, 0],
    gaveUp: [0, 0],
    outOfService: [0, 0],
    toWindows: [0, 0],
    toOtherSite: [0, 0],
    toHall: [0, 0],
    left: [0, 0],
  },
};

/**
 * The kiosk-network preset (30 days, 48 intervals a day, three sites: a 24-hour hall room with 4
 * kiosks, a 24-hour bank lobby with 2, a post office open 08:00–20:00 with 2) with known per-site
 * results in place of the simulated ones: the metrics of KIOSK_METRICS, and on day d of the
 * horizon, in every interval of the day and at every site, open or closed,
 *   waiting 0, 0.5, 1 for d mod 3 = 0, 1, 2 (half-width 0, 0.1, 0.2),
 *   kiosks busy 1 on even days and 0 on odd ones (half-width 0.2),
 *   kiosks in working order all installed but one on day 0 (half-width 0.3 on day 0, else 0).
 * So the average day is 0.5 waiting (± at most 0.1), 0.5 busy (± at most 0.2) and
 * installed − 1/30 in working order (± at most 0.01) in every interval.
 */
export function kioskContext(locale: Locale = 'en'): ChartContext {
  const { scenario, merged: real } = result('kiosk-network', 2);
  const iv = real.intervals;
  const per = iv.intervalsPerDay;
  const cells = iv.days * per;
  const series = (f: (d: number) => [number, number]) => {
    const mean = new Float64Array(cells);
    const halfWidth = new Float64Array(cells);
    for (let k = 0; k < cells; k++) [mean[k], halfWidth[k]] = f(Math.floor(k / per));
    return { mean, halfWidth };
  };
  const kioskSites = scenario.kiosks!.sites.map((s) => ({
    id: s.id,
    queue: series((d) => [(d % 3) * 0.5, (d % 3) * 0.1]),
    busy: series((d) => [d % 2 === 0 ? 1 : 0, 0.2]),
    up: series((d) => [d === 0 ? s.kiosks - 1 : s.kiosks, d === 0 ? 0.3 : 0]),
  }));
  const metrics = Object.fromEntries(Object.entries(real.metrics).filter(([k]) => !k.startsWith('kiosk.')));
  for (const [site, ms] of Object.entries(KIOSK_METRICS)) {
    for (const [name, [mean, halfWidth]] of Object.entries(ms))
      metrics[`kiosk.${site}.${name}`] = { mean, halfWidth, n: 20 };
  }
  const merged: MergedResult = { ...real, metrics, intervals: { ...iv, kioskSites } };
  return chartContext(merged, scenario, locale === 'en' ? chartsEn : chartsZh, locale);
}
