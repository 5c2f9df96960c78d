import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../sim/scenario/index.ts';
import { formatters } from './format.ts';

const march5 = dayNumber(2026, 3, 5); // a Thursday

describe('chart formatters', () => {
  it('writes Chinese dates like a wall calendar and English ones in short form', () => {
    const zh = formatters('zh-CN');
    const en = formatters('en');
    expect(zh.dateLong(march5)).toBe('3月5日 周四');
    expect(zh.dateShort(march5)).toBe('3月5日');
    expect(zh.month(2026, 3)).toBe('2026年3月');
    expect(en.dateLong(march5)).toBe('Thu, Mar 5');
    expect(en.dateShort(march5)).toBe('Mar 5');
    expect(en.month(2026, 3)).toBe('March 2026');
  });

  it('names weekdays Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(formatters('zh-CN').weekday).join('')).toBe('一二三四五六日');
    expect([1, 7].map(formatters('en').weekday)).toEqual(['Mon', 'Sun']);
  });

  it('formats times of day as HH:MM', () => {
    const f = formatters('en');
    expect(f.time(0)).toBe('00:00');
    expect(f.time(9 * 60 + 30)).toBe('09:30');
    expect(f.time(1440)).toBe('24:00');
  });

  it('shows ± only for a half-width that does not round to 0', () => {
    const f = formatters('en');
    expect(f.pm(12.345, 1.26)).toBe('12.3 ± 1.3');
    expect(f.pm(12.345, null)).toBe('12.3');
    expect(f.pm(12.345, 0.01)).toBe('12.3');
    expect(f.pm(1234.5, 20, 0)).toBe('1,235 ± 20');
    expect(f.pmPercent(0.9234, 0.012)).toBe('92.3% ± 1.2%');
    expect(f.pmPercent(1, 1e-17)).toBe('100%');
  });

  it('writes a figure with exactly the decimals asked for (as precise as its ±)', () => {
    const f = formatters('zh-CN');
    expect(f.fixed(0.3, 2)).toBe('0.30');
    expect(f.fixed(4367.7, 0)).toBe('4,368');
    expect(f.fixed(0.0234, 3)).toBe('0.023');
  });

  it('writes small amounts with two significant digits, tiny ones as <0.01', () => {
    const f = formatters('en');
    expect(f.amount(12.34)).toBe('12.3');
    expect(f.amount(0.0456)).toBe('0.046');
    expect(f.amount(0.000036)).toBe('<0.01');
    expect(f.amount(0)).toBe('0');
  });

  it('reuses one set of formatters per locale', () => {
    expect(formatters('zh-CN')).toBe(formatters('zh-CN'));
  });
});
