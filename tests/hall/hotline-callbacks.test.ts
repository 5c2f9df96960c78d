/**
 * Callbacks on the 12366 hotline (`hotline.callbacks`, hotline-callbacks.ts): callers and their
 * callbacks are conserved exactly; a scenario without callbacks, or whose callers never accept,
 * gives bit-identical figures; with every caller who would hold taking a callback, the agents'
 * system is M/M/c and the callbacks its line, checked against Erlang C inside 99% intervals; the
 * agents' work is conserved; the callers accept and the callbacks reach with their shares inside
 * 99% binomial intervals; every new field is validated in both languages; the terminal summary
 * reports them.
 */
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC } from '../../src/sim/analytic/index.ts';
import { normalQuantile } from '../../src/sim/math/normal.ts';
import type { ReplicationResult } from '../../src/sim/hall/results.ts';
import { HallRun } from '../../src/sim/hall/hall-run.ts';
import { resolveScenario } from '../../src/sim/hall/resolve.ts';
import { runReplication } from '../../src/sim/hall/run.ts';
import { mergeResults } from '../../src/sim/results/merge.ts';
import { hotlineLines } from '../../src/cli/summary-hotline.ts';
import type { HotlineSpec, Scenario } from '../../src/sim/scenario/index.ts';
import { validateScenario } from '../../src/sim/scenario/index.ts';
import { SUITE_SEED } from '../support/seed.ts';
import { ci, describeCi, exp, inside, stationary, preset, replicate, variant } from './base.ts';

/** Agents 08:00–20:00 (24 half hours of `agents`), calls from 07:00 to 21:00 heavier in the evening. */
function daytime(agents: number, handling: HotlineSpec['handling'], callbacks: HotlineSpec['callbacks']): HotlineSpec {
  const day = Array<number>(24).fill(agents);
  return {
    callsPerDay: { ordinary: 2400, filing: 2400, deadline: 2400, closed: 600 },
    profile: [
      { start: '07:00', end: '12:00', share: 0.35 },
      { start: '12:00', end: '21:00', share: 0.65 },
    ],
    agents: {
      hours: { start: '08:00', end: '20:00' },
      seats: agents,
      schedule: { ordinary: day, filing: day, deadline: day, closed: day },
    },
    handling,
    patience: exp(1.5),
    callbacks,
  };
}

/** Every accounting identity of the hotline with callbacks; the broken ones, described. */
function conservedWithCallbacks(r: ReplicationResult): string[] {
  const m = (k: string) => r.metrics[`hotline.${k}`];
  const broken: string[] = [];
  const check = (what: string, a: number, b: number) => a !== b && broken.push(`${what}: ${a} ≠ ${b}`);
  check(
    'fresh',
    m('fresh'),
    m('ivr') + m('answered') + m('gaveUp') + m('outsideHours') + m('redialBeyondHorizon') + m('callbacks.accepted'),
  );
  check('attempts', m('attempts'), m('ivr') + m('offered') + m('outsideHours') + m('callbacks.accepted'));
  check('offered', m('offered'), m('answered') + m('abandoned'));
  check('redials', m('redials'), m('attempts') - m('fresh'));
  check('accepted', m('callbacks.accepted'), m('callbacks.made') + m('callbacks.queuedAtHorizon'));
  check('made', m('callbacks.made'), m('callbacks.reached') + m('callbacks.notReached'));
  if (!(m('callbacks.accepted') <= m('callbacks.offered'))) broken.push('accepted > offered');
  if (!(m('callbacks.cases') <= m('cases'))) broken.push('callback cases > cases');
  return broken;
}

/** Busy agent-minutes over the horizon (the per-interval series are time averages). */
const busyMinutes = (r: ReplicationResult, interval = 30) =>
  r.intervals.hotline!.busy.reduce((a, x) => a + x * interval, 0);

