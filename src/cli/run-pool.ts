/**
 * Running replications for the CLI: by default in this thread first, with a worker thread added
 * per further core once the run proves long (auto-workers.ts); with `--workers N` in N worker
 * threads; with `--workers 0` in this thread alone. Progress goes to stderr when it is a terminal; Ctrl-C
 * cancels (in either case) and the partial result is printed, marked as partial, and the command
 * exits with CANCELLED_EXIT_CODE so that a script can tell it from a full result.
 */
import { availableParallelism } from 'node:os';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { RunCollector } from '../workers/collect.ts';
import type { StopRule } from '../workers/early-stop.ts';
import { createCliPool, createNodePool } from '../workers/node-pool.ts';
import { intFlag } from './args.ts';
import { GROW_ABOVE_SECONDS, GrowthJudge } from './auto-workers.ts';
import type { Progress, RunOutcome } from '../workers/pool.ts';

/** Exit code of a run cancelled with Ctrl-C (128 + SIGINT, as shells report it): its output is partial. */
export const CANCELLED_EXIT_CODE = 130;

export interface CliRun {
  scenarios: Scenario[];
  seed: number;
  replications: number;
  workers: WorkerCount;
  stop?: StopRule;
  /** Merge the replications as they finish (default true); off, only their metrics are kept. */
  merge?: boolean;
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

/** `--workers`: a count, or 'auto' when not given (see auto-workers.ts). */
export type WorkerCount = number | 'auto';

export function workersFlag(raw: string | undefined): WorkerCount {
  return raw === undefined ? 'auto' : intFlag('workers', raw, 0, 0, 256);
}

/** The help text of `--workers`, its second line indented to `column`. */
export function workersHelp(column: number): string {
  return `worker threads (default: starts in this thread and adds one per\n${' '.repeat(column)}further core when over ${GROW_ABOVE_SECONDS} s of work is left; 0 runs in this thread)`;
}

export async function runForCli(run: CliRun): Promise<RunOutcome> {
  if (run.workers === 0) return runInThread(run);
  const tasks = run.replications * run.scenarios.length;
  let pool;
  let progress = showProgress;
  if (run.workers === 'auto') {
    const cli = createCliPool(1);
    const judge = new GrowthJudge(Math.min(availableParallelism() - 1, tasks - 1), (n) => cli.grow(n));
    progress = (p) => {
      judge.observe(p.done, p.total, p.elapsedSeconds);
      showProgress(p);
    };
    pool = cli;
  } else {
    pool = createNodePool(Math.min(run.workers, tasks));
  }
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
        merge: run.merge ?? true,
      },
      progress,
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
 * yields to the event loop after each replication, so that Ctrl-C is heard, and keeps and merges
 * what the pool does, with the same stop rule (collect.ts: the same replications in the same
 * order, the same answer).
 */
async function runInThread(run: CliRun): Promise<RunOutcome> {
  const t0 = performance.now();
  const collector = new RunCollector(run.scenarios.length, run.replications, run.stop, run.merge ?? true);
  let cancelled = false;
  const onSigint = () => (cancelled = true);
  process.once('SIGINT', onSigint);
  try {
    let status: RunOutcome['status'] = 'complete';
    for (let r = 0; r < run.replications; r++) {
      run.scenarios.forEach((s, i) =>
        collector.add(i, runReplication(s, { seed: run.seed, replication: r, groupLoad: RESULTS_LOAD })),
      );
      const elapsed = (performance.now() - t0) / 1000;
      showProgress({
        fraction: (r + 1) / run.replications,
        done: r + 1,
        total: run.replications,
        elapsedSeconds: elapsed,
        etaSeconds: (elapsed / (r + 1)) * (run.replications - r - 1),
      });
      if (collector.stoppedAt >= 0) {
        status = 'stopped';
        break;
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (cancelled && r + 1 < run.replications) {
        status = 'cancelled';
        break;
      }
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const elapsedSeconds = (performance.now() - t0) / 1000;
    return { status, ...collector.collect(), elapsedSeconds, busySeconds: elapsedSeconds };
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export function defaultWorkers(): number {
  return availableParallelism();
}
