import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { attainment, uniformTargets } from './attainment.ts';
import { diagnose, keptApart, type RoutingFacts } from './diagnosis.ts';
import { channelCell, groupLoadCell, RESULTS_LOAD } from '../hall/group-load.ts';
import { mergeResults } from './merge.ts';
import type { MergedGroupLoad, ShareEstimate, WaitEstimate } from './merge-group-load.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { runReplication } from '../hall/run.ts';
import { CHANNELS, DAY_TYPES, type Scenario } from '../scenario/index.ts';
import { greenChannelCase } from '../hall/testing/green-channel-case.ts';

const facts = (
  groups: { kind: 'general' | 'dedicated' | 'green' | 'appointment'; serves: number[]; channels: boolean[] }[],
  routing: RoutingFacts['routing'] = 'shortestExpectedWait',
): RoutingFacts => ({
  groups: groups.map((g) => ({ ...g, serves: Uint8Array.from(g.serves) })),
  routing,
});
const ALL = [true, true, true];
const STAGGERED_ONLY = [false, false, true];
const NO_STAGGERED = [true, true, false];
const ch = (c: string) => CHANNELS.indexOf(c as (typeof CHANNELS)[number]);

describe('what keeps a group’s windows from another group’s line (routing.ts)', () => {
  it('names the channel, the channel’s own windows, the business types or first-eligible order', () => {
    const f = facts([
      { kind: 'general', serves: [1, 1], channels: NO_STAGGERED },
      { kind: 'green', serves: [1, 1], channels: STAGGERED_ONLY },
      { kind: 'general', serves: [1, 1], channels: ALL },
      { kind: 'dedicated', serves: [1, 0], channels: ALL },
    ]);
    expect(keptApart(f, 0, 1, ch('staggered'))).toBe('channel');
    // General windows that do serve staggered bookings: the green channel takes them alone while open.
    expect(keptApart(f, 2, 1, ch('staggered'))).toBe('preferred');
    // A dedicated window does not take every type a general window serves.
    expect(keptApart(f, 3, 2, ch('walkIn'))).toBe('types');
    // A general window can take a dedicated window's walk-ins, unless routing takes the first eligible.
    expect(keptApart(f, 2, 3, ch('walkIn'))).toBe(null);
    expect(keptApart({ ...f, routing: 'firstEligible' }, 2, 3, ch('walkIn'))).toBe('order');
  });
});

/** A merged load of two groups and two intervals of ordinary days (4 days), zero but for `set`. */
function handMade(set: (l: MergedGroupLoad) => void): MergedGroupLoad {
  const G = 2;
  const I = 2;
  const cells = G * DAY_TYPES.length * I;
  const cc = cells * CHANNELS.length;
  const z = (n: number) => new Float64Array(n);
  const l = {
    groups: ['general', 'green'],
    intervals: I,
    intervalMinutes: 30,
    open: 540,
    bins: 0,
    days: { ordinary: 4, filing: 0, deadline: 0 },
    replications: 5,
    joined: z(cells),
    served: z(cells),
    within: z(cells),
    abandoned: z(cells),
    waitSum: z(cells),
    serviceSum: z(cells),
    presence: z(cells),
    queue: z(cells),
    busy: z(cells),
    staffed: z(cells),
    queueHalfWidth: z(cells),
    busyHalfWidth: z(cells),
    staffedHalfWidth: z(cells),
    inSystem: z(0),
    channelJoined: z(cc),
    channelServed: z(cc),
    channelWithin: z(cc),
    channelWaitSum: z(cc),
    channelAbandoned: z(cc),
  } as unknown as MergedGroupLoad;
  set(l);
  // The shares as merge-group-load.ts would give them (no half-widths).
  const share = (n: number, key: (c: number) => number, within: Float64Array, joined: Float64Array): ShareEstimate => {
    const w = z(n);
    const j = z(n);
    for (let c = 0; c < joined.length; c++) {
      w[key(c)] += within[c];
      j[key(c)] += joined[c];
    }
    return { mean: Float64Array.from(w, (x, i) => (j[i] > 0 ? x / j[i] : 1)), halfWidth: z(n), joined: j };
  };
  const T = DAY_TYPES.length;
  const C = CHANNELS.length;
  l.share = {
    cell: share(cells, (c) => c, l.within, l.joined),
    groupDay: share(G * T, (c) => Math.floor(c / I), l.within, l.joined),
    hallInterval: share(T * I, (c) => (Math.floor(c / I) % T) * I + (c % I), l.within, l.joined),
    hallDay: share(T, (c) => Math.floor(c / I) % T, l.within, l.joined),
    hallAll: share(1, () => 0, l.within, l.joined),
    channelInterval: share(
      C * T * I,
      (c) => (Math.floor(c / I) % (C * T)) * I + (c % I),
      l.channelWithin,
      l.channelJoined,
    ),
    channelDay: share(C * T, (c) => Math.floor(c / I) % (C * T), l.channelWithin, l.channelJoined),
  };
  l.wait = {} as {
    cell: WaitEstimate;
    groupDay: WaitEstimate;
    channelInterval: WaitEstimate;
    channelDay: WaitEstimate;
  };
  return l;
}

