import { describe, expect, it } from 'vitest';
import { dayNumber } from '../scenario/index.ts';
import {
  DATE,
  DATETIME,
  TIME,
  civilDay,
  excelSerial,
  newStamp,
  parseStamp,
  sniffDateOrder,
  type StampContext,
} from './values.ts';

const ymd: StampContext = { order: 'mdy', compactTime: false };
const withDateColumn: StampContext = { order: 'mdy', compactTime: true };

/** Minutes since 1970-01-01 of a wall-clock time. */
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  dayNumber(y, mo, d) * 1440 + h * 60 + mi + s / 60;

function stamp(text: string, ctx: StampContext = ymd): { kind: number; value: number } | null {
  const out = newStamp();
  if (!parseStamp(text, ctx, out)) return null;
  const value = out.kind === TIME ? out.minutes : out.day * 1440 + out.minutes;
  return { kind: out.kind, value };
}

describe('parseStamp: dates and times as exports write them', () => {
  const nine12 = at(2024, 3, 5, 9, 12);
  it.each([
    ['2024-03-05 09:12', nine12],
    ['2024-03-05 9:12', nine12],
    ['2024/3/5 9:12:00', nine12],
    ['2024/03/05 09:12:00', nine12],
    ['2024.3.5 9:12', nine12],
    ['2024年3月5日 9:12', nine12],
    ['2024年3月5日9时12分', nine12],
    ['2024年03月05日 09时12分00秒', nine12],
    ['2024-03-05T09:12:00', nine12],
    ['2024-03-05T09:12:00+08:00', nine12],
    ['2024-03-05T09:12:00.000', nine12],
    ['20240305 0912', nine12],
    ['20240305 091200', nine12],
    ['20240305 09:12', nine12],
    ['202403050912', nine12],
    ['20240305091200', nine12],
    ['3/5/2024 9:12', nine12],
    ['3/5/2024 9:12 AM', nine12],
    ['2024/3/5 上午 9:12:00', nine12],
    ['  2024-03-05 09:12  ', nine12],
  ])('%s → 2024-03-05 09:12', (text, expected) => {
    expect(stamp(text)).toEqual({ kind: DATETIME, value: expected });
  });

  it('afternoon markers, seconds and fractions of a second', () => {
    expect(stamp('2024/3/5 下午 1:05:30')!.value).toBeCloseTo(at(2024, 3, 5, 13, 5, 30), 9);
    expect(stamp('3/5/2024 12:30 PM')!.value).toBe(at(2024, 3, 5, 12, 30));
    expect(stamp('3/5/2024 12:30 AM')!.value).toBe(at(2024, 3, 5, 0, 30));
    expect(stamp('2024-03-05 09:12:30.5')!.value).toBeCloseTo(at(2024, 3, 5, 9, 12, 30.5), 9);
    expect(stamp('2024-03-05 24:00')!.value).toBe(at(2024, 3, 6, 0, 0));
  });

  it('dates alone', () => {
    for (const t of ['2024-03-05', '2024/3/5', '2024年3月5日', '20240305', '2024.03.05', '3/5/2024']) {
      expect(stamp(t), t).toEqual({ kind: DATE, value: at(2024, 3, 5) });
    }
  });

  it('times of day alone: with colons, Chinese units and, next to a date column, packed digits', () => {
    expect(stamp('9:12')).toEqual({ kind: TIME, value: 552 });
    expect(stamp('09:12:30')!.value).toBeCloseTo(552.5, 9);
    expect(stamp('9时12分')).toEqual({ kind: TIME, value: 552 });
    expect(stamp('9点')).toEqual({ kind: TIME, value: 540 });
    expect(stamp('下午 2:00')).toEqual({ kind: TIME, value: 840 });
    expect(stamp('0912', withDateColumn)).toEqual({ kind: TIME, value: 552 });
    expect(stamp('091230', withDateColumn)!.value).toBeCloseTo(552.5, 9);
    expect(stamp('912', withDateColumn)).toEqual({ kind: TIME, value: 552 });
  });

  it('full-width digits and punctuation', () => {
    expect(stamp('２０２４－０３－０５　０９：１２')).toEqual({ kind: DATETIME, value: at(2024, 3, 5, 9, 12) });
    expect(stamp('２０２４年３月５日')).toEqual({ kind: DATE, value: at(2024, 3, 5) });
  });

  it('year-last dates follow the order given', () => {
    expect(stamp('5/3/2024', { order: 'dmy', compactTime: false })).toEqual({ kind: DATE, value: at(2024, 3, 5) });
    expect(stamp('5/3/2024', ymd)).toEqual({ kind: DATE, value: at(2024, 5, 3) });
    expect(stamp('25/3/2024', ymd)).toBeNull(); // month 25 in month-first order
  });

  it("records a time zone other than China's", () => {
    const out = newStamp();
    expect(parseStamp('2024-03-05T01:12:00Z', ymd, out)).toBe(true);
    expect(out.zone).toBe(2);
    expect(out.day * 1440 + out.minutes).toBe(at(2024, 3, 5, 1, 12)); // the clock as written
    expect(parseStamp('2024-03-05T09:12:00+08:00', ymd, out)).toBe(true);
    expect(out.zone).toBe(1);
  });

  it.each([
    '2024-13-05 09:00',
    '2024-02-30',
    '2023-02-29',
    '2024-03-05 25:00',
    '2024-03-05 09:60',
    '2024-03-05 24:01',
    '2024-03-05 09:12:61',
    'yesterday',
    '',
    '  ',
    '9',
    '2024-03',
    '13:00 PM',
    '2024/3/5 下午',
    'abc 2024-03-05',
    '20241305',
    '2024-03-05 09:12 extra',
    '1899-12-31',
  ])('rejects %j', (text) => {
    expect(stamp(text)).toBeNull();
  });

  it('2024-02-29 exists, 2100-02-29 does not', () => {
    expect(stamp('2024-02-29')).toEqual({ kind: DATE, value: at(2024, 2, 29) });
    expect(civilDay(2100, 2, 29)).toBeNaN();
    expect(civilDay(2000, 2, 29)).toBe(dayNumber(2000, 2, 29));
  });
});

