import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import {
  DEFAULT_TEMPLATES,
  buildColumns,
  coverageOf,
  defaultTemplates,
  intervalLabel,
  onDutyOf,
  planRoster,
  startTimes,
  type RosterInput,
  type RosterResult,
  type ShiftColumn,
  type ShiftTemplate,
} from './roster.ts';

/** The demo hall's general windows on a filing day: 09:00–17:00 in 30-minute intervals. */
const FILING = [12, 11, 12, 12, 9, 9, 4, 4, 6, 6, 11, 11, 11, 11, 7, 4];
const OPEN = 9 * 60;

const hm = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** On duty per interval, recomputed from the definition: at a window for the whole interval. */
function onDutyByDefinition(
  r: RosterResult,
  templates: readonly ShiftTemplate[],
  open: number,
  step: number,
  n: number,
): number[] {
  const out = new Array<number>(n).fill(0);
  for (const s of r.shifts) {
    const t = templates.find((x) => x.id === s.templateId)!;
    const start = hm(s.start);
    const end = start + t.lengthMinutes;
    for (let k = 0; k < n; k++) {
      const a = open + k * step;
      const b = a + step;
      const onBreak = s.breakStart !== null && a < hm(s.breakEnd!) && hm(s.breakStart) < b;
      if (start <= a && b <= end && !onBreak) out[k] += s.count;
    }
  }
  return out;
}

/** The cheapest integer combination of the columns, by exhaustive search (null: none). */
function bruteForce(
  columns: ShiftColumn[],
  targets: number[],
  templates: ShiftTemplate[],
  maxOnDuty?: number,
): number | null {
  // More copies of one column than the largest requirement are never needed.
  const cap = Math.max(...targets);
  const x = new Array<number>(columns.length).fill(0);
  let best = Infinity;
  const visit = (j: number, cost: number) => {
    if (cost >= best - 1e-9) return;
    if (j === columns.length) {
      for (let k = 0; k < targets.length; k++) {
        let on = 0;
        columns.forEach((c, i) => {
          on += c.coverage[k] * x[i];
        });
        if (on < targets[k] || (maxOnDuty !== undefined && on > maxOnDuty)) return;
      }
      for (let t = 0; t < templates.length; t++) {
        const used = columns.reduce((a, c, i) => a + (c.template === t ? x[i] : 0), 0);
        if (templates[t].maxCount !== undefined && used > templates[t].maxCount!) return;
      }
      best = cost;
      return;
    }
    for (let v = 0; v <= cap; v++) {
      x[j] = v;
      visit(j + 1, cost + v * columns[j].cost);
    }
    x[j] = 0;
  };
  visit(0, 0);
  return Number.isFinite(best) ? best : null;
}

