/**
 * The jobs of a batch on a queue (BullMQ on Redis): what the producer (`hallflow batch --queue`)
 * puts in, what a worker (`hallflow worker`) does with each, and what comes back.
 *
 *  - A simulate or compare job of a hall is split into blocks of the manifest's `block`
 *    replications: a queue job runs replications [from, to) of the hall's scenarios (two for
 *    compare) with the seeds the manifest fixes, and returns every replication's result. The
 *    producer folds them in replication order, as the local pool does, so the merged numbers are
 *    the local run's bit for bit, whichever machines ran the blocks and however often a block
 *    was retried.
 *  - A plan is one queue job (its simulations depend on each other): the worker makes it and
 *    returns its record.
 *
 * Results cross Redis as V8's structured-clone serialization, compressed (base64 in the job's
 * JSON): typed arrays and every double survive exactly, as they do between worker threads.
 */
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PlanRecord } from '../sim/batch/records.ts';
import { planRecord } from '../sim/batch/records.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';
import { runReplication } from '../sim/hall/run.ts';
import { makePlan } from '../sim/plan/recommendation.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { createCliPool } from '../workers/node-pool.ts';
import { poolSimulate } from '../workers/pool-simulate.ts';
import { JOB_LOAD } from './batch-run.ts';
import type { PlanSettings } from './plan-run.ts';

export const QUEUE_NAME = 'hallflow-batch';

export interface BlockJob {
  kind: 'block';
  scenarios: Scenario[];
  /** Each scenario's content hash (the same scenario, the same key: see `sameScenario`). */
  scenarioKeys: string[];
  seed: number;
  from: number;
  to: number;
}

export interface PlanJob {
  kind: 'plan';
  scenario: Scenario;
  settings: PlanSettings;
}

export type QueueJob = BlockJob | PlanJob;

/** A block's results, replication by replication, each scenario's in turn: base64 of V8's serialization. */
export interface BlockDone {
  results: string;
}
export interface PlanDone {
  record: PlanRecord;
}

/**
 * The scenario object a worker last used for this key. Validation, resolution and the set-up of
 * a scenario are kept per scenario object (a few tens of milliseconds, once); each queue job
 * brings its own copy of the JSON, so without this every block would pay them again.
 */
const seen = new Map<string, Scenario>();
const SEEN_MAX = 64;
function sameScenario(key: string, scenario: Scenario): Scenario {
  const known = seen.get(key);
  if (known) return known;
  if (seen.size >= SEEN_MAX) seen.delete(seen.keys().next().value!);
  seen.set(key, scenario);
  return scenario;
}

/** The blocks [from, to) of `replications`, `block` at a time. */
export function blocks(replications: number, block: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < replications; from += block) out.push([from, Math.min(replications, from + block)]);
  return out;
}

// Compressed (level 1: 0.5 ms a replication): a month's replication is about 100 kB serialized
// and 15 kB compressed, and Redis keeps a job's return value twice (the job, the event stream).
export const encodeResults = (results: ReplicationResult[][]): string =>
  gzipSync(serialize(results), { level: 1 }).toString('base64');
export const decodeResults = (text: string): ReplicationResult[][] =>
  deserialize(gunzipSync(Buffer.from(text, 'base64'))) as ReplicationResult[][];

/**
 * What a worker does with a job. Between replications it yields to the event loop, so the
 * queue's lock on the job is renewed while it runs (a worker that stops renewing is taken for
 * dead, and its job is given to another).
 */
export async function processJob(job: QueueJob): Promise<BlockDone | PlanDone> {
  if (job.kind === 'plan') {
    const pool = createCliPool(1);
    try {
      return { record: planRecord(await makePlan(job.scenario, poolSimulate(pool), job.settings)) };
    } finally {
      pool.destroy();
    }
  }
  const results: ReplicationResult[][] = [];
  const scenarios = job.scenarios.map((s, i) => sameScenario(job.scenarioKeys[i], s));
  for (let replication = job.from; replication < job.to; replication++) {
    results.push(
      scenarios.map((s) => {
        const r = runReplication(s, { seed: job.seed, replication, groupLoad: JOB_LOAD.groupLoad });
        r.ledgers = { cases: [], overtime: [], timeOff: [] };
        return r;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { results: encodeResults(results) };
}
