import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { formatTarget, parseTarget } from './target.ts';

describe('plan targets', () => {
  it('reads one target for every day type', () => {
    const t = parseTarget('wait<=15min@90%');
    for (const d of ['ordinary', 'filing', 'deadline'] as const)
      expect(t[d]).toEqual({ waitMinutes: 15, share: 0.9, scope: 'interval' });
    expect(formatTarget(t)).toBe('wait<=15min@90%');
  });

  it('reads a whole-day scope and caps', () => {
    const t = parseTarget(' wait <= 10 min @ 85.5% /day , mean<=6min, abandon<=4% ');
    expect(t.filing).toEqual({ waitMinutes: 10, share: 0.855, scope: 'day', meanWaitMinutes: 6, abandonShare: 0.04 });
    expect(formatTarget(t)).toBe('wait<=10min@85.5%/day,mean<=6min,abandon<=4%');
  });

  it('reads an occupancy cap', () => {
    const t = parseTarget('wait<=15min@90%,occupancy<=85%');
    expect(t.ordinary.occupancyCap).toBeCloseTo(0.85, 12);
    expect(formatTarget(t)).toBe('wait<=15min@90%,occupancy<=85%');
    expect(() => parseTarget('wait<=15min@90%,occupancy<=0%')).toThrow(/occupancy cap/);
  });

  it('reads targets per day type, the unprefixed one for the rest', () => {
    const t = parseTarget('deadline:wait<=30min@80%;wait<=15min@90%');
    expect(t.deadline).toMatchObject({ waitMinutes: 30, share: 0.8 });
    expect(t.ordinary).toMatchObject({ waitMinutes: 15, share: 0.9 });
    expect(formatTarget(t)).toBe('ordinary:wait<=15min@90%;filing:wait<=15min@90%;deadline:wait<=30min@80%');
    expect(parseTarget(formatTarget(t))).toEqual(t);
  });

  const bad: [string, RegExp, RegExp][] = [
    ['', /empty/, /为空/],
    ['wait<15min@90%', /wait<=15min@90%/, /wait<=15min@90%/],
    ['wait<=15min@100%', /above 0% and below 100%/, /大于 0% 且小于 100%/],
    ['wait<=15min@0%', /above 0% and below 100%/, /小于 100%/],
    ['wait<=900min@90%', /0 to 480 minutes/, /480 分钟/],
    ['holiday:wait<=15min@90%', /not a day type/, /不是日类型/],
    ['filing:wait<=15min@90%', /no target for ordinary/, /缺少 ordinary/],
    ['wait<=15min@90%,median<=3min', /not understood/, /无法识别/],
    ['wait<=15min@90%;wait<=10min@80%', /two targets without a day type/, /两个未注明/],
    ['wait<=15min@90%,abandon<=150%', /at most 100%/, /不能超过 100%/],
  ];
  for (const [text, en, zh] of bad) {
    it(`refuses "${text}", saying why in both languages`, () => {
      try {
        parseTarget(text);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ParameterError);
        expect((e as ParameterError).param).toBe('target');
        expect((e as ParameterError).message).toMatch(en);
        expect((e as ParameterError).messageZh).toMatch(zh);
      }
    });
  }
});
