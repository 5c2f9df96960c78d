/**
 * The ledgers as CSV rows with translated headers (download.ts adds the BOM Excel needs for
 * Chinese). Times are "YYYY-MM-DD HH:MM", empty where a stage was not reached; minutes keep
 * their decimals.
 */
import type { OvertimeLedgerRow, TimeOffRow } from '../../../sim/hall/results.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import type { LedgerCase } from './case-rows.ts';
import type { CaseLabels, LedgerMessages } from './labels.ts';
import { groupName, type Names } from './names.ts';
import type { WindowTotal } from './overtime.ts';
import { isoStamp } from './stamp.ts';

export interface Csv {
  header: string[];
  rows: (string | number | null)[][];
}

export function caseCsv(cases: readonly LedgerCase[], t: LedgerMessages, labels: CaseLabels): Csv {
  const col = t.cases.columns;
  return {
    header: [
      col.number,
      col.type,
      col.credit,
      col.source,
      col.officer,
      col.accepted,
      col.transferred,
      col.handleStarted,
      col.handled,
      col.answered,
      col.deadline,
      col.warned,
      col.extended,
      t.cases.limitDays,
      col.workingDays,
      col.status,
      t.cases.overdueStage,
    ],
    rows: cases.map((c) => [
      c.id,
      labels.type(c),
      c.credit,
      labels.source(c),
      labels.officer(c),
      isoStamp(c.accepted),
      isoStamp(c.transferred),
      isoStamp(c.handleStarted),
      isoStamp(c.handled),
      isoStamp(c.answered),
      isoStamp(c.deadline),
      isoStamp(c.warned),
      isoStamp(c.extended),
      c.limitDays,
      c.workingDays,
      labels.status(c),
      c.overdueStage === null ? '' : t.stages[c.overdueStage],
    ]),
  };
}

export function overtimeCsv(rows: readonly OvertimeLedgerRow[], t: LedgerMessages, names: Names, locale: Locale): Csv {
  const col = t.overtime.columns;
  return {
    header: [col.date, col.group, col.window, col.minutes],
    rows: rows.map((r) => [r.date, groupName(names, r.group, locale), r.window, r.minutes]),
  };
}

export function overtimeTotalsCsv(
  totals: readonly WindowTotal[],
  t: LedgerMessages,
  names: Names,
  locale: Locale,
): Csv {
  const col = t.overtime.columns;
  const all = totals.reduce((a, w) => ({ days: a.days + w.days, minutes: a.minutes + w.minutes }), {
    days: 0,
    minutes: 0,
  });
  return {
    header: [col.group, col.window, col.days, col.total],
    rows: [
      ...totals.map((w) => [groupName(names, w.group, locale), w.window, w.days, w.minutes]),
      [t.overtime.grandTotal, null, all.days, all.minutes],
    ],
  };
}

export function timeOffCsv(rows: readonly TimeOffRow[], t: LedgerMessages, names: Names, locale: Locale): Csv {
  const col = t.timeOff.columns;
  return {
    header: [col.group, col.window, col.earnedOn, col.minutes, col.takeOn],
    rows: rows.map((r) => [
      groupName(names, r.group, locale),
      r.window,
      r.earnedOn,
      r.minutes,
      r.takeOn ?? t.timeOff.noneInHorizon,
    ]),
  };
}
