/** Why a run produced no new result, and how to say so in the current language. */
import type { ParameterProblem } from '../workers/mmc-protocol.ts';
import type { Messages } from './i18n/en.ts';
import type { Locale } from './i18n/index.svelte.ts';
import { ReplicationError, WORKER_DIED_TWICE } from '../workers/pool.ts';
import { describeError } from './error-text.ts';
import { WorkerCrashError, WorkerStoppedError } from './worker-handle.ts';

export type RunFailure =
  | { kind: 'kernel'; problem: ParameterProblem }
  | { kind: 'crash'; detail: string }
  | { kind: 'replication'; replication: number; seed: number; detail: string }
  | { kind: 'failed'; detail: string }
  | { kind: 'cancelled' };

/** Classifies what a rejected run threw. */
export function failureFromError(error: unknown): RunFailure {
  if (error instanceof WorkerStoppedError) return { kind: 'cancelled' };
  // A hall run's worker that died twice on the same replication is a crash, whatever the pool calls it.
  if (error instanceof ReplicationError && error.detail === WORKER_DIED_TWICE) return { kind: 'crash', detail: '' };
  if (error instanceof ReplicationError)
    return { kind: 'replication', replication: error.replication, seed: error.seed, detail: error.detail };
  const detail = error instanceof Error ? error.message : describeError(error);
  return error instanceof WorkerCrashError ? { kind: 'crash', detail } : { kind: 'failed', detail };
}

export function failureText(t: Messages, locale: Locale, failure: RunFailure): string {
  switch (failure.kind) {
    case 'kernel':
      return t.kernelRejected(locale === 'zh-CN' ? failure.problem.messageZh : failure.problem.message);
    case 'crash':
      return t.workerCrashed(failure.detail);
    case 'replication':
      return t.replicationFailed(failure.replication + 1, failure.seed, failure.detail);
    case 'failed':
      return t.runFailed(failure.detail);
    case 'cancelled':
      return t.cancelled;
  }
}
