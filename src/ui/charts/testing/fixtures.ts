/**
 * Real results for the chart tests: scenarios of data/scenarios run for a few replications and
 * merged, then put in a ChartContext (English or Chinese). Built once per test file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESULTS_LOAD } from '../../../sim/hall/group-load.ts';
import { mergeResults, type MergedResult } from '../../../sim/hall/merge.ts';
import { runReplication } from '../../../sim/hall/run.ts';
import type { Scenario } from '../../../sim/hall/scenario.ts';
import { chartsEn } from '../../i18n/charts.en.ts';
import { chartsZh } from '../../i18n/charts.zh-CN.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import { chartContext, type ChartContext } from '../context.ts';

export type Preset = 'demo-hall' | 'textbook-mmc' | 'city-deadline-day' | 'kiosk-network' | 'county-hall';

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
    const runs = Array.from({ length: replications }, (_, r) => runReplication(scenario, { seed: 7, replication: r, groupLoad: RESULTS_LOAD }));
    hit = { scenario, merged: mergeResults(runs) };
    merged.set(key, hit);
  }
  return hit;
}

export function context(preset: Preset, locale: Locale = 'en', replications = 3): ChartContext {
  const r = result(preset, replications);
  return chartContext(r.merged, r.scenario, locale === 'en' ? chartsEn : chartsZh, locale);
}

/** A context for a scenario made in the test (run for `replications` replications, seed 7). */
export function contextFor(scenario: Scenario, replications = 2, locale: Locale = 'en'): ChartContext {
  const runs = Array.from({ length: replications }, (_, r) => runReplication(scenario, { seed: 7, replication: r, groupLoad: RESULTS_LOAD }));
  return chartContext(mergeResults(runs), scenario, locale === 'en' ? chartsEn : chartsZh, locale);
}
