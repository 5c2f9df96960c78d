/**
 * `npm run bench`: the simulation kernel's speed, measured (never asserted in tests).
 *
 * Every figure is a ratio against baselines run in the same process, because these machines
 * are shared and noisy: simjs (our baseline library) and a hand-written M/M/c loop (the
 * ceiling). One benchmark.js operation is one replication of M/M/10 with ~100,000 customers.
 *
 *   npm run bench            human-readable table
 *   npm run bench -- --json  the figures as JSON on stdout (progress on stderr)
 */
import Benchmark from 'benchmark';
import os from 'node:os';
import { simulateMMc, type MMcParams } from '../src/sim/models/mmc.ts';
import { handwrittenMMc } from './handwritten-mmc.ts';
import { simjsMMc } from './simjs.ts';
import { floorLoop } from './floor.ts';
import { measureMemory, type MemoryFigures } from './memory.ts';
import { benchHall } from './hall.ts';
import { benchPool } from './pool.ts';
import { benchApp } from './app.ts';
import { benchPlanApp } from './plan-app.ts';
import { benchPlan } from './plan.ts';
import { benchImport, importChild } from './import.ts';
import { benchCliStart } from './cli-start.ts';
import { benchQueue } from './queue.ts';
import { DEFAULT_SEED } from '../src/sim/scenario/index.ts';

if (process.argv.includes('--import-child')) {
  await importChild(process.argv[process.argv.indexOf('--import-child') + 1]);
  process.exit(0);
}
const json = process.argv.includes('--json');
const log = (...a: unknown[]) => (json ? console.error(...a) : console.log(...a));

const SEED = DEFAULT_SEED;
const C = 10;
const MU = 1;
/** Minutes per replication: ~100,000 customers at λ = 9. */
const HORIZON = 100000 / 9;

function params(lambda: number, horizon = HORIZON): MMcParams {
  return { arrivalRate: lambda, serviceRate: MU, servers: C, horizon, warmup: 0, replications: 2, seed: SEED };
}

interface Workload {
  name: string;
  run: () => { events: number; customers: number };
}

interface Figure {
  name: string;
  eventsPerSecond: number;
  customersPerSecond: number;
  /** Relative margin of error of the rate (benchmark.js, 95%). */
  rme: number;
  samples: number;
}

function measure(workloads: Workload[]): Figure[] {
  const perOp = new Map<string, { events: number; customers: number }>();
  for (const w of workloads) perOp.set(w.name, w.run()); // also warms up the JIT
  const suite = new Benchmark.Suite();
  for (const w of workloads) suite.add(w.name, w.run, { minSamples: 8, maxTime: 4 });
  const out: Figure[] = [];
  suite.on('cycle', (e: Benchmark.Event) => {
    const b = e.target as unknown as Benchmark;
    const ops = perOp.get(String(b.name))!;
    out.push({
      name: String(b.name),
      eventsPerSecond: b.hz * ops.events,
      customersPerSecond: b.hz * ops.customers,
      rme: b.stats.rme,
      samples: b.stats.sample.length,
    });
    log(
      `  ${String(b.name).padEnd(34)} ${fmt(b.hz * ops.events)} events/s  ${fmt(b.hz * ops.customers)} customers/s  ±${b.stats.rme.toFixed(1)}%`,
    );
  });
  suite.run({ async: false });
  return out;
}

