/**
 * Running replications for the CLI: in the worker-thread pool (default: one worker per core), or
 * in this thread with `--workers 0`. Progress goes to stderr when it is a terminal; Ctrl-C
 * cancels and the partial result is printed, marked as partial.
 */
import { availableParallelism } from 'node:os';
import type { ReplicationResult } from '../sim/hall/results.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/hall/scenario.ts';
import type { StopRule } from '../workers/early-stop.ts';
import { createNodePool } from '../workers/node-pool.ts';
import type { Progress, RunOutcome } from '../workers/pool.ts';

export interface CliRun {
  scenarios: Scenario[];
  seed: number;
  replications: number;
  workers: number;
  stop?: StopRule;
}

function showProgress(p: Progress): void {
  if (!process.stderr.isTTY) return;
  const eta = p.etaSeconds === null ? '' : `, ${Math.ceil(p.etaSeconds)} s left / 剩余 ${Math.ceil(p.etaSeconds)} 秒`;
  process.stderr.write(`\r${(100 * p.fraction).toFixed(0).padStart(3)}%  ${Math.floor(p.done)}/${p.total}${eta}   `);
}

export async function runForCli(run: CliRun): Promise<RunOutcome> {
  if (run.workers === 0) {
    // In this thread, in order: for debugging, and for machines where threads are unwelcome.
    const t0 = performance.now();
    const results: ReplicationResult[][] = run.scenarios.map(() => []);
    for (let r = 0; r < run.replications; r++) run.scenarios.forEach((s, i) => results[i].push(runReplication(s, { seed: run.seed, replication: r })));
    const elapsedSeconds = (performance.now() - t0) / 1000;
    return { status: 'complete', results, replications: run.replications, elapsedSeconds, busySeconds: elapsedSeconds };
  }
  const pool = createNodePool(Math.min(run.workers, run.replications * run.scenarios.length));
  const onSigint = () => pool.cancel();
  process.once('SIGINT', onSigint);
  try {
    const out = await pool.run({ scenarios: run.scenarios, seed: run.seed, replications: run.replications, stop: run.stop }, showProgress);
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    return out;
  } finally {
    process.off('SIGINT', onSigint);
    pool.destroy();
  }
}

export function defaultWorkers(): number {
  return availableParallelism();
}
