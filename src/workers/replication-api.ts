/**
 * The worker side, the same in a browser Web Worker and a Node worker thread: keeps the loaded
 * scenarios (so validation and resolution happen once per worker, not once per replication),
 * runs replications, and hands results back with their typed arrays marked for transfer.
 */
import * as Comlink from 'comlink';
import { transferables } from './transfer.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import type { ReplicationWorkerApi, Task, TaskOutcome } from './protocol.ts';

/** Progress calls are throttled: a message per replication day would flood the channel. */
const PROGRESS_EVERY_MS = 100;

export function createReplicationApi(now: () => number = () => performance.now()): ReplicationWorkerApi {
  const scenarios = new Map<string, Scenario>();
  let listener: ((id: number, fraction: number) => void) | null = null;
  return {
    listen(l) {
      listener = l;
    },
    load(key, scenario) {
      scenarios.set(key, scenario);
    },
    unload(key) {
      scenarios.delete(key);
    },
    run(task: Task): TaskOutcome {
      const report = listener;
      const onProgress = task.progressId > 0 && report ? (f: number) => void report(task.progressId, f) : null;
      const scenario = scenarios.get(task.scenarioKey);
      try {
        if (!scenario) throw new Error(`no scenario loaded under "${task.scenarioKey}"`);
        const t0 = now();
        let last = t0;
        const result = runReplication(scenario, {
          seed: task.seed,
          replication: task.replication,
          groupLoad: task.groupLoad ?? false,
          onProgress: onProgress
            ? (f) => {
                const t = now();
                if (t - last >= PROGRESS_EVERY_MS) {
                  last = t;
                  onProgress(f);
                }
              }
            : undefined,
        });
        if (!task.ledgers) result.ledgers = { cases: [], overtime: [], timeOff: [] };
        return Comlink.transfer({ ok: true as const, result, ms: now() - t0 }, transferables(result));
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        return {
          ok: false,
          replication: task.replication,
          seed: task.seed,
          message: error.message,
          stack: error.stack,
        };
      }
    },
  };
}
