/**
 * Web Worker entry point: runs the M/M/c experiment off the main thread and answers through
 * Comlink. Parameter errors come back as data (see mmc-protocol.ts); other errors reject.
 */
import * as Comlink from 'comlink';
import { ParameterError, showValue } from '../sim/errors.ts';
import { runMMcExperiment, type MMcParams } from '../sim/models/mmc.ts';
import type { MMcOutcome, MMcWorkerApi, ParameterProblem } from './mmc-protocol.ts';

function toProblem(error: ParameterError): ParameterProblem {
  return {
    param: error.param,
    value: showValue(error.value),
    allowed: error.allowed,
    allowedZh: error.allowedZh,
    message: error.message,
    messageZh: error.messageZh,
  };
}

const api: MMcWorkerApi = {
  runMMc(params: MMcParams): MMcOutcome {
    const started = performance.now();
    try {
      const report = runMMcExperiment(params);
      return { ok: true, report, elapsedMs: performance.now() - started };
    } catch (error) {
      if (error instanceof ParameterError) return { ok: false, problem: toProblem(error) };
      throw error;
    }
  },
};

Comlink.expose(api);
