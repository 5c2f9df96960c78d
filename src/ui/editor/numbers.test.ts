import { describe, expect, it } from 'vitest';
import { editorEn } from '../i18n/editor.en.ts';
import { editorZh } from '../i18n/editor.zh-CN.ts';
import {
  allowedText,
  checkNumber,
  formatStored,
  numberProblemText,
  parseDateText,
  parseNumberList,
  parseTimeText,
  percentToShare,
  readNumber,
  shareToPercent,
  textMatches,
} from './numbers.ts';

describe('reading numbers', () => {
  it('reads plain, full-width, signed, exponent and thousands-separated numbers', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber(' 0.5 ')).toBe(0.5);
    expect(readNumber('.5')).toBe(0.5);
    expect(readNumber('１２．５')).toBe(12.5);
    expect(readNumber('1,200')).toBe(1200);
    expect(readNumber('１，２００')).toBe(1200);
    expect(readNumber('-3')).toBe(-3);
    expect(readNumber('2e3')).toBe(2000);
  });

  it('refuses what only looks like a number', () => {
    for (const bad of ['', 'abc', '12abc', '0x10', 'Infinity', '1,2', '1.2.3', '1e400', '--1', '%'])
      expect(readNumber(bad)).toBeNull();
    expect(readNumber('18%')).toBeNull();
    expect(readNumber('18%', true)).toBe(18);
  });

  it('checks a rule: empty, not a number, not whole, out of range, and the stored value', () => {
    expect(checkNumber('', { min: 0 })).toEqual({ ok: false, reason: 'empty' });
    expect(checkNumber('x', { min: 0 })).toEqual({ ok: false, reason: 'notNumber' });
    expect(checkNumber('2.5', { integer: true, min: 0 })).toEqual({ ok: false, reason: 'notInteger' });
    expect(checkNumber('13', { integer: true, min: 0, max: 12 })).toEqual({
      ok: false,
      reason: 'range',
      side: 'upper',
    });
    expect(checkNumber('-1', { min: 0 })).toEqual({ ok: false, reason: 'range', side: 'lower' });
    expect(checkNumber('0', { gt: 0 })).toEqual({ ok: false, reason: 'range', side: 'lower' });
    expect(checkNumber('12', { integer: true, min: 0, max: 12 })).toEqual({ ok: true, value: 12 });
    expect(checkNumber('0.001', { gt: 0 })).toEqual({ ok: true, value: 0.001 });
  });
});

describe('percent', () => {
  it('converts exactly, by shifting the decimal point', () => {
    expect(percentToShare(7)).toBe(0.07);
    expect(7 / 100).toBe(0.07);
    expect(0.07 * 100).not.toBe(7); // why a multiplication is not used
    expect(shareToPercent(0.07)).toBe(7);
    expect(shareToPercent(0.185)).toBe(18.5);
    expect(percentToShare(18.5)).toBe(0.185);
    expect(shareToPercent(0.145)).toBe(14.5);
    expect(shareToPercent(1e-7)).toBe(0.00001);
    expect(percentToShare(0.00001)).toBe(1e-7);
    expect(shareToPercent(1)).toBe(100);
    expect(percentToShare(0)).toBe(0);
  });

  it('round-trips every share of the demo hall and every hundredth', () => {
    for (let i = 0; i <= 100; i++) {
      const share = Number(`${i}e-2`);
      expect(percentToShare(shareToPercent(share))).toBe(share);
      expect(checkNumber(String(i), { min: 0, max: 100, percent: true })).toEqual({ ok: true, value: share });
    }
    for (const share of [0.18, 0.12, 0.2, 0.1, 0.08, 0.05, 0.04, 0.15, 0.225, 0.075, 0.45, 0.03, 0.17]) {
      expect(percentToShare(shareToPercent(share))).toBe(share);
    }
  });

  it('shows a stored share as percent and knows when the text already stands for it', () => {
    const rule = { min: 0, max: 100, percent: true };
    expect(formatStored(0.225, rule)).toBe('22.5');
    expect(formatStored(undefined, rule)).toBe('');
    expect(formatStored('oops', rule)).toBe('oops');
    expect(textMatches('22.5', 0.225, rule)).toBe(true);
    expect(textMatches('22.5%', 0.225, rule)).toBe(true);
    expect(textMatches('22', 0.225, rule)).toBe(false);
    expect(textMatches('', undefined, rule)).toBe(true);
    expect(checkNumber('101', rule)).toEqual({ ok: false, reason: 'range', side: 'upper' });
  });
});

