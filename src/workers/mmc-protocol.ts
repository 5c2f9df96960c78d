/**
 * What crosses the boundary between the page and the M/M/c worker.
 *
 * Comlink's default error transfer keeps only name, message and stack, so a ParameterError
 * would lose the fields the page needs to explain it in two languages. The worker therefore
 * answers with a plain result object instead of throwing for bad parameters; anything else
 * (a bug) still rejects the call.
 */
import type { MMcParams, MMcReport } from '../sim/models/mmc.ts';

/** A ParameterError flattened to structured-cloneable data. */
export interface ParameterProblem {
  param: string;
  /** The offending value as text (the original may not survive structured cloning). */
  value: string;
  allowed: string;
  allowedZh: string;
  message: string;
  messageZh: string;
}

export type MMcOutcome = { ok: true; report: MMcReport; elapsedMs: number } | { ok: false; problem: ParameterProblem };

/** The API the worker exposes through Comlink. */
export interface MMcWorkerApi {
  runMMc(params: MMcParams): MMcOutcome;
}
