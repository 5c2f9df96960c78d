/**
 * The hall model's speed: the demo hall's filing-period month (data/scenarios/demo-hall.json)
 * with every rule on, one replication per benchmark.js operation, as simulated taxpayers per
 * second on one core (target: at least 1 million in issue 3, 1.5 million in issue 15). Also
 * what a results run's counts (`RESULTS_LOAD`) and the ticket log add to a replication (rounds
 * of each in turn, the median of the per-round ratios: the machine is shared), and the JS heap
 * allocated per taxpayer (garbage included: what the collector has to clear).
 */
import Benchmark from 'benchmark';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GCProfiler } from 'node:v8';
import { RESULTS_LOAD } from '../src/sim/hall/group-load.ts';
import { runReplication, type ReplicationOptions } from '../src/sim/hall/run.ts';
import type { Scenario } from '../src/sim/scenario/index.ts';

export interface HallFigure {
  scenario: string;
  taxpayersPerReplication: number;
  eventsPerReplication: number;
  msPerReplication: number;
  taxpayersPerSecond: number;
  rme: number;
  /** A replication with the results run's counts (RESULTS_LOAD), and with the ticket log, over a plain one. */
  resultsLoadOverPlain: number;
  ticketLogOverPlain: number;
  /** JS heap allocated per taxpayer (typed arrays' storage, outside the heap, not included). */
  heapBytesPerTaxpayer: number;
}

type Extra = Pick<ReplicationOptions, 'groupLoad' | 'ticketLog'>;

/** Median over rounds of (time with `extra` / plain time), each round running both in turn. */
function costOf(scenario: Scenario, extra: Extra, rounds = 15, perRound = 4): number {
  const ratios: number[] = [];
  let rep = 0;
  const time = (o: Extra) => {
    const t0 = performance.now();
    for (let i = 0; i < perRound; i++) runReplication(scenario, { seed: 1, replication: rep++ % 20, ...o });
    return performance.now() - t0;
  };
  time(extra);
  for (let k = 0; k < rounds; k++) {
    const plain = time({});
    ratios.push(time(extra) / plain);
  }
  return ratios.sort((a, b) => a - b)[rounds >> 1];
}

/** Bytes of JS heap allocated per taxpayer over `reps` replications: heap growth plus all that collections freed. */
function heapPerTaxpayer(scenario: Scenario, reps = 10): number {
  const profiler = new GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  let taxpayers = 0;
  for (let r = 0; r < reps; r++)
    taxpayers += runReplication(scenario, { seed: 1, replication: r }).metrics['count.arrivals'];
  const after = process.memoryUsage().heapUsed;
  let freed = 0;
  for (const gc of profiler.stop().statistics)
    freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
  return (after - before + freed) / taxpayers;
}

export function benchHall(log: (...a: unknown[]) => void): HallFigure {
  const file = fileURLToPath(new URL('../data/scenarios/demo-hall.json', import.meta.url));
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as Scenario;
  // Average size of a replication (taxpayers who arrived, events fired) over 20 replications.
  let taxpayers = 0;
  let events = 0;
  for (let r = 0; r < 20; r++) {
    const res = runReplication(scenario, { seed: 1, replication: r });
    taxpayers += res.metrics['count.arrivals'];
    events += res.events;
  }
  taxpayers /= 20;
  events /= 20;
  let rep = 0;
  const bench = new Benchmark('demo hall month', () => runReplication(scenario, { seed: 1, replication: rep++ % 20 }), {
    minSamples: 10,
    maxTime: 6,
  });
  bench.run();
  const resultsLoad = costOf(scenario, { groupLoad: RESULTS_LOAD });
  const ticketLog = costOf(scenario, { ticketLog: true });
  const heap = heapPerTaxpayer(scenario);
  const figure: HallFigure = {
    scenario: 'data/scenarios/demo-hall.json',
    taxpayersPerReplication: taxpayers,
    eventsPerReplication: events,
    msPerReplication: 1000 / bench.hz,
    taxpayersPerSecond: bench.hz * taxpayers,
    rme: bench.stats.rme,
    resultsLoadOverPlain: resultsLoad,
    ticketLogOverPlain: ticketLog,
    heapBytesPerTaxpayer: heap,
  };
  log(
    `  demo hall, one month: ${figure.msPerReplication.toFixed(1)} ms a replication, ${Math.round(taxpayers)} taxpayers, ${(figure.taxpayersPerSecond / 1e6).toFixed(2)} M taxpayers/s on one core ±${bench.stats.rme.toFixed(1)}% (target >= 1.5 M)`,
  );
  const pct = (x: number) => `${x >= 1 ? '+' : ''}${((x - 1) * 100).toFixed(0)}%`;
  log(
    `  with the results run's counts (RESULTS_LOAD) ${pct(resultsLoad)} a replication, with the ticket log ${pct(ticketLog)}; ${heap.toFixed(0)} bytes of JS heap allocated per taxpayer`,
  );
  return figure;
}