/** A hall with a refund type (cases), a back office, and a daytime hotline with callbacks and redials. */
function withCallbacks(callbacks: HotlineSpec['callbacks']): Scenario {
  return variant((x) => {
    x.types = [
      x.types[0],
      {
        id: 'refund',
        name: { zh: '退税', en: 'Refund' },
        share: 0,
        service: exp(10),
        immediate: false,
        case: { acceptance: exp(10), limitDays: { default: 5 }, transfer: exp(30), work: exp(60), answer: exp(30) },
      },
    ];
    x.backOffice = { officers: 3 };
    x.hotline = {
      ...daytime(3, { kind: 'lognormal', mean: 3, cv: 0.8 }, callbacks),
      typeShares: { filing: 0.7, refund: 0.3 },
      caseShare: 0.5,
      redial: { probability: 0.5, delay: exp(20) },
      ivr: { completes: 0.2 },
    };
  });
}

const ON = { offerAboveSeconds: 60, acceptShare: 0.6, reachShare: 0.85, withinMinutes: 60 };

describe('callbacks on the 12366 hotline', () => {
  it('conserve callers and callbacks exactly; callbacks are neither offered attempts nor in the series', () => {
    const s = withCallbacks(ON);
    expect(validateScenario(s)).toEqual([]);
    const res = replicate(s, 6);
    let queuedAtHorizon = 0;
    for (const r of res) {
      expect(conservedWithCallbacks(r)).toEqual([]);
      const m = (k: string) => r.metrics[`hotline.${k}`];
      expect(m('callbacks.made')).toBeGreaterThan(100);
      expect(m('callbacks.notReached')).toBeGreaterThan(0);
      expect(m('callbacks.cases')).toBeGreaterThan(0);
      queuedAtHorizon += m('callbacks.queuedAtHorizon');
      // The per-interval series count the calls offered to the agents only.
      const iv = r.intervals.hotline!;
      const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
      expect(total(iv.offered)).toBe(m('offered'));
      expect(total(iv.answered)).toBe(m('answered'));
      expect(total(iv.abandoned)).toBe(m('abandoned'));
      // Cases from reached callbacks are the hotline's cases in the ledger too.
      expect(r.ledgers.cases.filter((row) => row.source === 'hotline').length).toBe(m('cases'));
      // Callbacks requested in the evening wait for the morning: some miss a one-hour target.
      expect(m('callbacks.withinShare')).toBeLessThan(1);
    }
    // Agents stop at 20:00 and the horizon ends at midnight: the last evening's callbacks stay queued.
    expect(queuedAtHorizon).toBeGreaterThan(0);
  });

  it('an agent makes a callback only when no caller is holding; those left at the end of the hours wait for the morning', () => {
    const run = new HallRun(resolveScenario(withCallbacks(ON)), SUITE_SEED, 0);
    const hotline = run.hotline!;
    // Watch every callback as the agent makes it (the hotline's own handler, wrapped).
    const inner = hotline as unknown as { callbackMade(id: number, seat: number, delay: number): void };
    const made = inner.callbackMade.bind(hotline);
    let callbacks = 0;
    let withCallerHolding = 0;
    let overnight = 0;
    inner.callbackMade = (id, seat, delay) => {
      callbacks++;
      if (hotline.pool.line.lengthOf(0) > 0) withCallerHolding++;
      // Agents are off from 20:00 to 08:00: a callback made more than 12 hours after its request
      // waited through the night.
      if (delay > 12 * 60) overnight++;
      made(id, seat, delay);
    };
    run.run();
    expect(callbacks).toBeGreaterThan(100);
    expect(withCallerHolding).toBe(0);
    expect(overnight).toBeGreaterThan(0);
    // Callers did hold meanwhile (those whose estimated wait was a minute or less).
    expect(hotline.c.answered).toBeGreaterThan(hotline.c.answeredWithin[0]);
  });

  it('with nobody accepting, or the threshold out of reach, every other figure is bit-identical to no callbacks', () => {
    const none = withCallbacks(null);
    const zero = withCallbacks({ ...ON, acceptShare: 0 });
    const never = withCallbacks({ ...ON, offerAboveSeconds: 86_400 });
    const others = (r: ReplicationResult) =>
      Object.fromEntries(Object.entries(r.metrics).filter(([k]) => !k.startsWith('hotline.callbacks.')));
    for (const replication of [0, 1]) {
      const a = runReplication(none, { seed: SUITE_SEED, replication });
      const b = runReplication(zero, { seed: SUITE_SEED, replication });
      const c = runReplication(never, { seed: SUITE_SEED, replication });
      expect(Object.keys(a.metrics).some((k) => k.startsWith('hotline.callbacks.'))).toBe(false);
      expect(others(b)).toEqual(a.metrics);
      expect(others(c)).toEqual(a.metrics);
      expect(b.intervals).toEqual(a.intervals);
      expect(c.intervals).toEqual(a.intervals);
      expect(b.ledgers).toEqual(a.ledgers);
      // The offers were made (and declined); with the threshold out of reach none was.
      expect(b.metrics['hotline.callbacks.offered']).toBeGreaterThan(100);
      expect(b.metrics['hotline.callbacks.accepted']).toBe(0);
      expect(c.metrics['hotline.callbacks.offered']).toBe(0);
    }
  });

  it('absent or null, callbacks leave the city-hotline preset’s result bit-identical', () => {
    const absent = preset('city-hotline');
    expect(absent.hotline?.callbacks).toBeUndefined();
    const nulled = variant((x) => (x.hotline!.callbacks = null), absent);
    const a = runReplication(absent, { seed: SUITE_SEED, replication: 0 });
    const b = runReplication(nulled, { seed: SUITE_SEED, replication: 0 });
    expect(b).toEqual(a);
  });

  // Every caller who would hold takes a callback (threshold 0, all accept, all reached): no caller
  // ever holds, so the jobs in the agents' system (calls being answered, callbacks waiting or being
  // made) rise by one at each fresh call (Poisson λ) and fall at rate min(n, c)·μ, all with the
  // same exponential handling: M/M/c, whose line is the callbacks, first come first served. By
  // PASTA a call finds all c agents busy, and so becomes a callback, with the Erlang C probability
  // C(c, λ/μ); a callback waits as a queued M/M/c customer, Exp(cμ − λ): mean 1/(cμ − λ), made
  // within W minutes with 1 − e^{−(cμ − λ)W}; the agents are busy λ/(cμ) of the time, the
  // callbacks' time included. Patience and redials never come into play.
  const [lambda, mu, c, W] = [3, 0.5, 7, 2];
  const mmc = variant((s) => {
    s.calendar.days = 10;
    s.calendar.warmupDays = 1;
    s.hotline = {
      ...stationary(lambda, c, 1 / mu, 1),
      callbacks: { offerAboveSeconds: 0, acceptShare: 1, reachShare: 1, withinMinutes: W },
    };
  });

  it('taken by every caller who would hold, callbacks make the agents an M/M/c queue: Erlang C inside 99% intervals', () => {
    expect(validateScenario(mmc)).toEqual([]);
    const res = replicate(mmc, 20);
    for (const r of res) {
      const m = (k: string) => r.metrics[`hotline.${k}`];
      // Exact: nobody holds, so every answered call is answered at once and nobody hangs up.
      expect(m('abandoned')).toBe(0);
      expect(m('wait.mean')).toBe(0);
      expect(m('serviceLevel.20s')).toBe(1);
      expect(m('callbacks.accepted')).toBe(m('callbacks.offered'));
      expect(m('callbacks.notReached')).toBe(0);
      expect(conservedWithCallbacks(r)).toEqual([]);
    }
    const a = lambda / mu;
    const checks: [string, (r: ReplicationResult) => number, number][] = [
      [
        'share of calls to the agents finding them all busy',
        (r) =>
          r.metrics['hotline.callbacks.offered'] /
          (r.metrics['hotline.offered'] + r.metrics['hotline.callbacks.offered']),
        erlangC(c, a),
      ],
      ['mean delay of a callback', (r) => r.metrics['hotline.callbacks.delay.mean'], 1 / (c * mu - lambda)],
      [
        'callbacks made within W',
        (r) => r.metrics['hotline.callbacks.withinShare'],
        1 - Math.exp(-(c * mu - lambda) * W),
      ],
      ['occupancy with the callbacks', (r) => r.metrics['hotline.occupancy'], lambda / (c * mu)],
    ];
    for (const [what, pick, value] of checks) {
      const e = ci(res, pick);
      expect(inside(e, value), `${what}: exact ${value.toPrecision(5)} vs ${describeCi(e)}`).toBe(true);
    }
    // Tight enough to mean something: to ±0.02, far from Erlang B (the share if callbacks took
    // no agent time: every call finding an agent free would be answered, the rest lost).
    const busy = ci(res, checks[0][1]);
    expect(busy.halfWidth).toBeLessThan(0.02);
    expect(inside(busy, erlangB(c, a))).toBe(false);
  });

  // The agents' busy minutes are the time of what they did: answered calls and reached callbacks
  // take the handling time the caller drew, unreached callbacks `unreachedSeconds`. A job's handling
  // time is drawn before, and independently of, whether it is answered or its callback made before
  // the horizon (that depends on the jobs ahead of it only), so E[busy] = (answered + reached) ×
  // mean handling + not reached × unreached (Wald). Agents stop at 20:00 and every call ends long
  // before midnight, so all that work lies inside the horizon. With constant handling it is exact.
  it('conserve the agents’ work: busy minutes = (answered + reached) × handling + not reached × unreached time', () => {
    const cb = { offerAboveSeconds: 0, acceptShare: 1, reachShare: 0.7, unreachedSeconds: 30 };
    const at = (handling: HotlineSpec['handling']) =>
      variant((s) => {
        s.hotline = daytime(4, handling, cb);
      });
    const work = (r: ReplicationResult, mean: number) =>
      (r.metrics['hotline.answered'] + r.metrics['hotline.callbacks.reached']) * mean +
      r.metrics['hotline.callbacks.notReached'] * 0.5;
    // Constant handling: exact up to rounding, in every replication.
    for (const r of replicate(at({ kind: 'deterministic', value: 4 }), 3)) {
      expect(busyMinutes(r)).toBeCloseTo(work(r, 4), 6);
      expect(r.metrics['hotline.wait.mean']).toBe(0);
      expect(conservedWithCallbacks(r)).toEqual([]);
    }
    // Exponential handling: the difference has mean 0.
    const res = replicate(at(exp(4)), 20);
    const e = ci(res, (r) => busyMinutes(r) - work(r, 4));
    expect(inside(e, 0), `busy − expected work: ${describeCi(e)} minutes`).toBe(true);
    // The unreached callbacks' time is visible at this precision (leaving it out would be a bias).
    const unreached = ci(res, (r) => r.metrics['hotline.callbacks.notReached'] * 0.5);
    expect(e.halfWidth).toBeLessThan(unreached.mean);
  });

  it('callers accept, and callbacks reach the taxpayer, with their shares inside 99% binomial intervals', () => {
    const res = replicate(withCallbacks(ON), 10);
    const z = normalQuantile(0.995);
    const sum = (k: string) => res.reduce((a, r) => a + r.metrics[`hotline.callbacks.${k}`], 0);
    const binomial = (what: string, hits: number, n: number, p: number) => {
      const half = z * Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(hits / n - p), `${what}: ${hits}/${n} vs ${p} ± ${half.toPrecision(3)}`).toBeLessThanOrEqual(
        half,
      );
    };
    expect(sum('offered')).toBeGreaterThan(2000);
    binomial('accepted of offered', sum('accepted'), sum('offered'), ON.acceptShare);
    binomial('reached of made', sum('reached'), sum('made'), ON.reachShare);
  });

  it('the terminal summary reports the callbacks in both languages, only when there are any', () => {
    const s = withCallbacks(ON);
    const merged = mergeResults(replicate(s, 2));
    const en = hotlineLines(s, merged, 'en').join('\n');
    expect(en).toContain('callbacks');
    expect(en).toMatch(/made within 60 min of the request \(of made\) +\d+\.\d%/);
    expect(en).toMatch(/still queued at the end of the horizon +\d/);
    const zh = hotlineLines(s, merged, 'zh-CN').join('\n');
    expect(zh).toMatch(/接受率（占提供） +\d+\.\d%/);
    expect(zh).toContain('请求后 60 分钟内回拨（占已回拨）');
    const without = withCallbacks(null);
    const plain = hotlineLines(without, mergeResults(replicate(without, 2)), 'en').join('\n');
    expect(plain).not.toContain('callbacks');
  });
});

