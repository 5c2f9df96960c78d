import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { runReplication } from './run.ts';
import type { Scenario } from '../scenario/index.ts';

describe('the ticket log', () => {
  const r = runReplication(demo as unknown as Scenario, { seed: 3, replication: 0, ticketLog: true });
  const log = r.ticketLog!;

  it('is recorded only when asked for', () => {
    expect(runReplication(demo as unknown as Scenario, { seed: 3, replication: 1 }).ticketLog).toBeUndefined();
  });

  it('has a row for every ticket and no-show, agreeing with the counts and waits', () => {
    const by = (o: string) => log.filter((x) => x.outcome === o).length;
    expect(by('served') + by('transferred')).toBe(r.metrics['count.served.window']);
    expect(by('abandoned')).toBe(r.metrics['count.abandoned']);
    expect(by('noShow')).toBe(r.metrics['count.appointments.noShow'] + r.metrics['count.staggered.noShow']);
    const served = log.filter((x) => x.start !== null);
    const meanWait = served.reduce((a, x) => a + (x.start! - x.ticket), 0) / served.length;
    expect(meanWait).toBeCloseTo(r.metrics['wait.all.mean'], 9);
    // Transferred rows are exactly the non-immediate matters accepted at windows.
    expect(log.filter((x) => x.outcome === 'transferred').every((x) => x.type === 'export-refund')).toBe(true);
  });

  it('numbers tickets in time order, with times that make sense', () => {
    log.forEach((x, i) => {
      expect(x.id).toBe(i + 1);
      if (i > 0) expect(x.ticket).toBeGreaterThanOrEqual(log[i - 1].ticket);
      if (x.start !== null) {
        expect(x.start).toBeGreaterThanOrEqual(x.ticket);
        expect(x.end!).toBeGreaterThan(x.start);
        expect(x.call).toBe(x.start);
        expect(x.group).not.toBeNull();
        expect(x.window).toBeGreaterThanOrEqual(1);
      }
    });
    expect(new Set(log.map((x) => x.channel))).toEqual(new Set(['walkIn', 'appointment', 'staggered', 'green']));
  });
});