describe('messages', () => {
  it('says what is allowed in both languages', () => {
    expect(allowedText({ integer: true, min: 0, max: 12 }, editorEn.number)).toBe('a whole number from 0 to 12');
    expect(allowedText({ integer: true, min: 0, max: 12 }, editorZh.number)).toBe('0 到 12 之间的整数');
    expect(allowedText({ gt: 0 }, editorEn.number)).toBe('a number greater than 0');
    expect(allowedText({ min: 0, max: 100, percent: true }, editorEn.number)).toBe('a number from 0 to 100 (percent)');
    expect(allowedText({ min: 0, max: 100, percent: true }, editorZh.number)).toBe('0 到 100 之间的数（百分数）');
    expect(allowedText({}, editorZh.number)).toBe('任意数值');
  });

  it('names the field, repeats the value and says what the scenario keeps', () => {
    const rule = { integer: true, min: 0, max: 12 };
    expect(numberProblemText(editorEn.number, 'Open windows', '13', rule, 12)).toBe(
      'Open windows: “13” is not allowed; allowed: a whole number from 0 to 12. Not applied: the scenario keeps 12.',
    );
    expect(numberProblemText(editorZh.number, '开放窗口数', 'abc', rule, 12)).toBe(
      '开放窗口数：“abc”无效，应为 0 到 12 之间的整数。未写入方案，仍为 12。',
    );
    expect(numberProblemText(editorEn.number, 'Ticket cut-off', '', { min: 0 }, undefined, 30)).toBe(
      'Ticket cut-off: “(empty)” is not allowed; allowed: a number ≥ 0. Not applied: the scenario keeps the default 30.',
    );
    expect(numberProblemText(editorZh.number, '占比', '1x', { min: 0, max: 100, percent: true }, 0.18)).toBe(
      '占比：“1x”无效，应为 0 到 100 之间的数（百分数）。未写入方案，仍为 18。',
    );
  });

  it("gives the limit, its unit and its reason past one of HallFlow's limits", () => {
    const rule = { integer: true, min: 0, max: 1000, limits: { upper: 'servers' as const } };
    expect(numberProblemText(editorZh.number, '窗口数', '5000', rule, 12, undefined, '个窗口')).toBe(
      '窗口数：“5000”超过 HallFlow 的上限 1,000 个窗口（远超任何实际的办税服务厅，并保证模拟能在内存和时间内完成）。未写入方案，仍为 12。',
    );
    expect(numberProblemText(editorEn.number, 'Windows', '5000', rule, 12, undefined, 'windows')).toBe(
      'Windows: “5000” is above HallFlow’s limit of 1,000 windows (far beyond any real hall, and it keeps a run within memory and time). Not applied: the scenario keeps 12.',
    );
    // A lower limit, and a bound of the field's own meaning (no reason: the plain message).
    const timeOff = { min: 15, limits: { lower: 'timeOff' as const } };
    expect(numberProblemText(editorZh.number, '调休门槛', '5', timeOff, undefined, 30, '分钟')).toBe(
      '调休门槛：“5”低于 HallFlow 的下限 15 分钟（调休按整块安排，低于 15 分钟就会逐分钟计算）。未写入方案，仍按默认值 30。',
    );
    expect(numberProblemText(editorZh.number, '窗口数', '-1', rule, 12, undefined, '个窗口')).toBe(
      '窗口数：“-1”无效，应为 0 到 1000 之间的整数。未写入方案，仍为 12。',
    );
    expect(
      numberProblemText(editorZh.number, '占比', '120', { min: 0, max: 100, percent: true }, 0.18, undefined, '%'),
    ).toBe('占比：“120”无效，应为 0 到 100 之间的数（百分数）。未写入方案，仍为 18。');
  });
});

describe('times, dates and lists', () => {
  it('reads times of day', () => {
    expect(parseTimeText('9:00')).toBe('09:00');
    expect(parseTimeText('09:30')).toBe('09:30');
    expect(parseTimeText('０９：３０')).toBe('09:30');
    expect(parseTimeText('900')).toBe('09:00');
    expect(parseTimeText('1730')).toBe('17:30');
    expect(parseTimeText('24:00')).toBe('24:00');
    for (const bad of ['24:30', '25:00', '9:60', '9', 'noon', '']) expect(parseTimeText(bad)).toBeNull();
  });

  it('reads real dates only', () => {
    expect(parseDateText('2026-03-05')).toBe('2026-03-05');
    expect(parseDateText('2026/3/5')).toBe('2026-03-05');
    expect(parseDateText('2026年3月5日')).toBe('2026-03-05');
    expect(parseDateText('2026-02-29')).toBeNull();
    expect(parseDateText('2028-02-29')).toBe('2028-02-29');
    expect(parseDateText('05/03/2026')).toBeNull();
  });

  it('reads lists of observed values', () => {
    expect(parseNumberList('1, 2.5 3\n4、5；6')).toEqual({ ok: true, values: [1, 2.5, 3, 4, 5, 6] });
    expect(parseNumberList('1 x -2')).toEqual({ ok: false, bad: ['x', '-2'] });
    expect(parseNumberList('  ')).toEqual({ ok: false, bad: [] });
    expect(parseNumberList('5 200000', 100000)).toEqual({ ok: false, bad: ['200000'] });
  });
});
