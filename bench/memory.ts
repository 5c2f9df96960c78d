/**
 * Memory of the kernel: it must follow the customers in the system, not the events processed.
 *
 * Live memory (JS heap plus ArrayBuffers, where the kernel's typed arrays live) is read after a
 * full garbage collection (node --expose-gc) at regular points of a run. At rho = 0.9 the system
 * stays small, so the peak should not grow with the run length; at rho = 1.2 the line grows without
 * bound and the heap should grow by a fixed number of bytes per customer present.
 *
 * Memory of `hallflow simulate` (issue 15): it must not grow with the replications, as results
 * are merged as they arrive. A year of the demo hall is run as a whole process (the CLI through
 * bin/hallflow.mjs, two worker threads) at 20, 40 and 80 replications; a module loaded first
 * (`node --import`) reports the process's peak resident set (getrusage's maxRSS: the main thread
 * and the workers together) and the main thread's peak heap plus external memory, sampled every
 * 20 ms (typed arrays that came from a worker count as external, not as `arrayBuffers`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMMc } from '../src/sim/models/mmc.ts';
import { DEFAULT_SEED } from '../src/sim/scenario/index.ts';

export interface MemoryFigures {
  gcAvailable: boolean;
  /** Peak live heap above the starting point, bytes, for runs of increasing length at rho 0.9. */
  stable: { events: number; peakHeapDeltaBytes: number }[];
  /** Heap growth per customer in the system at rho 1.2. */
  overload: { customersInSystem: number; heapDeltaBytes: number; bytesPerCustomer: number }[];
  peakRssBytes: number;
  /** `hallflow simulate` of a year at several replication counts (measureSimulateMemory). */
  simulate: SimulateMemoryFigures;
}

export interface SimulateMemoryFigures {
  scenario: string;
  workers: number;
  runs: { replications: number; peakRssBytes: number; peakMainHeapBytes: number; seconds: number }[];
  /** Peak RSS added per replication, from the fewest to the most replications. */
  rssBytesPerReplication: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Live JS heap plus ArrayBuffer memory (typed arrays live outside the JS heap). */
function liveHeap(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function run(lambda: number, horizon: number, samples = 20) {
  const base = liveHeap();
  const { sim, pool } = createMMc(
    { arrivalRate: lambda, serviceRate: 1, servers: 10, horizon, warmup: 0, replications: 2, seed: DEFAULT_SEED },
    0,
  );
  let peak = 0;
  for (let i = 1; i <= samples; i++) {
    sim.run((horizon * i) / samples);
    peak = Math.max(peak, liveHeap() - base);
  }
  return {
    events: sim.eventsFired,
    present: pool.waiting + pool.busy,
    peak,
    end: liveHeap() - base,
    keep: [sim, pool],
  };
}

export function measureMemory(log: (...a: unknown[]) => void): MemoryFigures {
  if (!gc) log('  (no --expose-gc: heap figures include garbage)');
  const stable = [100000 / 9, 800000 / 9].map((h) => {
    const r = run(9, h);
    log(`  rho 0.9: ${(r.events / 1e6).toFixed(1)} M events -> peak live heap +${(r.peak / 1024).toFixed(0)} KiB`);
    return { events: r.events, peakHeapDeltaBytes: r.peak };
  });
  const overload = [20000, 80000].map((h) => {
    const r = run(12, h);
    const per = r.end / r.present;
    log(
      `  rho 1.2: ${r.present} customers in system -> heap +${(r.end / 2 ** 20).toFixed(1)} MiB (${per.toFixed(0)} bytes per customer)`,
    );
    return { customersInSystem: r.present, heapDeltaBytes: r.end, bytesPerCustomer: per };
  });
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return { gcAvailable: Boolean(gc), stable, overload, peakRssBytes, simulate: measureSimulateMemory(log) };
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Loaded before the CLI: samples the main thread and prints the peaks at exit. */
const PEAKS = `let heap = 0;
const sample = () => { const m = process.memoryUsage(); heap = Math.max(heap, m.heapUsed + m.external); };
setInterval(sample, 20).unref();
process.on('exit', () => { sample(); process.stderr.write('MEMPEAK ' + JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024, heap }) + '\\n'); });
`;

/** Peak memory of `hallflow simulate` of a year of the demo hall, at each replication count. */
export function measureSimulateMemory(
  log: (...a: unknown[]) => void,
  replications = [20, 40, 80],
  workers = 2,
): SimulateMemoryFigures {
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-memory-'));
  const scenario = JSON.parse(readFileSync(join(ROOT, 'data/scenarios/demo-hall.json'), 'utf8'));
  scenario.calendar.days = 365;
  const file = join(dir, 'demo-year.json');
  writeFileSync(file, JSON.stringify(scenario));
  const preload = join(dir, 'peaks.mjs');
  writeFileSync(preload, PEAKS);
  const bin = join(ROOT, 'bin/hallflow.mjs');
  spawnSync(process.execPath, [bin, '--help'], { cwd: ROOT, stdio: 'ignore' }); // builds the bundle if it is stale
  const runs = replications.map((n) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(preload).href,
        bin,
        'simulate',
        file,
        '--reps',
        String(n),
        '--workers',
        String(workers),
        '--json',
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const seconds = (performance.now() - t0) / 1000;
    const line = /MEMPEAK (.*)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !line) throw new Error(`hallflow simulate exited ${r.status}: ${r.stderr}`);
    const peaks = JSON.parse(line[1]) as { rss: number; heap: number };
    log(
      `  simulate, a year, ${String(n).padStart(3)} replications, ${workers} workers: peak RSS ${(peaks.rss / 2 ** 20).toFixed(0)} MiB, main heap ${(peaks.heap / 2 ** 20).toFixed(0)} MiB (${seconds.toFixed(1)} s)`,
    );
    return { replications: n, peakRssBytes: peaks.rss, peakMainHeapBytes: peaks.heap, seconds };
  });
  const first = runs[0];
  const last = runs[runs.length - 1];
  const rssBytesPerReplication = (last.peakRssBytes - first.peakRssBytes) / (last.replications - first.replications);
  log(`  peak RSS per replication added  ${(rssBytesPerReplication / 2 ** 20).toFixed(2)} MiB (flat: about 0)`);
  return { scenario: 'demo-hall.json, 365 days', workers, runs, rssBytesPerReplication };
}
