/**
 * Number, time and date formatting for the charts, per locale (Intl formatters are made once and
 * cached). Dates are day numbers (days since 1970-01-01, as in src/sim/scenario/time.ts), formatted in
 * UTC so the viewer's time zone never shifts a day. Chinese dates read like a wall calendar:
 * 3月5日 周四.
 */
import { formatTimeOfDay } from '../../sim/scenario/index.ts';
import type { Locale } from '../i18n/index.svelte.ts';

export interface Formatters {
  locale: Locale;
  /** A number with at most `digits` decimals (grouping as the locale has it). */
  number(v: number, digits?: number): string;
  /** A number with exactly `digits` decimals (0.30, not 0.3: a figure as precise as its ±). */
  fixed(v: number, digits: number): string;
  /** A count or average of people or machines: 1 decimal, 2 significant digits below 1, "<0.01" below that. */
  amount(v: number): string;
  /** A share 0..1 as a percentage with at most `digits` decimals. */
  percent(v: number, digits?: number): string;
  /** "12.3 ± 0.4" (the ± part only when the half-width is known and does not round to 0). */
  pm(mean: number, halfWidth: number | null | undefined, digits?: number): string;
  /** Same for shares, in percent: "92.3% ± 1.2%". */
  pmPercent(mean: number, halfWidth: number | null | undefined, digits?: number): string;
  /** Minutes after midnight → "HH:MM". */
  time(minutes: number): string;
  /** zh: 3月5日 周四 · en: Thu, Mar 5. */
  dateLong(day: number): string;
  /** zh: 3月5日 · en: Mar 5. */
  dateShort(day: number): string;
  /** zh: 2026年3月 · en: March 2026. */
  month(year: number, month: number): string;
  /** ISO weekday (1 = Monday) → zh: 一 … 日 · en: Mon … Sun. */
  weekday(isoWeekday: number): string;
}

const cache = new Map<Locale, Formatters>();

function withHw(mean: string, hw: string | null, zero: string): string {
  return hw === null || hw === zero ? mean : `${mean} ± ${hw}`;
}

const MS_PER_DAY = 86_400_000;
const utc = (day: number) => new Date(day * MS_PER_DAY);

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const numbers = new Map<number, Intl.NumberFormat>();
  const nf = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  const fixedNumbers = new Map<number, Intl.NumberFormat>();
  const ff = (digits: number) => {
    let f = fixedNumbers.get(digits);
    if (!f)
      fixedNumbers.set(
        digits,
        (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })),
      );
    return f;
  };
  const percents = new Map<number, Intl.NumberFormat>();
  const pf = (digits: number) => {
    let f = percents.get(digits);
    if (!f)
      percents.set(digits, (f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
    return f;
  };
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const zh = locale === 'zh-CN';
  const weekdayFmt = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const longFmt = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const shortFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
  const longDates = new Map<number, string>();
  const f: Formatters = {
    locale,
    number: (v, digits = 1) => nf(digits).format(v),
    fixed: (v, digits) => ff(digits).format(v),
    amount: (v) =>
      Math.abs(v) >= 1 || v === 0 ? nf(1).format(v) : Math.abs(v) < 0.01 ? `<${nf(2).format(0.01)}` : small.format(v),
    percent: (v, digits = 1) => pf(digits).format(v),
    pm: (mean, hw, digits = 1) =>
      withHw(nf(digits).format(mean), hw ? nf(digits).format(hw) : null, nf(digits).format(0)),
    pmPercent: (mean, hw, digits = 1) =>
      withHw(pf(digits).format(mean), hw ? pf(digits).format(hw) : null, pf(digits).format(0)),
    time: (minutes) => formatTimeOfDay(minutes),
    // Memoised per day: the heat map's tooltips ask for every cell's day on each result.
    dateLong: (day) => {
      let text = longDates.get(day);
      if (text === undefined) {
        const d = utc(day);
        text = zh ? `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${weekdayFmt.format(d)}` : longFmt.format(d);
        longDates.set(day, text);
      }
      return text;
    },
    dateShort: (day) => {
      if (!zh) return shortFmt.format(utc(day));
      const d = utc(day);
      return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    },
    month: (year, month) => monthFmt.format(new Date(Date.UTC(year, month - 1, 1))),
    // 2024-01-01 was a Monday.
    weekday: (w) => (zh ? ZH_WEEKDAYS[w - 1] : weekdayFmt.format(new Date(Date.UTC(2024, 0, w)))),
  };
  cache.set(locale, f);
  return f;
}