describe('Excel serial numbers (1900 date system)', () => {
  it('45356.3833 is 2024-03-05 09:12 within a minute', () => {
    const s = stamp('45356.3833')!;
    expect(s.kind).toBe(DATETIME);
    expect(Math.abs(s.value - at(2024, 3, 5, 9, 12))).toBeLessThan(1);
  });

  it('whole serials are dates; fractions alone are times of day', () => {
    expect(stamp('45356')).toEqual({ kind: DATE, value: at(2024, 3, 5) });
    expect(stamp('25569')).toEqual({ kind: DATE, value: 0 }); // 1970-01-01
    expect(stamp('0.5')).toEqual({ kind: TIME, value: 720 });
    expect(stamp('0.375', withDateColumn)).toEqual({ kind: TIME, value: 540 });
  });

  it("keeps Excel's phantom 29 February 1900: serial 59 is 28 Feb, 61 is 1 March, 60 does not exist", () => {
    const out = newStamp();
    expect(excelSerial(1, out)).toBe(true);
    expect(out.day).toBe(dayNumber(1900, 1, 1));
    expect(excelSerial(59, out)).toBe(true);
    expect(out.day).toBe(dayNumber(1900, 2, 28));
    expect(excelSerial(61, out)).toBe(true);
    expect(out.day).toBe(dayNumber(1900, 3, 1));
    expect(excelSerial(60, out)).toBe(false);
  });

  it('rounds to the second and carries a full day over', () => {
    const out = newStamp();
    expect(excelSerial(45356.99999999, out)).toBe(true);
    expect(out.day).toBe(dayNumber(2024, 3, 6));
    expect(out.minutes).toBe(0);
  });
});

describe('sniffDateOrder', () => {
  it('decides from a day above 12, else month first and undecided', () => {
    expect(sniffDateOrder(['3/5/2024', '25/3/2024 9:00'])).toEqual({ order: 'dmy', yearLast: 2, decided: true });
    expect(sniffDateOrder(['3/25/2024'])).toEqual({ order: 'mdy', yearLast: 1, decided: true });
    expect(sniffDateOrder(['3/5/2024'])).toEqual({ order: 'mdy', yearLast: 1, decided: false });
    expect(sniffDateOrder(['2024-03-05', ''])).toEqual({ order: 'mdy', yearLast: 0, decided: true });
  });
});
