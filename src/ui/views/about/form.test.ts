import { describe, expect, it } from 'vitest';
import { problemText } from './field-messages.ts';
import { defaultValues, fieldRules, parseField, toMMcParams, validateForm } from './form.ts';
import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';

describe('parseField', () => {
  const servers = fieldRules.servers;
  const rate = fieldRules.arrivalRate;

  it('reads numbers within the rule', () => {
    expect(parseField(' 10 ', servers)).toBe(10);
    expect(parseField('0.5', rate)).toBe(0.5);
    expect(parseField('1000', rate)).toBe(1000);
  });

  it('reads full-width digits typed with a Chinese IME', () => {
    expect(parseField('１０', servers)).toBe(10);
    expect(parseField('０．５', rate)).toBe(0.5);
  });

  it('refuses empty, non-numeric, out-of-range and fractional entries', () => {
    for (const raw of ['', '  ', 'abc', 'NaN', 'Infinity', '0', '-1', '1.5', '1001']) {
      expect(parseField(raw, servers), raw).toBeNull();
    }
    expect(parseField('0', rate)).toBeNull();
    expect(parseField('1000.5', rate)).toBeNull();
  });
});

describe('validateForm', () => {
  it('accepts the defaults and turns mean service time into a rate', () => {
    const result = validateForm(defaultValues);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(toMMcParams(result.numbers)).toEqual({
      arrivalRate: 9,
      serviceRate: 1,
      servers: 10,
      horizon: 2000,
      warmup: 200,
      replications: 20,
      seed: 20261126,
    });
    expect(toMMcParams({ ...result.numbers, meanService: 4 }).serviceRate).toBe(0.25);
  });

  it('reports every bad field at once', () => {
    const result = validateForm({ ...defaultValues, servers: '0', replications: '1', seed: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(['replications', 'seed', 'servers']);
  });
});

describe('problemText', () => {
  const problem = { field: 'servers', raw: '0', rule: fieldRules.servers } as const;

  it('names the field, the value and what is allowed, in both languages', () => {
    expect(problemText(en, problem)).toBe(
      'Servers (windows): “0” is not allowed. Allowed: a whole number from 1 to 1000.',
    );
    expect(problemText(zhCN, problem)).toBe('服务窗口数：“0” 不可用。允许：1 到 1000 之间的整数。');
  });

  it('says so when the field is empty', () => {
    expect(problemText(en, { ...problem, raw: ' ' })).toContain('“(empty)”');
    expect(problemText(zhCN, { ...problem, raw: '' })).toContain('“（空）”');
  });
});
