/** Why a run produced no new result, and how to say so in the current language. */
import type { ParameterProblem } from '../workers/mmc-protocol.ts';
import type { Messages } from './i18n/en.ts';
import type { Locale } from './i18n/index.svelte.ts';
import { RunCancelledError, WorkerCrashError } from './worker-client.ts';

export type RunFailure =
  | { kind: 'kernel'; problem: ParameterProblem }
  | { kind: 'crash'; detail: string }
  | { kind: 'failed'; detail: string }
  | { kind: 'cancelled' };

/** Classifies what a rejected run threw. */
export function failureFromError(error: unknown): RunFailure {
  if (error instanceof RunCancelledError) return { kind: 'cancelled' };
  const detail = error instanceof Error ? error.message : String(error);
  return error instanceof WorkerCrashError ? { kind: 'crash', detail } : { kind: 'failed', detail };
}

export function failureText(t: Messages, locale: Locale, failure: RunFailure): string {
  switch (failure.kind) {
    case 'kernel':
      return t.kernelRejected(locale === 'zh-CN' ? failure.problem.messageZh : failure.problem.message);
    case 'crash':
      return t.workerCrashed(failure.detail);
    case 'failed':
      return t.runFailed(failure.detail);
    case 'cancelled':
      return t.cancelled;
  }
}
