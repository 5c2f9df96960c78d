import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from '../../../sim/plan/target.ts';
import { planPathEn } from '../../i18n/plan-path.en.ts';
import { planPathZh } from '../../i18n/plan-path.zh-CN.ts';
import {
  checkTargetForm,
  formFromTargets,
  readNumber,
  withPerDayType,
  type TargetForm,
  type TargetRow,
} from './target-form.ts';

const row = (over: Partial<TargetRow> = {}): TargetRow => ({
  wait: '15',
  share: '90',
  scope: 'interval',
  mean: '',
  abandon: '',
  occupancy: '',
  ...over,
});
const one = (over: Partial<TargetRow> = {}): TargetForm => ({
  perDayType: false,
  all: row(over),
  byDay: { ordinary: row(), filing: row(), deadline: row() },
});

describe('the target as form fields', () => {
  it('gives the same targets as the text syntax', () => {
    const f = checkTargetForm(one());
    expect(f.ok && formatTarget(f.targets)).toBe('wait<=15min@90%');
    const caps = checkTargetForm(one({ mean: '8', abandon: '5', occupancy: '85', scope: 'day' }));
    expect(caps.ok && caps.targets).toEqual(parseTarget('wait<=15min@90%/day,mean<=8min,abandon<=5%,occupancy<=85%'));
  });

  it('takes a target per kind of day', () => {
    const f: TargetForm = {
      perDayType: true,
      all: row(),
      byDay: { ordinary: row(), filing: row({ wait: '20', share: '85' }), deadline: row({ wait: '30', share: '80' }) },
    };
    const c = checkTargetForm(f);
    expect(c.ok && formatTarget(c.targets)).toBe(
      'ordinary:wait<=15min@90%;filing:wait<=20min@85%;deadline:wait<=30min@80%',
    );
  });

  it('reads numbers as typed: full-width digits, a % or a unit', () => {
    expect(readNumber('１５')).toBe(15);
    expect(readNumber(' 90% ')).toBe(90);
    expect(readNumber('12.5 分钟')).toBe(12.5);
    expect(readNumber('15min')).toBe(15);
    expect(readNumber('1e2')).toBeNaN();
    expect(readNumber('')).toBeNaN();
    expect(readNumber('-3')).toBeNaN();
  });

  it('names the field, the value and what is allowed, in both languages', () => {
    const c = checkTargetForm({
      perDayType: true,
      all: row(),
      byDay: { ordinary: row(), filing: row({ share: '120', abandon: 'x' }), deadline: row({ wait: '600' }) },
    });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problems.map((p) => [p.row, p.field, p.value])).toEqual([
      ['filing', 'share', '120'],
      ['filing', 'abandon', 'x'],
      ['deadline', 'wait', '600'],
    ]);
    const p = c.problems[0];
    expect(planPathZh.target.problem('申报期', planPathZh.target.fields[p.field], p.value, p.allowed.zh)).toBe(
      '申报期 · 在此时限内办理的比例（%）：“120” 不可用。允许：大于 0 且小于 100 的百分数。',
    );
    expect(
      planPathEn.target.problem('Filing-period days', planPathEn.target.fields[p.field], p.value, p.allowed.en),
    ).toBe(
      'Filing-period days · Share served within it (%): “120” is not allowed. Allowed: a percentage above 0 and below 100.',
    );
  });

  it('refuses the edges the planner refuses', () => {
    const bad = (over: Partial<TargetRow>) => {
      const c = checkTargetForm(one(over));
      return c.ok ? [] : c.problems.map((p) => p.field);
    };
    expect(bad({ share: '100' })).toEqual(['share']);
    expect(bad({ share: '0' })).toEqual(['share']);
    expect(bad({ share: '99.5' })).toEqual([]);
    expect(bad({ wait: '' })).toEqual(['wait']);
    expect(bad({ wait: '480' })).toEqual([]);
    expect(bad({ wait: '481' })).toEqual(['wait']);
    expect(bad({ occupancy: '0' })).toEqual(['occupancy']);
    expect(bad({ occupancy: '100' })).toEqual([]);
    expect(bad({ abandon: '101' })).toEqual(['abandon']);
    expect(bad({ mean: '  ' })).toEqual([]); // an empty cap is no cap
  });

  it('fills the fields from a text target, one row when every kind of day is the same', () => {
    expect(formFromTargets(parseTarget('wait<=15min@90%,mean<=8min')).perDayType).toBe(false);
    expect(formFromTargets(parseTarget('wait<=15min@90%,mean<=8min')).all).toEqual(row({ mean: '8' }));
    const f = formFromTargets(parseTarget('filing:wait<=20min@85%;wait<=15min@90%'));
    expect(f.perDayType).toBe(true);
    expect(f.byDay.filing).toEqual(row({ wait: '20', share: '85' }));
    expect(f.byDay.deadline).toEqual(row());
  });

  it('keeps what was typed when switching between one row and a row per kind of day', () => {
    const on = withPerDayType(one({ wait: '12' }), true);
    expect(on.byDay.deadline.wait).toBe('12');
    on.byDay.filing.wait = '20';
    expect(withPerDayType(on, false).all.wait).toBe('20');
  });
});
