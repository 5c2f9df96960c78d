/**
 * The hall model's speed: the demo hall's filing-period month (data/scenarios/demo-hall.json)
 * with every rule on, one replication per benchmark.js operation, as simulated taxpayers per
 * second on one core (target: at least 1 million).
 */
import Benchmark from 'benchmark';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runReplication } from '../src/sim/hall/run.ts';
import type { Scenario } from '../src/sim/scenario/index.ts';

export interface HallFigure {
  scenario: string;
  taxpayersPerReplication: number;
  eventsPerReplication: number;
  msPerReplication: number;
  taxpayersPerSecond: number;
  rme: number;
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
  const figure: HallFigure = {
    scenario: 'data/scenarios/demo-hall.json',
    taxpayersPerReplication: taxpayers,
    eventsPerReplication: events,
    msPerReplication: 1000 / bench.hz,
    taxpayersPerSecond: bench.hz * taxpayers,
    rme: bench.stats.rme,
  };
  log(
    `  demo hall, one month: ${figure.msPerReplication.toFixed(1)} ms a replication, ${Math.round(taxpayers)} taxpayers, ${(figure.taxpayersPerSecond / 1e6).toFixed(2)} M taxpayers/s on one core ±${bench.stats.rme.toFixed(1)}% (target >= 1 M)`,
  );
  return figure;
}
