/**
 * Storage kept from one replication to the next on a thread (the taxpayer store, the wait
 * records and their sorting buffers) and set-up shared by the replications of a scenario
 * (setup.ts) change no result: a replication run on fresh storage and the same replication run
 * after others, of bigger scenarios and with every optional record, are equal bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { dropSpareStorage } from '../../src/sim/hall/hall-run.ts';
import { runReplication, type ReplicationOptions } from '../../src/sim/hall/run.ts';
import { preset } from './base.ts';
import { SUITE_SEED } from '../support/seed.ts';

/** Every number (bits, -0 apart from 0) and every typed array's bytes, by path. */
function bitsOf(v: unknown, path = '', out: string[] = []): string[] {
  if (ArrayBuffer.isView(v)) {
    out.push(`${path}=${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`);
  } else if (Array.isArray(v)) v.forEach((x, i) => bitsOf(x, `${path}[${i}]`, out));
  else if (typeof v === 'object' && v !== null)
    for (const k of Object.keys(v).sort()) bitsOf((v as Record<string, unknown>)[k], `${path}.${k}`, out);
  else if (typeof v === 'number') out.push(`${path}=${Object.is(v, -0) ? '-0' : v.toString()}`);
  else out.push(`${path}=${String(v)}`);
  return out;
}

describe('storage kept between replications', () => {
  const demo = preset('demo-hall');
  const others = [preset('city-deadline-day'), preset('kiosk-network'), preset('city-hotline')];
  const options: Omit<ReplicationOptions, 'replication'>[] = [
    { seed: SUITE_SEED, groupLoad: true, ticketLog: true },
    { seed: SUITE_SEED },
  ];

  it('leaks nothing into the next replication: replication 3 alone equals replication 3 after others', () => {
    for (const o of options) {
      dropSpareStorage();
      const alone = bitsOf(runReplication(demo, { ...o, replication: 3 }));
      dropSpareStorage();
      for (let r = 0; r < 3; r++) runReplication(others[r], { ...o, replication: r });
      const after = bitsOf(runReplication(demo, { ...o, replication: 3 }));
      expect(after.length).toBe(alone.length);
      expect(after).toEqual(alone);
    }
  });
});
