import { describe, expect, it } from 'vitest';
import { parseCount, parseDuration, parseInterval } from './values-numbers.ts';
import type { StampContext } from './values.ts';

const ymd: StampContext = { order: 'mdy', compactTime: false };

describe('parseInterval: hours and intervals of a volumes file', () => {
  const iv = { start: 0, end: 0 };
  it.each([
    ['9', 540, 600],
    ['09', 540, 600],
    ['9点', 540, 600],
    ['9时', 540, 600],
    ['09:00-10:00', 540, 600],
    ['9:00~9:30', 540, 570],
    ['9-10', 540, 600],
    ['09:00—09:30', 540, 570],
    ['9点至10点', 540, 600],
    ['16:30-17:00', 990, 1020],
    ['23-24', 1380, 1440],
  ])('%s → [%d, %d)', (text, start, end) => {
    expect(parseInterval(text, ymd, iv)).toBe(true);
    expect(iv).toEqual({ start, end });
  });

  it('a start alone leaves the end open', () => {
    expect(parseInterval('9:30', ymd, iv)).toBe(true);
    expect(iv.start).toBe(570);
    expect(iv.end).toBeNaN();
    expect(parseInterval('0.375', ymd, iv)).toBe(true);
    expect(iv.start).toBe(540);
  });

  it.each(['25', '25点', '10-9', '9:00-9:00', 'morning', '', '9:75'])('rejects %j', (text) => {
    expect(parseInterval(text, ymd, iv)).toBe(false);
  });
});

describe('parseCount', () => {
  it('whole numbers >= 0, with thousands separators', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount(' 0 ')).toBe(0);
    expect(parseCount('12.0')).toBe(12);
    expect(parseCount('1,234')).toBe(1234);
  });
  it.each(['3.5', '-2', 'abc', '', '1e3', '0x10', '1,23', '12 人'])('rejects %j', (text) => {
    expect(parseCount(text)).toBeNaN();
  });
});

describe('parseDuration', () => {
  it('minutes, seconds by the header unit, clock forms and Chinese units', () => {
    expect(parseDuration('5.5', 'minutes')).toBe(5.5);
    expect(parseDuration('90', 'seconds')).toBe(1.5);
    expect(parseDuration('0.5', 'hours')).toBe(30);
    expect(parseDuration('05:30', 'minutes')).toBe(5.5);
    expect(parseDuration('01:05:30', 'minutes')).toBe(65.5);
    expect(parseDuration('5分30秒', 'minutes')).toBe(5.5);
    expect(parseDuration('1小时5分', 'minutes')).toBe(65);
    expect(parseDuration('90秒', 'minutes')).toBe(1.5);
    expect(parseDuration('5 min', 'minutes')).toBe(5);
  });
  it.each(['', 'abc', '-5', '5:xx', '分'])('rejects %j', (text) => {
    expect(parseDuration(text, 'minutes')).toBeNaN();
  });
});
