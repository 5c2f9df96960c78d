import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../hall/run.ts';
import { scenarioJsonSchema } from './schema.ts';
import { validateScenario } from './validate.ts';
import { expectProblem, problemsAfter } from './validate-fixtures.ts';

const preset = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/scenarios/${name}.json`, import.meta.url), 'utf8'));

/** Only the problems' paths and codes, for exact comparison. */
const where = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path} ${p.code}`);

describe('HallFlow limits: what the engine could not run is rejected, the limit named', () => {
  it('the reported cases: lognormal cv or mean 1e308, a day-type factor 1e308, a daily volume 1e15', () => {
    const cv = problemsAfter((s) => (s.types[0].service = { kind: 'lognormal', mean: 5, cv: 1e308 }));
    expect(where(cv)).toEqual(['types[0].service.cv too_big']);
    expectProblem(cv, 'types[0].service.cv', 'too_big', '1e+308', '100');
    expect(cv[0].message.en).toContain('must be at most 100');
    expect(cv[0].message.zh).toContain('应不大于 100');
    const mean = problemsAfter((s) => (s.types[0].service = { kind: 'lognormal', mean: 1e308, cv: 1 }));
    expectProblem(mean, 'types[0].service.mean', 'too_big', '1e+308', '100,000');
    expect(mean[0].message.en).toContain('at most 100,000 minutes');
    expect(mean[0].message.zh).toContain('应不大于 100,000 分钟');
    const factor = problemsAfter((s) => (s.demand.dayTypeFactors.filing = 1e308));
    expect(where(factor)).toEqual(['demand.dayTypeFactors.filing too_big']);
    const volume = problemsAfter((s) => (s.demand.dailyVolume = 1e15));
    expect(where(volume)).toEqual(['demand.dailyVolume too_big']);
    expect(volume[0].message.en).toBe(
      'demand.dailyVolume: got 1000000000000000; must be at most 100,000 visitors per day',
    );
    expect(volume[0].message.zh).toBe('需求 › 日取号量：取值 1000000000000000 过大，应不大于 100,000 人/天');
  });

  it('bounds on counts, durations and days, each with its unit', () => {
    const cases: [(s: any) => void, string, string, string][] = [
      [(s) => (s.windows.groups[0].windows = 1001), 'windows.groups[0].windows', 'too_big', 'at most 1,000 windows'],
      [(s) => (s.kiosks.sites[0].kiosks = 5000), 'kiosks.sites[0].kiosks', 'too_big', 'at most 1,000 kiosks'],
      [(s) => (s.guidance.staff = 2000), 'guidance.staff', 'too_big', 'at most 1,000 guides'],
      [(s) => (s.backOffice.officers = 1e6), 'backOffice.officers', 'too_big', 'at most 1,000 officers'],
      [
        (s) => (s.appointments.capacityPerSlot = 2 ** 31),
        'appointments.capacityPerSlot',
        'too_big',
        'at most 10,000 bookings per slot',
      ],
      [
        (s) => (s.types[7].case.limitDays.default = 9e15),
        'types[7].case.limitDays.default',
        'too_big',
        'at most 365 working days',
      ],
      [
        (s) => (s.kiosks.sites[0].dailyVolume = 100_001),
        'kiosks.sites[0].dailyVolume',
        'too_big',
        'at most 100,000 visitors per day',
      ],
      [
        (s) => (s.demand.byDate = { '2026-03-05': 1e9 }),
        'demand.byDate["2026-03-05"]',
        'too_big',
        'at most 100,000 visitors per day',
      ],
      [
        (s) => (s.types[0].service = { kind: 'gamma', mean: 5, cv: 1e-200 }),
        'types[0].service.cv',
        'too_small',
        'at least 0.001',
      ],
      [
        (s) => (s.types[0].service = { kind: 'erlang', mean: 5, k: 1e9 }),
        'types[0].service.k',
        'too_big',
        'at most 1,000 phases',
      ],
      [
        (s) => (s.types[0].service = { kind: 'deterministic', value: 1e300 }),
        'types[0].service.value',
        'too_big',
        'at most 100,000 minutes',
      ],
      [
        (s) =>
          (s.kiosks.sites[0].failures = {
            mtbfHours: 1e-9,
            repair: { kind: 'exponential', mean: 60 },
            repairHours: '24h',
          }),
        'kiosks.sites[0].failures.mtbfHours',
        'too_small',
        'at least 1 hours',
      ],
      [
        (s) => (s.closing.timeOffThresholdMinutes = 0),
        'closing.timeOffThresholdMinutes',
        'too_small',
        'at least 15 minutes',
      ],
    ];
    for (const [change, path, code, words] of cases) {
      const problems = problemsAfter(change);
      expect(where(problems), path).toEqual([`${path} ${code}`]);
      expect(problems[0].message.en).toContain(words);
    }
  });

  it('each day after its factors: at most 100,000 hall visitors, the busiest day named', () => {
    const problems = problemsAfter((s) => (s.demand.dailyVolume = 60_000));
    expect(where(problems)).toEqual(['demand.dailyVolume over_limit']);
    // The deadline, Monday 16 March: 60,000 × factor 2 less the online share
    expectProblem(problems, 'demand.dailyVolume', 'over_limit', '2026-03-16', '100,000', '60,000');
    expect(problems[0].message.en).toContain('(the filing deadline)');
  });

  it('the whole horizon: at most 2,000,000 visitors, hall and kiosk sites together', () => {
    const s = preset('textbook-mmc');
    s.calendar.days = 366;
    const problems = validateScenario(s);
    expect(where(problems)).toEqual(['calendar.days over_limit']);
    expectProblem(problems, 'calendar.days', 'over_limit', '4,216,320', '2,000,000', '366');
    s.calendar.days = 173; // 173 × 11,520 = 1,992,960
    expect(validateScenario(s)).toEqual([]);
  });

  it('kiosk failures: at most 1,000,000 expected over the horizon, all sites', () => {
    const s = preset('kiosk-network');
    for (const site of s.kiosks.sites) {
      site.kiosks = 1000;
      site.failures = { mtbfHours: 1, repair: { kind: 'exponential', mean: 1 }, repairHours: '24h' };
    }
    const problems = validateScenario(s);
    expect(where(problems)).toEqual(['kiosks.sites over_limit']);
    expectProblem(problems, 'kiosks.sites', 'over_limit', '2,160,000', '1,000,000');
  });

  it('off-peak hours may not overlap (they would offer the same slots twice)', () => {
    const problems = problemsAfter(
      (s) =>
        (s.staggered.toHours = [
          { start: '14:00', end: '16:00' },
          { start: '15:00', end: '16:30' },
        ]),
    );
    expect(where(problems)).toEqual(['staggered.toHours[1].start overlap']);
    expectProblem(problems, 'staggered.toHours[1].start', 'overlap', '15:00', '16:00');
  });

  it('what is allowed at the limits runs', () => {
    const s = preset('demo-hall');
    s.calendar.days = 3;
    s.types[0].service = { kind: 'lognormal', mean: 100_000, cv: 100 };
    s.types[1].service = { kind: 'gamma', mean: 1e-300, cv: 0.001 };
    s.types[2].service = { kind: 'erlang', mean: 100_000, k: 1000 };
    s.behaviour.patience = { kind: 'normal', mean: -100_000, sd: 100_000 };
    s.kiosks.sites[0].failures = {
      mtbfHours: 1,
      repair: { kind: 'lognormal', mean: 100_000, cv: 100 },
      repairHours: { start: '09:00', end: '09:01' },
    };
    s.closing.timeOffThresholdMinutes = 15;
    expect(validateScenario(s)).toEqual([]);
    const r = runReplication(s, { seed: 7, replication: 0 });
    expect(r.metrics['conservation.imbalance']).toBe(0);
    expect(r.metrics['internal.leakedTaxpayers']).toBe(0);
  });

  it('the JSON Schema carries the per-field bounds', () => {
    const js = scenarioJsonSchema() as any;
    const demand = js.properties.demand.properties;
    expect(demand.dailyVolume).toMatchObject({ minimum: 0, maximum: 100_000 });
    expect(demand.weekdayFactors.items).toMatchObject({ minimum: 0, maximum: 100 });
    expect(js.properties.types).toMatchObject({ minItems: 1, maxItems: 100 });
    const lognormal = js.$defs.DistributionSpec.oneOf.find((o: any) => o.properties.kind.const === 'lognormal');
    expect(lognormal.properties.cv).toMatchObject({ minimum: 0.001, maximum: 100 });
    expect(lognormal.properties.mean).toMatchObject({ exclusiveMinimum: 0, maximum: 100_000 });
  });
});
