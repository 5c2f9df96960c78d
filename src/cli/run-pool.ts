/**
 * Running replications for the CLI: in the worker-thread pool (default: one worker per core), or
 * in this thread with `--workers 0`. Progress goes to stderr when it is a terminal; Ctrl-C
 * cancels (in either case) and the partial result is printed, marked as partial, and the command
 * exits with CANCELLED_EXIT_CODE so that a script can tell it from a full result.
 */
import { availableParallelism } from 'node:os';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { firstStop, type StopRule } from '../workers/early-stop.ts';
import { createNodePool } from '../workers/node-pool.ts';
import type { Progress, RunOutcome } from '../workers/pool.ts';

/** Exit code of a run cancelled with Ctrl-C (128 + SIGINT, as shells report it): its output is partial. */
export const CANCELLED_EXIT_CODE = 130;

export interface CliRun {
  scenarios: Scenario[];
  seed: number;
  replications: number;
  workers: number;
  stop?: StopRule;
}

/**
 * Progress on stderr: one line rewritten in place on a terminal; with HALLFLOW_PROGRESS=lines, a
 * line per update also when stderr is a file or a pipe (for logs, and for tests that must know
 * the run has begun).
 */
function showProgress(p: Progress): void {
  if (process.env.HALLFLOW_PROGRESS === 'lines') {
    process.stderr.write(`progress ${Math.floor(p.done)}/${p.total}\n`);
    return;
  }
  if (!process.stderr.isTTY) return;
  const eta = p.etaSeconds === null ? '' : `, ${Math.ceil(p.etaSeconds)} s left / 剩余 ${Math.ceil(p.etaSeconds)} 秒`;
  process.stderr.write(`\r${(100 * p.fraction).toFixed(0).padStart(3)}%  ${Math.floor(p.done)}/${p.total}${eta}   `);
}

export async function runForCli(run: CliRun): Promise<RunOutcome> {
  if (run.workers === 0) return runInThread(run);
  const pool = createNodePool(Math.min(run.workers, run.replications * run.scenarios.length));
  const onSigint = () => pool.cancel();
  process.once('SIGINT', onSigint);
  try {
    const out = await pool.run(
      {
        scenarios: run.scenarios,
        seed: run.seed,
        replications: run.replications,
        stop: run.stop,
        groupLoad: RESULTS_LOAD,
      },
      showProgress,
    );
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    return out;
  } finally {
    process.off('SIGINT', onSigint);
    pool.destroy();
  }
}

/**
 * In this thread, in order: for debugging, and for machines where threads are unwelcome. It
 * yields to the event loop after each replication, so that Ctrl-C is heard, and applies the same
 * stop rule as the pool (the same replications in the same order: the same answer).
 */
async function runInThread(run: CliRun): Promise<RunOutcome> {
  const t0 = performance.now();
  const results: ReplicationResult[][] = run.scenarios.map(() => []);
  let cancelled = false;
  const onSigint = () => (cancelled = true);
  process.once('SIGINT', onSigint);
  try {
    const state = { checked: 0 };
    let status: RunOutcome['status'] = 'complete';
    let replications = run.replications;
    for (let r = 0; r < run.replications; r++) {
      run.scenarios.forEach((s, i) =>
        results[i].push(runReplication(s, { seed: run.seed, replication: r, groupLoad: RESULTS_LOAD })),
      );
      const elapsed = (performance.now() - t0) / 1000;
      showProgress({
        fraction: (r + 1) / run.replications,
        done: r + 1,
        total: run.replications,
        elapsedSeconds: elapsed,
        etaSeconds: (elapsed / (r + 1)) * (run.replications - r - 1),
      });
      if (run.stop) {
        const k = firstStop(results, run.stop, state);
        if (k >= 0) {
          status = 'stopped';
          replications = k;
          results.forEach((rs) => (rs.length = k));
          break;
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (cancelled && r + 1 < run.replications) {
        status = 'cancelled';
        replications = r + 1;
        break;
      }
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const elapsedSeconds = (performance.now() - t0) / 1000;
    return { status, results, replications, elapsedSeconds, busySeconds: elapsedSeconds };
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export function defaultWorkers(): number {
  return availableParallelism();
}
