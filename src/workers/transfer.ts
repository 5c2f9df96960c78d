/**
 * The ArrayBuffers of results, to move them between threads instead of copying (Comlink.transfer).
 * Kept apart from the worker code so the page's bundle does not pull in the simulator for them.
 */
import type { MergedResult } from '../sim/results/merge.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';

/** Buffers of every typed array in a result: moved to the other side, not copied. */
export function transferables(result: ReplicationResult): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  out.add(result.waitDistribution.shares.buffer as ArrayBuffer);
  for (const p of Object.values(result.profiles))
    for (const v of Object.values(p)) if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
  if (result.groupLoad)
    for (const v of [...Object.values(result.groupLoad), ...Object.values(result.groupLoad.hotline ?? {})])
      if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
  const hotline = result.intervals.hotline ?? {};
  for (const group of [result.intervals, result.days, ...result.intervals.kioskSites, hotline]) {
    for (const v of Object.values(group))
      if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  }
  return [...out];
}

/** Buffers of every series in a merged result. */
export function mergedTransferables(m: MergedResult): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (x: { mean: Float64Array; halfWidth: Float64Array }) => {
    out.add(x.mean.buffer as ArrayBuffer);
    out.add(x.halfWidth.buffer as ArrayBuffer);
  };
  const { kioskSites, hotline, ...series } = m.intervals;
  for (const v of Object.values(series)) if (typeof v === 'object') add(v);
  for (const site of kioskSites) [site.queue, site.busy, site.up].forEach(add);
  if (hotline) Object.values(hotline).forEach(add);
  for (const v of Object.values(m.days)) add(v);
  add(m.waitDistribution.shares);
  for (const p of Object.values(m.profiles)) for (const v of Object.values(p)) if (typeof v === 'object') add(v);
  const g = m.groupLoad;
  if (g) {
    for (const v of [...Object.values(g), ...Object.values(g.hotline ?? {})])
      if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
    for (const s of [...Object.values(g.share), ...Object.values(g.wait)])
      for (const v of Object.values(s)) out.add((v as Float64Array).buffer as ArrayBuffer);
  }
  return [...out];
}
