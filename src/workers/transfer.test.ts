/**
 * Every typed array of a result is in its transfer list: one left out would be copied between
 * threads (slow for a month's series) instead of moved.
 */
import { describe, expect, it } from 'vitest';
import demo from '../../data/scenarios/demo-hall.json';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import { mergeResults } from '../sim/results/merge.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { mergedTransferables, transferables } from './transfer.ts';

/** The buffers of every typed array anywhere in `value`. */
function buffers(value: unknown, out = new Set<ArrayBufferLike>()): Set<ArrayBufferLike> {
  if (ArrayBuffer.isView(value)) out.add(value.buffer);
  else if (Array.isArray(value)) for (const v of value) buffers(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) buffers(v, out);
  return out;
}

describe('transfer lists', () => {
  const scenario = demo as unknown as Scenario;
  const results = [0, 1].map((replication) =>
    runReplication(scenario, { seed: 3, replication, groupLoad: RESULTS_LOAD }),
  );

  it('hold every array of a replication result, the per-group load included', () => {
    const listed = new Set(transferables(results[0]));
    expect([...buffers(results[0])].filter((b) => !listed.has(b as ArrayBuffer))).toEqual([]);
  });

  it('hold every array of a merged result, the per-group and per-channel estimates included', () => {
    const merged = mergeResults(results);
    const listed = new Set(mergedTransferables(merged));
    expect(merged.groupLoad?.wait.channelDay.mean.length).toBeGreaterThan(0);
    expect([...buffers(merged)].filter((b) => !listed.has(b as ArrayBuffer))).toEqual([]);
  });
});
