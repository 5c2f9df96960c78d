/**
 * Memory of the kernel: it must follow the customers in the system, not the events processed.
 *
 * Live memory (JS heap plus ArrayBuffers, where the kernel's typed arrays live) is read after a
 * full garbage collection (node --expose-gc) at regular points of a run. At rho = 0.9 the system
 * stays small, so the peak should not grow with the run length; at rho = 1.2 the line grows without
 * bound and the heap should grow by a fixed number of bytes per customer present.
 */
import { createMMc } from '../src/sim/models/mmc.ts';
import { DEFAULT_SEED } from '../src/sim/scenario/index.ts';

export interface MemoryFigures {
  gcAvailable: boolean;
  /** Peak live heap above the starting point, bytes, for runs of increasing length at rho 0.9. */
  stable: { events: number; peakHeapDeltaBytes: number }[];
  /** Heap growth per customer in the system at rho 1.2. */
  overload: { customersInSystem: number; heapDeltaBytes: number; bytesPerCustomer: number }[];
  peakRssBytes: number;
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
  return { gcAvailable: Boolean(gc), stable, overload, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}
