import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, zhLabel } from './problems.ts';
import { validateScenario } from './validate.ts';
import { demo, expectProblem, minimal, problemsAfter } from './validate-fixtures.ts';

const dir = new URL('../../../data/scenarios/', import.meta.url);

describe('presets', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has the seven presets', () => {
    expect(files.sort()).toEqual([
      'city-deadline-day.json',
      'city-hotline.json',
      'county-hall.json',
      'demo-hall.json',
      'kiosk-network.json',
      'textbook-mmc.json',
      'textbook-mmcm.json',
    ]);
  });
  for (const f of files) {
    it(`${f} is valid, named in both languages and marked synthetic`, () => {
      const s = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect(validateScenario(s)).toEqual([]);
      expect(s.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.name.en.length).toBeGreaterThan(0);
      expect(s.synthetic).toBe(true);
    });
  }
  it('the demo is the hall of DOMAIN.md: 16 windows (12/2/1/1), ten types, March 2026', () => {
    const s = demo();
    expect(s.windows.groups.map((g: any) => [g.kind, g.windows])).toEqual([
      ['general', 12],
      ['dedicated', 2],
      ['green', 1],
      ['appointment', 1],
    ]);
    expect(s.types).toHaveLength(10);
    expect(s.calendar).toMatchObject({
      startDate: '2026-03-01',
      days: 31,
      open: '09:00',
      close: '17:00',
      ticketCutoffMinutes: 30,
    });
    expect(s.kiosks.sites[0]).toMatchObject({ kind: 'hall', kiosks: 10, hours: '24h' });
  });
});

