/**
 * The page's handle on the M/M/c worker (the model check): one worker kept between runs; a
 * cancelled run terminates it and the next run starts a fresh one (worker-handle.ts).
 */
import type { MMcParams } from '../../../sim/models/mmc.ts';
import type { MMcOutcome, MMcWorkerApi } from '../../../workers/mmc-protocol.ts';
import { workerHandle } from '../../worker-handle.ts';

const mmc = workerHandle<MMcWorkerApi>(
  () =>
    new Worker(new URL('../../../workers/mmc.worker.ts', import.meta.url), { type: 'module', name: 'hallflow-mmc' }),
);

/** Runs one experiment in the worker. Rejects with WorkerCrashError or WorkerStoppedError (cancelled). */
export function runMMc(params: MMcParams): Promise<MMcOutcome> {
  return mmc.call<MMcOutcome>((api) => api.runMMc(params));
}

/** Stops the running experiment, if any, by terminating the worker. */
export function cancelRun(): void {
  mmc.stop();
}