describe('the callbacks block is validated like every block, in both languages', () => {
  const withBlock = (callbacks: unknown) =>
    variant((s) => {
      s.hotline = { ...stationary(1, 3, 2, 1), callbacks: callbacks as HotlineSpec['callbacks'] };
    });
  const problems = (s: Scenario) => validateScenario(s).map((p) => ({ path: p.path, code: p.code, ...p.message }));
  const zhField = '12366 热线 › 回拨 › ';

  it('accepts a full block, the defaults, and null', () => {
    expect(validateScenario(withBlock(ON))).toEqual([]);
    expect(validateScenario(withBlock({ offerAboveSeconds: 0, acceptShare: 0, reachShare: 1 }))).toEqual([]);
    expect(validateScenario(withBlock(null))).toEqual([]);
  });

  it.each([
    [
      'offerAboveSeconds',
      -1,
      'too_small',
      'got -1; must be at least 0 seconds',
      '提供回拨的预计等待（秒）：取值 -1 过小，应不小于 0 秒',
    ],
    [
      'offerAboveSeconds',
      100_000,
      'too_big',
      'got 100000; must be at most 86,400 seconds',
      '提供回拨的预计等待（秒）：取值 100000 过大，应不大于 86,400 秒',
    ],
    ['acceptShare', -0.1, 'too_small', 'got -0.1; must be at least 0', '接受回拨比例：取值 -0.1 过小，应不小于 0'],
    ['acceptShare', 1.5, 'too_big', 'got 1.5; must be at most 1', '接受回拨比例：取值 1.5 过大，应不大于 1'],
    ['reachShare', 0, 'too_small', 'got 0; must be greater than 0', '回拨联系上比例：取值 0 过小，应大于 0'],
    ['reachShare', 1.01, 'too_big', 'got 1.01; must be at most 1', '回拨联系上比例：取值 1.01 过大，应不大于 1'],
    [
      'withinMinutes',
      0,
      'too_small',
      'got 0; must be greater than 0 minutes',
      '回拨时限（分钟）：取值 0 过小，应大于 0 分钟',
    ],
    [
      'withinMinutes',
      20_000,
      'too_big',
      'got 20000; must be at most 10,080 minutes',
      '回拨时限（分钟）：取值 20000 过大，应不大于 10,080 分钟',
    ],
    [
      'unreachedSeconds',
      -5,
      'too_small',
      'got -5; must be at least 0 seconds',
      '未联系上的回拨用时（秒）：取值 -5 过小，应不小于 0 秒',
    ],
  ])('%s = %s', (field, value, code, en, zh) => {
    const found = problems(withBlock({ ...ON, [field]: value }));
    expect(found).toEqual([
      { path: `hotline.callbacks.${field}`, code, en: `hotline.callbacks.${field}: ${en}`, zh: `${zhField}${zh}` },
    ]);
  });

  it('a missing required field, a value of the wrong type, and a misspelt field', () => {
    const found = problems(withBlock({ offerAboveSeconds: '120', acceptShare: 0.6, reachshare: 0.9 }));
    expect(found).toContainEqual({
      path: 'hotline.callbacks.reachShare',
      code: 'required',
      en: 'hotline.callbacks.reachShare: is missing; required: a number',
      zh: `${zhField}回拨联系上比例：缺少此项（必填），应为数值`,
    });
    expect(found).toContainEqual({
      path: 'hotline.callbacks.offerAboveSeconds',
      code: 'wrong_type',
      en: 'hotline.callbacks.offerAboveSeconds: got "120"; expected a number',
      zh: `${zhField}提供回拨的预计等待（秒）：取值 "120" 类型不对，应为数值`,
    });
    const misspelt = found.find((p) => p.code === 'unknown_field');
    expect(misspelt?.path).toBe('hotline.callbacks.reachshare');
    expect(misspelt?.en).toContain('did you mean "reachShare"?');
    expect(misspelt?.zh).toContain('是否应为 "reachShare"？');
  });

  it('a block that is not an object', () => {
    const found = problems(withBlock(120));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'hotline.callbacks', code: 'wrong_type' });
    expect(found[0].en).toContain('or null');
    expect(found[0].zh).toContain('12366 热线 › 回拨：');
  });
});