function fmt(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`;
}

const kernel =
  (lambda: number, horizon = HORIZON): Workload['run'] =>
  () => {
    const r = simulateMMc(params(lambda, horizon), 0);
    return { events: r.events, customers: r.customers };
  };

/** `--only kernel,hall,pool,plan,import,memory,app,plan-app,cli,queue` runs some sections (default: all). */
const onlyArg =
  process.argv.find((a) => a.startsWith('--only='))?.slice(7) ??
  (process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined);
const sections = new Set((onlyArg ?? 'kernel,hall,pool,plan,import,memory,app,plan-app,cli,queue').split(','));
const out: Record<string, unknown> = {};

log(
  `HallFlow benchmarks — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}`,
);
if (sections.has('kernel')) {
  log('\nM/M/10 at rho = 0.9 (one replication = ~100,000 customers):');
  const main = measure([
    { name: 'HallFlow kernel', run: kernel(9) },
    { name: 'hand-written loop', run: () => handwrittenMMc(9, MU, C, HORIZON, SEED, 0) },
    { name: 'simjs 2.0.3', run: () => simjsMMc(9, MU, C, HORIZON, 0, SEED) },
    { name: 'floor: draw + heap pop + push', run: () => floorLoop(SEED) },
  ]);
  const [ours, hand, simjs, floor] = main;
  log('\nOverload: M/M/10 at rho = 1.2, the line grows without bound (longer runs, longer line):');
  const overload = measure([
    { name: 'rho 1.2, 1x horizon', run: kernel(12) },
    { name: 'rho 1.2, 4x horizon', run: kernel(12, 4 * HORIZON) },
    { name: 'rho 1.2, 16x horizon', run: kernel(12, 16 * HORIZON) },
  ]);
  const ratios = {
    kernelOverSimjs: ours.eventsPerSecond / simjs.eventsPerSecond,
    kernelOverHandwritten: ours.eventsPerSecond / hand.eventsPerSecond,
    floorOverKernel: floor.eventsPerSecond / ours.eventsPerSecond,
    floorOverHandwritten: floor.eventsPerSecond / hand.eventsPerSecond,
    overloadOverNormal: overload[0].eventsPerSecond / ours.eventsPerSecond,
    overload16xOver1x: overload[2].eventsPerSecond / overload[0].eventsPerSecond,
  };
  log('\nRatios (same process, same run):');
  log(`  kernel / simjs                 ${ratios.kernelOverSimjs.toFixed(2)}x   (target >= 7x, issue 15)`);
  log(
    `  kernel / hand-written loop     ${ratios.kernelOverHandwritten.toFixed(2)}x   (target >= 0.7x, issue 15; 1.0 = as fast as the hand-written loop)`,
  );
  log(
    `  floor / kernel                 ${ratios.floorOverKernel.toFixed(2)}x   (the kernel's cost per event over the floor's: ${(1e9 / ours.eventsPerSecond).toFixed(0)} ns against ${(1e9 / floor.eventsPerSecond).toFixed(0)} ns)`,
  );
  log(`  floor / hand-written loop      ${ratios.floorOverHandwritten.toFixed(2)}x`);
  log(`  rho 1.2 / rho 0.9 events/s     ${ratios.overloadOverNormal.toFixed(2)}    (target within 20%: 0.80 to 1.20)`);
  log(`  rho 1.2, 16x / 1x horizon      ${ratios.overload16xOver1x.toFixed(2)}    (flat cost per event: close to 1)`);
  Object.assign(out, { mmc: main, overload, ratios });
}
if (sections.has('hall')) {
  log('\nThe hall model (issue 3): every rule on');
  out.hall = benchHall(log);
}
if (sections.has('pool')) {
  log('\nThe worker pool (issue 4): worker threads');
  // The bundled worker sits next to this bundled benchmark (npm run bench builds both).
  out.pool = await benchPool(log, new URL('./replication.node.mjs', import.meta.url));
}
if (sections.has('plan')) {
  log('\nThe capacity planner (issue 6): worker threads');
  out.plan = await benchPlan(log, new URL('./replication.node.mjs', import.meta.url));
}
if (sections.has('import')) {
  log('\nHistory import (issue 7): read and fit in Node');
  out.import = await benchImport(log);
}
if (sections.has('app')) {
  log('\nThe app in chromium (issue 5): built and served locally');
  out.app = await benchApp(log);
}
if (sections.has('plan-app')) {
  log('\nThe demo plan in chromium (issue 11): default settings, Run to the plan shown');
  out.planApp = await benchPlanApp(log);
}
if (sections.has('cli')) {
  log('\nThe command line from the first second (issue 15): whole processes, medians');
  out.cli = benchCliStart(log);
}
if (sections.has('queue')) {
  log('\nThe batch queue (issue 16): BullMQ on redis-server, whole processes');
  out.queue = await benchQueue(log);
}
if (sections.has('memory')) {
  log('\nMemory (heap after a full GC, sampled while running):');
  const memory: MemoryFigures = measureMemory(log);
  log(`  peak RSS                       ${(memory.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
  out.memory = memory;
}

if (json) {
  const machine = {
    cpu: os.cpus()[0]?.model,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  process.stdout.write(JSON.stringify({ date: new Date().toISOString(), machine, ...out }, null, 2) + '\n');
}
