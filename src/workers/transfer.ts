/**
 * The ArrayBuffers of a replication's result, to move it from its worker instead of copying
 * (Comlink.transfer). (A merged result never crosses: it is made where the results arrive.)
 * Kept apart from the worker code so the page's bundle does not pull in the simulator for them.
 */
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