/** A small deterministic generator (LCG) for the random instances. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const tpl = (
  id: string,
  lengthMinutes: number,
  starts: ShiftTemplate['starts'],
  extra: Partial<ShiftTemplate> = {},
): ShiftTemplate => ({
  id,
  name: { zh: id, en: id },
  lengthMinutes,
  starts,
  break: null,
  ...extra,
});

describe('default templates', () => {
  it('are a full day with lunch and two capped half days for a 09:00–17:00 hall', () => {
    const [full, morning, afternoon] = DEFAULT_TEMPLATES;
    expect(full.lengthMinutes).toBe(510);
    expect(startTimes(full)).toEqual([hm('08:30'), hm('09:00'), hm('09:30')]);
    expect(full.break).toEqual({ minutes: 60, earliestAfterStartMinutes: 180, latestAfterStartMinutes: 270 });
    expect(startTimes(morning)).toEqual([hm('08:30'), hm('09:00')]);
    expect(startTimes(afternoon)).toEqual([hm('12:00'), hm('12:30'), hm('13:00')]);
    expect([morning.lengthMinutes, afternoon.lengthMinutes, morning.maxCount, afternoon.maxCount]).toEqual([
      240, 240, 4, 4,
    ]);
    // Another hall's hours shift them with it.
    const other = defaultTemplates('08:30', '17:30');
    expect(startTimes(other[0])).toEqual([hm('08:00'), hm('08:30'), hm('09:00')]);
    expect(startTimes(other[2])).toEqual([hm('12:30'), hm('13:00'), hm('13:30')]);
  });

  it('generate 12 full-day, 2 morning and 3 afternoon columns on the 30-minute grid', () => {
    const cols = buildColumns(DEFAULT_TEMPLATES, { open: OPEN, intervalMinutes: 30, count: 16 });
    expect(cols.filter((c) => c.templateId === 'full')).toHaveLength(12); // 3 starts × 4 lunch starts
    expect(cols.filter((c) => c.templateId === 'morning')).toHaveLength(2);
    expect(cols.filter((c) => c.templateId === 'afternoon')).toHaveLength(3);
    // 08:30 start, lunch 12:00–13:00: at a window 09:00–12:00 and 13:00–17:00.
    const c = cols.find((x) => x.templateId === 'full' && x.start === hm('08:30') && x.breakStart === hm('12:00'))!;
    expect(c.coverage).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(c.cost).toBe(8.5);
  });
});

describe('coverageOf', () => {
  const grid = { open: OPEN, intervalMinutes: 30, count: 6 }; // 09:00–12:00
  it('counts only intervals worked from start to end', () => {
    expect(coverageOf({ start: hm('09:00'), end: hm('10:30'), breakStart: null, breakEnd: null }, grid)).toEqual([
      1, 1, 1, 0, 0, 0,
    ]);
    // Starting at 09:15 and leaving at 11:15: 09:00–09:30 and 11:00–11:30 are only partly covered.
    expect(coverageOf({ start: hm('09:15'), end: hm('11:15'), breakStart: null, breakEnd: null }, grid)).toEqual([
      0, 1, 1, 1, 0, 0,
    ]);
  });
  it('takes out every interval the break touches', () => {
    expect(
      coverageOf({ start: hm('09:00'), end: hm('12:00'), breakStart: hm('10:00'), breakEnd: hm('10:30') }, grid),
    ).toEqual([1, 1, 0, 1, 1, 1]);
    // A 30-minute break on a 60-minute grid loses the whole hour.
    expect(
      coverageOf(
        { start: hm('09:00'), end: hm('12:00'), breakStart: hm('10:00'), breakEnd: hm('10:30') },
        { ...grid, intervalMinutes: 60, count: 3 },
      ),
    ).toEqual([1, 0, 1]);
  });
  it('labels intervals "HH:MM–HH:MM"', () => {
    expect(intervalLabel(grid, 2)).toBe('10:00–10:30');
  });
});

describe('planRoster on a realistic filing day', () => {
  const input: RosterInput = {
    intervalMinutes: 30,
    open: OPEN,
    requirements: FILING,
    templates: DEFAULT_TEMPLATES,
    maxOnDuty: 12,
  };

  it('covers every interval, never above the 12 installed windows, at the proven optimum', () => {
    const r = planRoster(input);
    expect(r.status).toBe('optimal');
    FILING.forEach((need, k) => {
      expect(r.onDuty[k]).toBeGreaterThanOrEqual(need);
      expect(r.onDuty[k]).toBeLessThanOrEqual(12);
    });
    expect(r.onDuty).toEqual(onDutyByDefinition(r, DEFAULT_TEMPLATES, OPEN, 30, 16));
    expect(r.onDuty).toEqual(onDutyOf(r.shifts, DEFAULT_TEMPLATES, { open: OPEN, intervalMinutes: 30, count: 16 }));
    expect(r.surplus).toEqual(r.onDuty.map((v, k) => v - FILING[k]));
    // 70 window-hours are needed; the best roster pays 96 hours (8 full days and 7 half days),
    // and the LP bound proves nothing cheaper exists.
    expect(FILING.reduce((a, b) => a + b, 0) / 2).toBe(70);
    expect(r.cost).toBe(96);
    expect(r.lowerBound).toBeCloseTo(96, 9);
    const people = (id: string) => r.shifts.filter((s) => s.templateId === id).reduce((a, s) => a + s.count, 0);
    expect([people('full'), people('morning'), people('afternoon')]).toEqual([8, 4, 3]);
    expect(r.staffHours).toBe(8 * 8.5 + 7 * 4);
    expect(r.columnsGenerated).toBe(17);
    expect(r.columns).toBeLessThanOrEqual(17);
    expect(r.message).toBeNull();
  });

  it('without a cap on windows costs no more', () => {
    const r = planRoster({ ...input, maxOnDuty: undefined });
    expect(r.status).toBe('optimal');
    expect(r.cost).toBe(96);
    FILING.forEach((need, k) => expect(r.onDuty[k]).toBeGreaterThanOrEqual(need));
  });

  it('at 10-minute intervals (48) covers every interval at the optimum', () => {
    const req = FILING.flatMap((v) => [v, v, v]);
    const r = planRoster({ ...input, intervalMinutes: 10, requirements: req });
    expect(r.status).toBe('optimal');
    req.forEach((need, k) => {
      expect(r.onDuty[k]).toBeGreaterThanOrEqual(need);
      expect(r.onDuty[k]).toBeLessThanOrEqual(12);
    });
    expect(r.onDuty).toEqual(onDutyByDefinition(r, DEFAULT_TEMPLATES, OPEN, 10, 48));
    expect(r.cost).toBeGreaterThanOrEqual(r.lowerBound - 1e-9);
    expect(r.columnsGenerated).toBe(35); // 3 starts × 10 lunch starts + 2 + 3
  });

  it('respects minOnDuty on top of the requirements', () => {
    const floor = new Array<number>(16).fill(6);
    const r = planRoster({ ...input, minOnDuty: floor });
    expect(r.status).toBe('optimal');
    r.onDuty.forEach((v, k) => expect(v).toBeGreaterThanOrEqual(Math.max(FILING[k], 6)));
    expect(r.cost).toBeGreaterThanOrEqual(96);
    // surplus is still measured against the requirements
    expect(r.surplus).toEqual(r.onDuty.map((v, k) => v - FILING[k]));
  });

  it('is deterministic', () => {
    const a = planRoster(input);
    const b = planRoster(structuredClone(input));
    expect(b.shifts).toEqual(a.shifts);
    expect(b.onDuty).toEqual(a.onDuty);
    expect(b.cost).toBe(a.cost);
  });
});

describe('breaks', () => {
  it('nobody is on duty during their break, and every break lies in its window', () => {
    const templates: ShiftTemplate[] = [
      tpl(
        'day',
        480,
        { from: '08:30', to: '10:00', everyMinutes: 30 },
        { break: { minutes: 60, earliestAfterStartMinutes: 150, latestAfterStartMinutes: 300 } },
      ),
      tpl('short', 300, ['09:00', '12:00'], {
        break: { minutes: 30, earliestAfterStartMinutes: 120, latestAfterStartMinutes: 180 },
        cost: 6,
      }),
    ];
    const r = planRoster({ intervalMinutes: 30, open: OPEN, requirements: FILING, templates, maxOnDuty: 14 });
    expect(r.status).toBe('optimal');
    expect(r.onDuty).toEqual(onDutyByDefinition(r, templates, OPEN, 30, 16));
    FILING.forEach((need, k) => expect(r.onDuty[k]).toBeGreaterThanOrEqual(need));
    for (const s of r.shifts) {
      const t = templates.find((x) => x.id === s.templateId)!;
      const start = hm(s.start);
      expect(s.breakStart).not.toBeNull();
      const bs = hm(s.breakStart!);
      expect(bs - start).toBeGreaterThanOrEqual(t.break!.earliestAfterStartMinutes);
      expect(bs - start).toBeLessThanOrEqual(t.break!.latestAfterStartMinutes);
      expect(hm(s.breakEnd!) - bs).toBe(t.break!.minutes);
      expect((bs - OPEN) % 30).toBe(0); // on the interval grid
      expect(hm(s.end) - start).toBe(t.lengthMinutes);
      // The intervals of the break are not covered by this shift.
      const alone = onDutyOf([{ ...s, count: 1 }], templates, { open: OPEN, intervalMinutes: 30, count: 16 });
      for (let k = 0; k < 16; k++) {
        const a = OPEN + k * 30;
        if (a < hm(s.breakEnd!) && bs < a + 30) expect(alone[k]).toBe(0);
      }
    }
  });
});

describe('optimality', () => {
  // 09:00–15:00 in hours; three templates with few starts, one with a break.
  const templates: ShiftTemplate[] = [
    tpl('two', 120, ['09:00', '10:00', '12:00']),
    tpl('three', 180, ['09:00', '11:00'], { cost: 2.5 }),
    tpl('split', 240, ['09:00', '10:00'], {
      break: { minutes: 60, earliestAfterStartMinutes: 60, latestAfterStartMinutes: 120 },
      cost: 3.5,
      maxCount: 2,
    }),
  ];

  it('equals exhaustive enumeration on 40 small random instances', () => {
    const rnd = lcg(2024);
    let compared = 0;
    let gaps = 0;
    for (let i = 0; i < 40; i++) {
      const n = 3 + (i % 4); // 3 to 6 intervals
      const req = Array.from({ length: n }, () => Math.floor(rnd() * 3));
      if (Math.max(...req) === 0) req[0] = 1;
      const maxOnDuty = i % 3 === 0 ? 3 : undefined;
      const r = planRoster({ intervalMinutes: 60, open: OPEN, requirements: req, templates, maxOnDuty });
      const cols = buildColumns(templates, { open: OPEN, intervalMinutes: 60, count: n });
      const best = bruteForce(cols, req, templates, maxOnDuty);
      if (best === null) {
        expect(r.status).toBe('infeasible');
      } else {
        expect(r.status).toBe('optimal');
        expect(r.cost).toBeCloseTo(best, 9);
        expect(r.cost).toBeGreaterThanOrEqual(r.lowerBound - 1e-9);
        if (r.cost > r.lowerBound + 1e-6) gaps++;
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
    expect(gaps).toBeGreaterThan(0); // some instances have an LP bound below the integer optimum
  });

  it('reports the LP bound below the cost when the relaxation is fractional', () => {
    // Three one-hour intervals; shifts cover {0,1}, {1,2} (cost 2) or {0,2} around a break (cost 3).
    // LP: half of each, 3.5; the best roster is two two-hour shifts, 4.
    const t: ShiftTemplate[] = [
      tpl('two', 120, ['09:00', '10:00']),
      tpl('split', 180, ['09:00'], {
        break: { minutes: 60, earliestAfterStartMinutes: 60, latestAfterStartMinutes: 60 },
      }),
    ];
    const r = planRoster({ intervalMinutes: 60, open: OPEN, requirements: [1, 1, 1], templates: t });
    expect(r.status).toBe('optimal');
    expect(r.cost).toBe(4);
    expect(r.lowerBound).toBeCloseTo(3.5, 9);
    expect(bruteForce(buildColumns(t, { open: OPEN, intervalMinutes: 60, count: 3 }), [1, 1, 1], t)).toBe(4);
  });

  it('shifts without breaks (consecutive ones) give an integral LP: cost equals the bound', () => {
    const templates: ShiftTemplate[] = [
      tpl('eight', 480, { from: '08:30', to: '09:30', everyMinutes: 30 }),
      tpl('six', 360, { from: '09:00', to: '11:00', everyMinutes: 30 }, { cost: 6.5 }),
      tpl('four', 240, { from: '09:00', to: '13:00', everyMinutes: 30 }, { cost: 4.5 }),
    ];
    const rnd = lcg(7);
    for (let i = 0; i < 12; i++) {
      const req = FILING.map((v) => Math.max(0, v + Math.floor(rnd() * 7) - 3));
      const r = planRoster({
        intervalMinutes: 30,
        open: OPEN,
        requirements: req,
        templates,
        maxOnDuty: i % 2 ? 16 : undefined,
      });
      expect(r.status).toBe('optimal');
      expect(r.cost).toBeCloseTo(r.lowerBound, 6);
      req.forEach((need, k) => expect(r.onDuty[k]).toBeGreaterThanOrEqual(need));
    }
  });
});

describe('infeasible rosters say why', () => {
  it('a requirement above maxOnDuty names the interval', () => {
    const req = [...FILING];
    req[2] = 13; // 10:00–10:30
    const r = planRoster({
      intervalMinutes: 30,
      open: OPEN,
      requirements: req,
      templates: DEFAULT_TEMPLATES,
      maxOnDuty: 12,
    });
    expect(r.status).toBe('infeasible');
    expect(r.shifts).toEqual([]);
    expect(Number.isNaN(r.lowerBound)).toBe(true);
    expect(r.blocking).toEqual([{ interval: 2, time: '10:00–10:30', reason: 'aboveMax', needed: 13, short: 1 }]);
    expect(r.message!.en).toContain('10:00–10:30 needs 13');
    expect(r.message!.en).toContain('maxOnDuty');
    expect(r.message!.zh).toContain('10:00–10:30 需 13 个窗口');
    expect(r.message!.zh).toContain('已设窗口数 12');
  });

  it('an interval no template can cover is named', () => {
    // Nobody works past 16:30.
    const t = [
      tpl('early', 480, ['08:30'], {
        break: { minutes: 60, earliestAfterStartMinutes: 180, latestAfterStartMinutes: 240 },
      }),
    ];
    const r = planRoster({ intervalMinutes: 30, open: OPEN, requirements: FILING, templates: t });
    expect(r.status).toBe('infeasible');
    expect(r.blocking.map((b) => [b.time, b.reason])).toEqual([['16:30–17:00', 'noTemplate']]);
    expect(r.message!.en).toBe('No roster: no shift template covers 16:30–17:00.');
    expect(r.message!.zh).toBe('无法排班：没有班次模板能覆盖 16:30–17:00。');
  });

  it('limits that only bind together give the interval left short', () => {
    // Two half days at most in the morning; the first hour needs three.
    const t = [tpl('am', 240, ['09:00'], { maxCount: 2 }), tpl('pm', 240, ['13:00'])];
    const r = planRoster({ intervalMinutes: 60, open: OPEN, requirements: [3, 2, 2, 2, 1, 1, 1, 1], templates: t });
    expect(r.status).toBe('infeasible');
    expect(r.blocking).toEqual([{ interval: 0, time: '09:00–10:00', reason: 'short', needed: 3, short: 1 }]);
    expect(r.message!.en).toContain('at most 2 on am (maxCount)');
    expect(r.message!.en).toContain('09:00–10:00 short by 1');
    expect(r.message!.zh).toContain('am至多 2 人（maxCount）');
    expect(r.message!.zh).toContain('09:00–10:00 缺 1 个窗口');
  });

  it('a cap that overlapping shifts overshoot in between is found', () => {
    // Two-hour shifts from 09:00 or 10:00; 09:00 and 11:00 need 2 each, but 10:00–11:00, where
    // both kinds are on duty, has only 3 windows.
    const t = [tpl('a', 120, ['09:00']), tpl('b', 120, ['10:00'])];
    const r = planRoster({ intervalMinutes: 60, open: OPEN, requirements: [2, 0, 2], templates: t, maxOnDuty: 3 });
    expect(r.status).toBe('infeasible');
    expect(r.blocking).toHaveLength(1);
    expect(r.blocking[0]).toMatchObject({ reason: 'short', needed: 2, short: 1 });
    expect(['09:00–10:00', '11:00–12:00']).toContain(r.blocking[0].time);
    expect(r.message!.en).toContain('at most 3 windows (maxOnDuty)');
    expect(r.message!.en).toContain(`${r.blocking[0].time} short by 1`);
    expect(r.message!.zh).toContain('窗口至多 3 个（maxOnDuty）');
  });
});

describe('input checks name the field', () => {
  const ok: RosterInput = { intervalMinutes: 30, open: OPEN, requirements: FILING, templates: DEFAULT_TEMPLATES };
  const param = (input: unknown) => {
    try {
      planRoster(input as RosterInput);
    } catch (e) {
      expect(e).toBeInstanceOf(ParameterError);
      const pe = e as ParameterError;
      expect(pe.message).toContain(pe.param);
      expect(pe.messageZh).toContain(pe.param);
      return pe.param;
    }
    throw new Error('no error thrown');
  };
  const withTemplate = (i: number, patch: Record<string, unknown>) => ({
    ...ok,
    templates: DEFAULT_TEMPLATES.map((t, j) => (j === i ? { ...t, ...patch } : t)),
  });

  it('names the bad field', () => {
    expect(param(withTemplate(1, { starts: { from: '9:00', to: '10:00', everyMinutes: 30 } }))).toBe(
      'templates[1].starts.from',
    );
    expect(param(withTemplate(1, { starts: { from: '10:00', to: '09:00', everyMinutes: 30 } }))).toBe(
      'templates[1].starts.to',
    );
    expect(param(withTemplate(2, { starts: { from: '12:00', to: '13:00', everyMinutes: 0 } }))).toBe(
      'templates[2].starts.everyMinutes',
    );
    expect(param(withTemplate(1, { starts: ['08:30', '25:00'] }))).toBe('templates[1].starts[1]');
    expect(param(withTemplate(1, { starts: ['08:30', '08:30'] }))).toBe('templates[1].starts[1]');
    expect(param(withTemplate(1, { starts: [] }))).toBe('templates[1].starts');
    expect(param(withTemplate(1, { starts: ['20:30'] }))).toBe('templates[1].starts');
    expect(param(withTemplate(1, { id: 'full' }))).toBe('templates[1].id');
    expect(param(withTemplate(0, { name: { zh: '', en: 'Full day' } }))).toBe('templates[0].name.zh');
    expect(param(withTemplate(0, { lengthMinutes: 0 }))).toBe('templates[0].lengthMinutes');
    expect(param(withTemplate(0, { cost: -1 }))).toBe('templates[0].cost');
    expect(param(withTemplate(1, { maxCount: 1.5 }))).toBe('templates[1].maxCount');
    expect(
      param(withTemplate(0, { break: { minutes: 60, earliestAfterStartMinutes: 180, latestAfterStartMinutes: 500 } })),
    ).toBe('templates[0].break.latestAfterStartMinutes');
    expect(
      param(withTemplate(0, { break: { minutes: 0, earliestAfterStartMinutes: 180, latestAfterStartMinutes: 270 } })),
    ).toBe('templates[0].break.minutes');
    // A break window with no interval boundary in it (08:30 + 3h05 to 3h20 on the 30-minute grid).
    expect(
      param(withTemplate(0, { break: { minutes: 60, earliestAfterStartMinutes: 185, latestAfterStartMinutes: 200 } })),
    ).toBe('templates[0].break');
    expect(param({ ...ok, templates: [] })).toBe('templates');
    expect(param({ ...ok, requirements: [1, 2, -1] })).toBe('requirements[2]');
    expect(param({ ...ok, requirements: [1, 2.5] })).toBe('requirements[1]');
    expect(param({ ...ok, requirements: [] })).toBe('requirements');
    expect(param({ ...ok, intervalMinutes: 0 })).toBe('intervalMinutes');
    expect(param({ ...ok, open: 1440 })).toBe('open');
    expect(param({ ...ok, open: 23 * 60 })).toBe('requirements'); // 16 half hours do not fit before midnight
    expect(param({ ...ok, maxOnDuty: -1 })).toBe('maxOnDuty');
    expect(param({ ...ok, minOnDuty: [1, 2] })).toBe('minOnDuty');
    expect(param({ ...ok, minOnDuty: FILING.map((v, k) => (k === 5 ? NaN : v)) })).toBe('minOnDuty[5]');
    expect(param({ ...ok, maxNodes: 0 })).toBe('maxNodes');
    expect(param({ ...ok, maxNodes: 2.5 })).toBe('maxNodes');
  });

  it('gives the message in both languages', () => {
    try {
      planRoster(withTemplate(1, { starts: { from: '9:00', to: '10:00', everyMinutes: 30 } }));
      throw new Error('no error thrown');
    } catch (e) {
      const pe = e as ParameterError;
      expect(pe.message).toBe('templates[1].starts.from: got "9:00"; allowed: a time of day "HH:MM", 00:00 to 24:00');
      expect(pe.messageZh).toBe('templates[1].starts.from：取值 "9:00" 无效；允许：时刻 "HH:MM"，00:00 至 24:00');
    }
  });

  it('onDutyOf checks the shifts it is given', () => {
    const grid = { open: OPEN, intervalMinutes: 30, count: 16 };
    expect(() =>
      onDutyOf(
        [{ templateId: 'night', start: '09:00', end: '17:00', breakStart: null, breakEnd: null, count: 1 }],
        DEFAULT_TEMPLATES,
        grid,
      ),
    ).toThrow(/shifts\[0\]\.templateId/);
    expect(() =>
      onDutyOf(
        [{ templateId: 'full', start: '09:00', end: '17:30', breakStart: null, breakEnd: null, count: 1 }],
        DEFAULT_TEMPLATES,
        grid,
      ),
    ).toThrow(/shifts\[0\]\.breakStart/);
    expect(
      onDutyOf(
        [{ templateId: 'morning', start: '09:00', end: '13:00', breakStart: null, breakEnd: null, count: 2 }],
        DEFAULT_TEMPLATES,
        grid,
      ),
    ).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('edge cases', () => {
  it('no requirement gives an empty roster at cost 0', () => {
    const r = planRoster({
      intervalMinutes: 30,
      open: OPEN,
      requirements: new Array<number>(16).fill(0),
      templates: DEFAULT_TEMPLATES,
    });
    expect(r.status).toBe('optimal');
    expect([r.shifts, r.cost, r.lowerBound, r.staffHours]).toEqual([[], 0, 0, 0]);
  });

  it('drops columns covering nothing and a template with maxCount 0', () => {
    const t = [tpl('a', 120, ['06:00', '09:00']), tpl('b', 120, ['09:00'], { maxCount: 0 })];
    const r = planRoster({ intervalMinutes: 60, open: OPEN, requirements: [1, 1], templates: t });
    expect(r.columnsGenerated).toBe(3);
    expect(r.columns).toBe(1);
    expect(r.shifts).toEqual([
      { templateId: 'a', start: '09:00', end: '11:00', breakStart: null, breakEnd: null, count: 1 },
    ]);
  });
});