describe('the diagnosis on a hall made by hand', () => {
  const f = facts([
    { kind: 'general', serves: [1], channels: NO_STAGGERED },
    { kind: 'green', serves: [1], channels: STAGGERED_ONLY },
  ]);
  // Ordinary days (4 of them). 09:00: general windows 40 joined, 36 in time (4 days), no line;
  // the green channel 2 joined, 0 in time. 09:30: 100 staggered bookings at the green channel,
  // 60 in time, 12 waiting on average, 1 of 1 window busy; general 8 joined, all in time, 5 of
  // 8 staffed windows busy on average.
  const d = DAY_TYPES.indexOf('ordinary');
  const put = (l: MergedGroupLoad, g: number, c: number, k: number, joined: number, within: number) => {
    l.joined[groupLoadCell(2, g, d, k)] += joined;
    l.within[groupLoadCell(2, g, d, k)] += within;
    l.channelJoined[channelCell(2, g, c, d, k)] += joined;
    l.channelWithin[channelCell(2, g, c, d, k)] += within;
  };
  const load = handMade((l) => {
    put(l, 0, ch('walkIn'), 0, 40, 36);
    put(l, 1, ch('staggered'), 0, 2, 0);
    put(l, 1, ch('staggered'), 1, 100, 60);
    put(l, 0, ch('walkIn'), 1, 8, 8);
    l.queue[groupLoadCell(2, 1, d, 1)] = 48;
    l.busy[groupLoadCell(2, 1, d, 1)] = 4;
    l.staffed[groupLoadCell(2, 1, d, 1)] = 4;
    l.busy[groupLoadCell(2, 0, d, 1)] = 20;
    l.staffed[groupLoadCell(2, 0, d, 1)] = 32;
  });
  const out = diagnose(load, f, uniformTargets(0.9));

  it('lists the intervals below the target, most falling short first, per day of the kind', () => {
    // 09:00: 42 joined, 36 in time (0.857); 09:30: 108 joined, 68 in time (0.630).
    expect(out.intervals).toEqual({ met: 0, total: 2 });
    expect(out.missed.map((m) => [m.start, m.share.mean])).toEqual([
      [570, 68 / 108],
      [540, 36 / 42],
    ]);
    const [first] = out.missed;
    expect(first.joinedPerDay).toBe(27);
    expect(first.shortfallPerDay).toBeCloseTo(10, 12);
    expect(out.closest).toBe(null);
  });

  it('names the group and channel that fall short most, and the line there', () => {
    const [first, second] = out.missed;
    expect(first.group).toMatchObject({ index: 1, joinedPerDay: 25, shortfallPerDay: 10 });
    expect(first.channel).toMatchObject({ index: ch('staggered'), joinedPerDay: 25, shortfallPerDay: 10 });
    expect(first.groupChannel).toBe(ch('staggered'));
    expect(first.line).toEqual({ queue: 12, queueHalfWidth: 0, busy: 1, staffed: 1 });
    // 09:00: the general windows fail 1 a day, the green channel 0.5.
    expect(second.group).toMatchObject({ index: 0, shortfallPerDay: 1 });
  });

  it('finds general windows idle while staggered bookings queue at the green channel', () => {
    expect(out.missed[0].idle).toEqual([
      { group: 0, idle: 3, staffed: 8, channel: ch('staggered'), reason: 'channel', servedBy: [1] },
    ]);
    // No line at the green channel at 09:00: nothing is idle "while others queue".
    expect(out.missed[1].idle).toEqual([]);
  });

  it('says which interval comes closest when every one meets the target', () => {
    const met = diagnose(load, f, uniformTargets(0.5));
    expect(met.missed).toEqual([]);
    expect(met.intervals).toEqual({ met: 2, total: 2 });
    expect(met.closest?.start).toBe(570);
  });
});

describe('the diagnosis on simulated halls', () => {
  const run = (s: Scenario) =>
    mergeResults(
      Array.from({ length: 6 }, (_, replication) =>
        runReplication(s, { seed: 7, replication, groupLoad: RESULTS_LOAD }),
      ),
    ).groupLoad!;
  const groupId = (load: MergedGroupLoad, i: number) => load.groups[i];

  it('recognises the director’s case: staggered bookings queue at the green channel while general windows idle', () => {
    const s = greenChannelCase(demo as unknown as Scenario);
    const load = run(s);
    const out = diagnose(load, resolveScenario(s), uniformTargets(0.9));
    const top = out.missed[0];
    expect(top.dayType).toBe('filing');
    // The green channel opens 14:00–16:00 on filing days (intervals 10–13 from 09:00).
    expect(top.k).toBeGreaterThanOrEqual(10);
    expect(top.k).toBeLessThanOrEqual(13);
    expect(top.start).toBe(540 + top.k * 30);
    expect(groupId(load, top.group.index)).toBe('green');
    expect(CHANNELS[top.channel.index]).toBe('staggered');
    expect(CHANNELS[top.groupChannel]).toBe('staggered');
    expect(top.share.mean).toBeLessThan(0.9);
    const general = top.idle.find((x) => groupId(load, x.group) === 'general');
    expect(general).toMatchObject({ reason: 'channel', channel: ch('staggered') });
    expect(general!.idle).toBeGreaterThanOrEqual(1);
    expect(general!.servedBy.map((i) => groupId(load, i))).toEqual(['green', 'appointment']);
    expect(out.intervals).toEqual(attainment(load, uniformTargets(0.9)).intervals);
  });

  it('finds the same in the demo hall, where the green channel takes staggered bookings alone while open', () => {
    const s = demo as unknown as Scenario;
    const load = run(s);
    const out = diagnose(load, resolveScenario(s), uniformTargets(0.9));
    const top = out.missed[0];
    expect([top.dayType, groupId(load, top.group.index), CHANNELS[top.groupChannel]]).toEqual([
      'filing',
      'green',
      'staggered',
    ]);
    expect(top.idle.find((x) => groupId(load, x.group) === 'general')?.reason).toBe('preferred');
    expect(out.intervals).toEqual(attainment(load, uniformTargets(0.9)).intervals);
  });
});
