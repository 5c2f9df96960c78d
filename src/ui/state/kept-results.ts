/**
 * Where the page finds a kept result (result-keep.ts) and leaves the last one: the browser's
 * IndexedDB holds the last complete run; the build's asset holds the demo's. Nothing leaves the
 * browser (the asset comes from the page's own origin). Every call resolves: a missing store,
 * a failed fetch or a record of another run reads as "none", and the page runs the scenario.
 */
import kept from 'virtual:kept-results';
import type { MergedResult } from '../../sim/results/merge.ts';
import { indexedDbStore, type KeyValue } from './idb.ts';
import { decodeKept, keptFor, keptResult, resultKey, type KeptResult } from './result-keep.ts';
import type { RunValues } from './run-values.ts';

const LAST = 'result:last';

export interface KeptResults {
  /** The kept result of this run, or null. */
  find(scenarioText: string, seed: number, replications: number): Promise<KeptResult | null>;
  /** Keeps a complete run's result as the last one (false when the browser refused). */
  keep(
    scenarioText: string,
    seed: number,
    replications: number,
    merged: MergedResult,
    values: RunValues,
  ): Promise<boolean>;
}

export interface KeptSources {
  model: string | null;
  /** The JavaScript engine running the page (its user agent): a result kept by another one is not shown as its own. */
  engine: string;
  demo: { key: string; path: string } | null;
  kv: KeyValue;
  /** Reads the demo's asset (its text), or null. */
  fetchText: (path: string) => Promise<string | null>;
}

export function keptResults(src: KeptSources): KeptResults {
  return {
    async find(text, seed, replications) {
      if (src.model === null) return null;
      const buildKey = resultKey(text, seed, replications, src.model);
      // The demo's asset is fetched while the browser's storage opens (on a first visit that
      // creates the database), not after.
      const demo = src.demo !== null && src.demo.key === buildKey ? src.fetchText(src.demo.path) : null;
      const last = keptFor(await src.kv.get(LAST), resultKey(text, seed, replications, `${src.model}/${src.engine}`));
      if (last?.origin === 'browser') return last;
      const body = await demo;
      if (body === null || body === undefined) return null;
      try {
        const k = keptFor(decodeKept(body), buildKey);
        return k?.origin === 'build' ? k : null;
      } catch {
        return null;
      }
    },
    async keep(text, seed, replications, merged, values) {
      if (src.model === null) return false;
      return src.kv.put(
        LAST,
        keptResult(resultKey(text, seed, replications, `${src.model}/${src.engine}`), 'browser', merged, values),
      );
    },
  };
}

async function fetchSameOrigin(path: string): Promise<string | null> {
  try {
    const r = await fetch(new URL(path, new URL(import.meta.env.BASE_URL, document.baseURI)));
    return r.ok ? await r.text() : null;
  } catch {
    return null;
  }
}

/** The page's: IndexedDB `hallflow-results`, and the build's demo asset. */
export function pageKeptResults(): KeptResults {
  return keptResults({
    model: kept.model,
    demo: kept.demo,
    engine: globalThis.navigator?.userAgent ?? 'unknown',
    kv: indexedDbStore('hallflow-results'),
    fetchText: fetchSameOrigin,
  });
}