describe('validateScenario: the whole', () => {
  it('gives [] for a valid scenario, rich or minimal', () => {
    expect(validateScenario(demo())).toEqual([]);
    expect(validateScenario(minimal())).toEqual([]);
  });

  it('reports many problems of every kind at once', () => {
    const problems = problemsAfter((s) => {
      s.types[0].share = 'lots'; // structural
      s.calendar.opne = '09:00'; // unknown field
      s.types[2].share = 0.1; // (not summed: types[0] is unsound)
      s.behaviour.creditShares = { A: 0.5, B: 0.5, M: 0.5, C: 0, D: 0 }; // share sum
      s.windows.groups[0].schedule.filing[3] = 13; // more than the windows
      s.calendar.holidays = ['2026-03-05', '2026-03-04']; // out of order
      s.types[1].service = { kind: 'uniform', min: 5, max: 3 }; // distribution
      s.types[7].case = undefined; // non-immediate without a case
      s.behaviour.balking = { fromAhead: 9, allAhead: 3 };
      s.windows.groups[1].types = ['invoice', 'nope'];
    });
    const codes = problems.map((p) => `${p.path}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'types[0].share:wrong_type',
        'calendar.opne:unknown_field',
        'behaviour.creditShares:share_sum',
        'windows.groups[0].schedule.filing[3]:schedule_over_windows',
        'calendar.holidays[1]:date_order',
        'types[1].service.max:distribution',
        'types[7].case:case_required',
        'behaviour.balking.allAhead:balking_order',
        'windows.groups[1].types[1]:unknown_reference',
      ]),
    );
    expect(codes).not.toContain('types:share_sum');
  });

  it('still runs the cross-field checks when the structure is broken elsewhere', () => {
    const problems = problemsAfter((s) => {
      s.calendar.open = 'nine';
      s.types[2].share = 0.17;
      s.guidance = 'yes';
    });
    expectProblem(problems, 'calendar.open', 'bad_format', '"nine"');
    expectProblem(problems, 'types', 'share_sum', '0.97');
    expectProblem(problems, 'guidance', 'wrong_type');
  });

  it('never throws, whatever it is given, and every problem is bilingual', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const p of validateScenario(value)) {
          expect(typeof p.path).toBe('string');
          expect(p.message.en.length).toBeGreaterThan(0);
          expect(p.message.zh.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a valid scenario with one part replaced by anything', () => {
    const base = demo();
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(base, []);
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(NaN, Infinity, -1, 0, 1.5, 1e9, '', '24:00', '2026-02-30', null, undefined, [], {}),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), junk, (path, value) => {
        const s = demo();
        let o = s;
        for (const seg of path.slice(0, -1)) o = o[seg];
        o[path[path.length - 1]] = value;
        const problems = validateScenario(s);
        for (const p of problems) {
          expect(p.message.en).not.toMatch(/Invalid input|Invalid option|Too small:|Too big:|Unrecognized key/);
          expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports a scenario of another version with that one message', () => {
    const problems = problemsAfter((s) => {
      s.version = 2;
      s.types = 'something new';
    });
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'version', 'version', '2', '1');
    expectProblem(
      problemsAfter((s) => (s.version = '1')),
      'version',
      'version',
      '"1"',
    );
    expectProblem(
      problemsAfter((s) => delete s.version),
      'version',
      'required',
      '1',
    );
  });
});

describe('structural problems, translated', () => {
  it('a value of the wrong type', () => {
    expectProblem(
      problemsAfter((s) => (s.types[0].share = '0.18')),
      'types[0].share',
      'wrong_type',
      '"0.18"',
    );
    const p = expectProblem(
      problemsAfter((s) => (s.calendar.lunch = '12:00')),
      'calendar.lunch',
      'wrong_type',
      '"12:00"',
      'null',
    );
    expect(p.message.en).toContain('start, end');
    expectProblem(validateScenario(null), '', 'wrong_type', 'null');
  });

  it('a missing field', () => {
    expectProblem(
      problemsAfter((s) => delete s.calendar.open),
      'calendar.open',
      'required',
    );
    expectProblem(
      problemsAfter((s) => delete s.types[0].service.kind),
      'types[0].service.kind',
      'required',
      'lognormal',
    );
    expectProblem(
      problemsAfter((s) => delete s.windows.groups[0].kind),
      'windows.groups[0].kind',
      'required',
      'general',
    );
  });

  it('NaN and Infinity, even in a JS object', () => {
    expectProblem(
      problemsAfter((s) => (s.types[0].share = NaN)),
      'types[0].share',
      'not_finite',
      'NaN',
    );
    expectProblem(
      problemsAfter((s) => (s.demand.dailyVolume = Infinity)),
      'demand.dailyVolume',
      'not_finite',
      'Infinity',
    );
    expectProblem(
      problemsAfter((s) => (s.demand.weekdayFactors[2] = -Infinity)),
      'demand.weekdayFactors[2]',
      'not_finite',
      '-Infinity',
    );
  });

  it('counts must be whole numbers', () => {
    expectProblem(
      problemsAfter((s) => (s.windows.groups[0].windows = 2.5)),
      'windows.groups[0].windows',
      'not_integer',
      '2.5',
    );
    expectProblem(
      problemsAfter((s) => (s.guidance.staff = 1.5)),
      'guidance.staff',
      'not_integer',
      '1.5',
    );
    expectProblem(
      problemsAfter((s) => (s.windows.groups[0].schedule.ordinary[0] = 4.5)),
      'windows.groups[0].schedule.ordinary[0]',
      'not_integer',
      '4.5',
    );
  });

  it('numbers out of range: negative, probabilities above 1, days 1..366', () => {
    expectProblem(
      problemsAfter((s) => (s.demand.dailyVolume = -1)),
      'demand.dailyVolume',
      'too_small',
      '-1',
      '0',
    );
    expectProblem(
      problemsAfter((s) => (s.appointments.noShow = 1.2)),
      'appointments.noShow',
      'too_big',
      '1.2',
      '1',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.days = 400)),
      'calendar.days',
      'too_big',
      '400',
      '366',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.days = 0)),
      'calendar.days',
      'too_small',
      '0',
      '1',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.openWeekdays = [0, 1])),
      'calendar.openWeekdays[0]',
      'too_small',
      '0',
      '1',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.openWeekdays = [1, 8])),
      'calendar.openWeekdays[1]',
      'too_big',
      '8',
      '7',
    );
    expectProblem(
      problemsAfter((s) => (s.types[0].service.mean = 0)),
      'types[0].service.mean',
      'too_small',
      '0',
    );
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].failures.mtbfHours = -5)),
      'kiosks.sites[0].failures.mtbfHours',
      'too_small',
      '-5',
    );
  });

  it('lists of the wrong length', () => {
    expectProblem(
      problemsAfter((s) => (s.demand.weekdayFactors = [1, 1, 1, 1, 1, 1])),
      'demand.weekdayFactors',
      'wrong_length',
      '6',
      '7',
    );
    expectProblem(
      problemsAfter((s) => (s.types = [])),
      'types',
      'wrong_length',
      '0',
      '1',
    );
    expectProblem(
      problemsAfter((s) => (s.name.zh = '')),
      'name.zh',
      'too_small',
    );
  });

  it('text in the wrong format: times, dates, ids', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.open = '9:00')),
      'calendar.open',
      'bad_format',
      '"9:00"',
      'HH:MM',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.close = '24:30')),
      'calendar.close',
      'bad_format',
      '"24:30"',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.startDate = '2026/03/01')),
      'calendar.startDate',
      'bad_format',
      '"2026/03/01"',
      'YYYY-MM-DD',
    );
    expectProblem(
      problemsAfter((s) => (s.types[0].id = 'Invoice')),
      'types[0].id',
      'bad_format',
      '"Invoice"',
    );
  });

  it('a value not among those allowed', () => {
    expectProblem(
      problemsAfter((s) => (s.windows.groups[0].kind = 'counter')),
      'windows.groups[0].kind',
      'not_allowed_value',
      '"counter"',
      '"general"',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.intervalMinutes = 20)),
      'calendar.intervalMinutes',
      'not_allowed_value',
      '20',
      '15',
      '60',
    );
    expectProblem(
      problemsAfter((s) => (s.types[0].service.kind = 'poisson')),
      'types[0].service.kind',
      'not_allowed_value',
      '"poisson"',
      '"lognormal"',
    );
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].hours = '25h')),
      'kiosks.sites[0].hours',
      'wrong_type',
      '"25h"',
      '"24h"',
    );
  });

  it('unknown fields, each named, with a guess at the intended one', () => {
    const problems = problemsAfter((s) => {
      s.calendar.opne = '09:00';
      s.calendar.colour = 'red';
    });
    const p = expectProblem(problems, 'calendar.opne', 'unknown_field', '"opne"', '"open"', 'ticketCutoffMinutes');
    expect(p.message.zh).toContain('是否应为');
    expectProblem(problems, 'calendar.colour', 'unknown_field', '"colour"');
    expectProblem(
      problemsAfter((s) => (s.types[0].service.sd = 1)),
      'types[0].service.sd',
      'unknown_field',
      '"sd"',
      'cv',
    );
  });

  it('keys of the wrong form in records', () => {
    expectProblem(
      problemsAfter((s) => (s.types[8].monthShares['13'] = 0.1)),
      'types[8].monthShares["13"]',
      'bad_key',
      '"13"',
    );
    expectProblem(
      problemsAfter((s) => (s.demand.byDate = { '2026-3-5': 100 })),
      'demand.byDate["2026-3-5"]',
      'bad_key',
      '"2026-3-5"',
      'YYYY-MM-DD',
    );
  });

  it('unions: reports the alternative the value was meant for', () => {
    expectProblem(
      problemsAfter((s) => (s.windows.groups[0].schedule = 'all day')),
      'windows.groups[0].schedule',
      'wrong_type',
      '"all day"',
      'ordinary',
      'deadline',
    );
    expectProblem(
      problemsAfter((s) => (s.windows.groups[0].schedule.deadline = undefined)),
      'windows.groups[0].schedule.deadline',
      'required',
    );
    expectProblem(
      problemsAfter((s) => (s.appointments.capacityPerSlot = 2.5)),
      'appointments.capacityPerSlot',
      'wrong_type',
      '2.5',
    );
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].hours = { start: '08:00' })),
      'kiosks.sites[0].hours.end',
      'required',
    );
  });
});

describe('paths and labels', () => {
  it('formats and parses JSON paths', () => {
    const path = ['windows', 'groups', 0, 'schedule', 'filing', 3];
    expect(formatPath(path)).toBe('windows.groups[0].schedule.filing[3]');
    expect(formatPath(['demand', 'byDate', '2026-03-05'])).toBe('demand.byDate["2026-03-05"]');
    expect(formatPath([])).toBe('');
    for (const p of [path, ['demand', 'byDate', '2026-03-05'], ['types', 2, 'monthShares', '3']])
      expect(parsePath(formatPath(p))).toEqual(p);
  });

  it('names fields in Chinese for a planner, with the names of types and groups', () => {
    const s = demo();
    expect(zhLabel(s, ['types', 2, 'share'])).toBe('业务类型「申报缴税/更正」 › 占比');
    expect(zhLabel(s, ['windows', 'groups', 0, 'schedule', 'filing', 3])).toBe(
      '窗口 › 窗口组「综合窗口」 › 排班 › 申报期 › 第 4 项',
    );
    expect(zhLabel(s, ['windows', 'groups', 0, 'windows'])).toBe('窗口 › 窗口组「综合窗口」 › 窗口数');
    expect(zhLabel(s, ['types', 8, 'monthShares', '3'])).toBe('业务类型「个人所得税」 › 分月占比 › 3月');
    expect(zhLabel(s, [])).toBe('场景');
  });
});

describe('odd input', () => {
  it('names unknown fields that look like built-in names plainly', () => {
    const problems = problemsAfter((s) => (s.calendar.constructor = 1));
    const p = expectProblem(problems, 'calendar.constructor', 'unknown_field', '"constructor"');
    expect(p.message.zh).not.toContain('function');
    expectProblem(
      problemsAfter((s) => (s.toString = 'x')),
      'toString',
      'unknown_field',
      '"toString"',
    );
  });
});
