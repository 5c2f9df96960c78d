/**
 * The worker pool's speed (issue 4): the demo month at 100 replications with 1 and 2 worker
 * threads (target: 2 workers at least 1.8x one on this 2-core machine), and the pool's overhead
 * per replication against the same replications run in this thread (target under 1 ms).
 *
 * The worker is bundled like the benchmark itself (`npm run bench` builds both), so the pool
 * and the in-thread baseline run the same code. Each figure is the best of three runs on a warm
 * pool (the first run of a pool starts and warms its workers).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runReplication } from '../src/sim/hall/run.ts';
import type { Scenario } from '../src/sim/scenario/index.ts';
import { createNodePool } from '../src/workers/node-pool.ts';

export interface PoolFigures {
  replications: number;
  inThreadSeconds: number;
  oneWorkerSeconds: number;
  twoWorkerSeconds: number;
  speedup: number;
  /** The pool's own cost per replication: one worker's wall time minus its time inside replications. */
  overheadMsPerReplication: number;
  /** Against the same replications run in this thread (includes the worker thread's speed difference). */
  versusThreadMsPerReplication: number;
  /** Seconds the single worker spent inside replications; wall time minus this is pure pool overhead. */
  workerBusySeconds: number;
}

const REPS = 100;

export async function benchPool(log: (...a: unknown[]) => void, workerScript: URL): Promise<PoolFigures> {
  const scenario = JSON.parse(
    readFileSync(fileURLToPath(new URL('../data/scenarios/demo-hall.json', import.meta.url)), 'utf8'),
  ) as Scenario;
  const best = async (f: () => Promise<void> | void) => {
    let b = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await f();
      b = Math.min(b, performance.now() - t0);
    }
    return b / 1000;
  };
  for (let r = 0; r < 20; r++) runReplication(scenario, { seed: 1, replication: r });
  const inThread = await best(() => {
    for (let r = 0; r < REPS; r++) runReplication(scenario, { seed: 1, replication: r });
  });
  let busy = Infinity;
  const timed = async (n: number) => {
    const pool = createNodePool(n, workerScript);
    try {
      await pool.run({ scenarios: [scenario], seed: 1, replications: 20 * n });
      return await best(async () => {
        const out = await pool.run({ scenarios: [scenario], seed: 1, replications: REPS });
        if (n === 1) busy = Math.min(busy, out.busySeconds);
      });
    } finally {
      pool.destroy();
    }
  };
  const one = await timed(1);
  const two = await timed(2);
  const figures: PoolFigures = {
    replications: REPS,
    inThreadSeconds: inThread,
    oneWorkerSeconds: one,
    twoWorkerSeconds: two,
    speedup: one / two,
    overheadMsPerReplication: ((one - busy) * 1000) / REPS,
    versusThreadMsPerReplication: ((one - inThread) * 1000) / REPS,
    workerBusySeconds: busy,
  };
  log(
    `  demo month, ${REPS} replications: in this thread ${inThread.toFixed(2)} s, 1 worker ${one.toFixed(2)} s, 2 workers ${two.toFixed(2)} s`,
  );
  log(`  2 workers / 1 worker         ${figures.speedup.toFixed(2)}x   (target >= 1.8x)`);
  log(
    `  pool overhead per replication  ${(((one - busy) * 1000) / REPS).toFixed(2)} ms (wall time minus the worker's time inside replications; target < 1 ms)`,
  );
  log(
    `  against the same replications in this thread: ${figures.versusThreadMsPerReplication.toFixed(2)} ms (includes the worker thread running them slower or faster)`,
  );
  return figures;
}
