/**
 * Real data for the import view's tests: the synthetic GB18030 ticket log of data/history read
 * by readHistory, fitted into the demo scenario, and a short backtest of that fit. Computed once
 * per test file (about a second).
 */
import { readFileSync } from 'node:fs';
import demo from '../../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../../sim/scenario/index.ts';
import { backtest, type BacktestResult } from '../../../sim/history/backtest.ts';
import { fitHistory, type FitOptions, type FitResult } from '../../../sim/history/fit.ts';
import { readHistory, type ReadResult } from '../../../sim/history/read.ts';
import { simulateInThread } from '../../../sim/results/simulate.ts';

export const DEMO = demo as unknown as Scenario;
export const KNOWN_TYPES = DEMO.types.map((t) => ({ id: t.id, names: [t.name.zh, t.name.en] }));
export const ZH_SAMPLE = 'synthetic-demo-2026-03-tickets-zh-gb18030.csv';

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../../data/history/${name}`, import.meta.url)));
}

let read: Promise<ReadResult> | null = null;
export function readZh(): Promise<ReadResult> {
  read ??= readHistory(sampleBytes(ZH_SAMPLE), { knownTypes: KNOWN_TYPES });
  return read;
}

export async function fitZh(options: FitOptions = {}): Promise<FitResult> {
  return fitHistory((await readZh()).tickets, DEMO, options);
}

export async function backtestZh(replications = 2): Promise<BacktestResult> {
  const r = await readZh();
  return backtest({
    fitted: fitHistory(r.tickets, DEMO),
    tickets: r.tickets,
    simulate: simulateInThread,
    replications,
    seed: 7,
  });
}
