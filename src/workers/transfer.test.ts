/**
 * Every typed array of a result is in its transfer list: one left out would be copied between
 * threads (slow for a month's series) instead of moved. (Merged results stay where they are made.)
 */
import { describe, expect, it } from 'vitest';
import demo from '../../data/scenarios/demo-hall.json';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { transferables } from './transfer.ts';

/** The buffers of every typed array anywhere in `value`. */
function buffers(value: unknown, out = new Set<ArrayBufferLike>()): Set<ArrayBufferLike> {
  if (ArrayBuffer.isView(value)) out.add(value.buffer);
  else if (Array.isArray(value)) for (const v of value) buffers(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) buffers(v, out);
  return out;
}

describe('transfer lists', () => {
  const scenario = demo as unknown as Scenario;
  const result = runReplication(scenario, { seed: 3, replication: 0, groupLoad: RESULTS_LOAD });

  it('hold every array of a replication result, the per-group load included', () => {
    const listed = new Set(transferables(result));
    expect([...buffers(result)].filter((b) => !listed.has(b as ArrayBuffer))).toEqual([]);
  });
});
