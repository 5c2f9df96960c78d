import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate.ts';
import { expectProblem, minimal, problemsAfter } from './validate-fixtures.ts';

const profile = (shares: number[]) =>
  shares.map((share, i) => ({
    start: `${String(9 + i).padStart(2, '0')}:00`,
    end: `${String(10 + i).padStart(2, '0')}:00`,
    share,
  }));

describe('shares that must add up to 1', () => {
  it('business types, saying the actual sum', () => {
    const p = expectProblem(
      problemsAfter((s) => (s.types[2].share = 0.17)),
      'types',
      'share_sum',
      '0.97',
      '1',
    );
    expect(p.message.en).toBe('types: the shares add up to 0.97; they must add up to 1');
    expect(p.message.zh).toBe('业务类型：占比之和为 0.97，应为 1');
  });

  it('within a tolerance of 1e-6', () => {
    expect(problemsAfter((s) => (s.types[2].share = 0.2 + 5e-7))).toEqual([]);
    expectProblem(
      problemsAfter((s) => (s.types[2].share = 0.2 + 2e-6)),
      'types',
      'share_sum',
      '1.000002',
    );
  });

  it('the credit classes of the behaviour and of each type', () => {
    expectProblem(
      problemsAfter((s) => (s.behaviour.creditShares = { A: 0.2, B: 0.5, M: 0.1, C: 0.1, D: 0 })),
      'behaviour.creditShares',
      'share_sum',
      '0.9',
    );
    expectProblem(
      problemsAfter((s) => (s.types[7].creditShares.A = 0.4)),
      'types[7].creditShares',
      'share_sum',
      '1.1',
    );
  });

  it('a single intraday profile', () => {
    expectProblem(
      problemsAfter((s) => (s.demand.intraday[0].share = 0.05)),
      'demand.intraday',
      'share_sum',
      '1.02',
    );
  });

  it('an intraday profile per day type', () => {
    const problems = problemsAfter(
      (s) =>
        (s.demand.intraday = {
          ordinary: profile([0.5, 0.5]),
          filing: profile([0.25, 0.75]),
          deadline: profile([0.5, 0.4]),
        }),
    );
    expectProblem(problems, 'demand.intraday.deadline', 'share_sum', '0.9');
    expect(problems.filter((p) => p.code === 'share_sum')).toHaveLength(1);
  });

  it('each kiosk site profile', () => {
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].profile[6].share = 0.1)),
      'kiosks.sites[0].profile',
      'share_sum',
      '1.025',
    );
  });

  it('does not add up shares already wrong on their own', () => {
    const problems = problemsAfter((s) => (s.demand.intraday[0].share = 1.5));
    expectProblem(problems, 'demand.intraday[0].share', 'too_big', '1.5');
    expect(problems.map((p) => p.code)).not.toContain('share_sum');
  });
});

describe('month shares', () => {
  it('values in [0, 1] and keys "1".."12"', () => {
    expectProblem(
      problemsAfter((s) => (s.types[8].monthShares['3'] = 1.5)),
      'types[8].monthShares["3"]',
      'too_big',
      '1.5',
    );
    expectProblem(
      problemsAfter((s) => (s.types[8].monthShares['0'] = 0.1)),
      'types[8].monthShares["0"]',
      'bad_key',
      '"0"',
    );
    expectProblem(
      problemsAfter((s) => (s.types[8].monthShares.march = 0.1)),
      'types[8].monthShares.march',
      'bad_key',
      '"march"',
    );
  });

  it('the types with a share of their own in a month may not take more than 1 together', () => {
    expectProblem(
      problemsAfter((s) => (s.types[0].monthShares = { '3': 0.9 })),
      'types',
      'month_shares',
      '3',
      '1.05',
    );
    expect(problemsAfter((s) => (s.types[0].monthShares = { '3': 0.85 }))).toEqual([]);
  });

  it('and must take exactly 1 when every type has one', () => {
    const s = minimal();
    s.types[0].monthShares = { '7': 0.5 };
    s.types[1].monthShares = { '7': 0.4 };
    expectProblem(validateScenario(s), 'types', 'month_shares', '7', '0.9');
    s.types[1].monthShares = { '7': 0.5 };
    expect(validateScenario(s)).toEqual([]);
  });
});
