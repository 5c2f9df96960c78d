import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRow } from '../../../sim/hall/cases.ts';
import { mergeResults } from '../../../sim/results/merge.ts';
import { resolveScenario } from '../../../sim/hall/resolve.ts';
import type { ReplicationResult } from '../../../sim/hall/results.ts';
import { runReplication } from '../../../sim/hall/run.ts';
import { formatIsoDate, parseIsoDate, type Scenario } from '../../../sim/scenario/index.ts';
import { viewsEn } from '../../i18n/views.en.ts';
import { viewsZh } from '../../i18n/views.zh-CN.ts';
import { caseStatus, shapeCases, type LedgerCase } from './case-rows.ts';
import { DEFAULT_SORT, NO_FILTER, filterCases, isFiltered, pageOf, sortCases, toggleSort } from './case-filter.ts';
import { caseLabels } from './labels.ts';
import { caseCsv, overtimeCsv, overtimeTotalsCsv, timeOffCsv } from './ledger-csv.ts';
import { scenarioNames } from './names.ts';
import { overtimeTotals } from './overtime.ts';
import { formatNumber, formatShare } from './format.ts';
import { displayDate, displayStamp, isoStamp, stamp } from './stamp.ts';
import { ledgerAverages, ledgerSummary } from './summary.ts';
import { stressedDemo } from './test-fixtures.ts';

const t = viewsEn.ledgers;

let s: Scenario;
let result: ReplicationResult;
let raw: CaseRow[];
let cases: LedgerCase[];
let startDay: number;

beforeAll(() => {
  s = stressedDemo();
  result = runReplication(s, { seed: 7, replication: 0 });
  raw = result.ledgers.cases;
  startDay = resolveScenario(s).calendar.startDay;
  cases = shapeCases(raw, resolveScenario(s).calendar);
});

describe('ledger times', () => {
  it('turns simulation minutes into the date and time on the calendar, to the minute', () => {
    const cal = { startDay: parseIsoDate('2026-03-01')! };
    expect(stamp(cal, 0)).toEqual({ minutes: 0, day: 0, date: '2026-03-01', time: '00:00' });
    // 1 day 9 h 17.9 min: the ledger writes 09:17 (rounded down, never 09:60).
    expect(stamp(cal, 1440 + 9 * 60 + 17.9)).toMatchObject({ day: 1, date: '2026-03-02', time: '09:17' });
    expect(stamp(cal, 599.999).time).toBe('09:59');
    // Past the horizon and across a month end.
    expect(stamp(cal, 31 * 1440 + 17 * 60).date).toBe('2026-04-01');
    expect(isoStamp(stamp(cal, 1440 + 600))).toBe('2026-03-02 10:00');
    expect(isoStamp(null)).toBe('');
  });

  it('shows a time in each language without a time-zone shift', () => {
    const st = stamp({ startDay: parseIsoDate('2026-03-01')! }, 3 * 1440 + 9 * 60 + 41);
    expect(displayStamp(st, 'zh-CN')).toMatch(/3月4日.*09:41/);
    expect(displayStamp(st, 'en')).toMatch(/Mar 4.*09:41/);
    expect(displayDate('2026-03-04', 'en')).toBe('Wed, Mar 4, 2026');
    expect(displayDate('2026-03-04', 'zh-CN')).toMatch(/2026年3月4日.*周三/);
  });

  it('formats counts and shares in each language', () => {
    expect(formatNumber(12345.678, 'en', 1)).toBe('12,345.7');
    expect(formatNumber(0.5, 'zh-CN')).toBe('1');
    expect(formatShare(0.26567, 'en')).toBe('26.6%');
    expect(formatShare(1, 'zh-CN')).toBe('100.0%');
  });

  it('gives every stage of every case the date of its raw minute', () => {
    expect(cases).toHaveLength(raw.length);
    raw.forEach((r, i) => {
      const c = cases[i];
      const date = (m: number) => formatIsoDate(startDay + Math.floor(m / 1440));
      expect(c.accepted.date).toBe(date(r.acceptedAt));
      expect(c.deadline.date).toBe(date(r.deadlineAt));
      expect(c.answered?.date ?? null).toBe(r.answeredAt === null ? null : date(r.answeredAt));
      expect(c.handled?.minutes ?? null).toBe(r.handledAt);
    });
    // The deadline is the end of the back office's day (17:00 in the demo).
    expect(new Set(cases.map((c) => c.deadline.time))).toEqual(new Set(['17:00']));
  });
});

describe('case status', () => {
  const row = (answeredAt: number | null, onTime: boolean | null, overdueStage: CaseRow['overdueStage']) => ({
    answeredAt,
    onTime,
    overdueStage,
  });
  it('is on time, overdue (answered late or still open past the deadline) or open', () => {
    expect(caseStatus(row(100, true, null))).toBe('onTime');
    expect(caseStatus(row(100, false, 'queue'))).toBe('overdue');
    expect(caseStatus(row(null, null, 'handle'))).toBe('overdue');
    expect(caseStatus(row(null, null, null))).toBe('open');
  });

  it('agrees with the replication’s own case figures', () => {
    const m = result.metrics;
    const sum = ledgerSummary(cases, result.ledgers.overtime);
    expect(sum.accepted).toBe(m['cases.accepted']);
    expect(sum.answered).toBe(m['cases.answered']);
    expect(sum.open).toBe(m['cases.openAtEnd']);
    expect(sum.onTimeShare).toBeCloseTo(m['cases.onTimeShare'], 12);
    expect(sum.overdueByStage).toEqual({
      transfer: m['cases.overdue.transfer'],
      queue: m['cases.overdue.queue'],
      handle: m['cases.overdue.handle'],
      answer: m['cases.overdue.answer'],
    });
    expect(sum.overdue).toBe(m['cases.overdue']);
    // The stressed back office: most cases overdue, waiting for an officer.
    expect(sum.overdueByStage.queue).toBeGreaterThan(100);
    expect(sum.overtimeMinutes).toBeCloseTo(m['windows.overtimeMinutes'], 9);
    expect(sum.overtimeWindows).toBe(new Set(result.ledgers.overtime.map((r) => `${r.group}/${r.window}`)).size);
  });

  it('reads the averages over replications from the merged result', () => {
    const second = runReplication(s, { seed: 7, replication: 1 });
    const merged = mergeResults([result, second]);
    const avg = ledgerAverages(merged);
    expect(avg.accepted!.mean).toBeCloseTo(
      (result.metrics['cases.accepted'] + second.metrics['cases.accepted']) / 2,
      9,
    );
    expect(avg.overtimeMinutes!.n).toBe(2);
    expect(avg.onTimeShare!.halfWidth).not.toBeNull();
    expect(ledgerAverages({ metrics: {} }).accepted).toBeNull();
  });
});

describe('filtering, sorting, paging', () => {
  it('filters by type, class, status, source, number and acceptance dates', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(filterCases(cases, NO_FILTER)).toHaveLength(raw.length);
    expect(filterCases(cases, { ...NO_FILTER, credit: 'A' })).toHaveLength(raw.filter((r) => r.credit === 'A').length);
    expect(filterCases(cases, { ...NO_FILTER, source: 'closing' })).toHaveLength(
      raw.filter((r) => r.source === 'closing').length,
    );
    const overdue = filterCases(cases, { ...NO_FILTER, status: 'overdue' });
    expect(overdue).toHaveLength(raw.filter((r) => r.overdueStage !== null).length);
    expect(filterCases(cases, { ...NO_FILTER, status: 'onTime' })).toHaveLength(
      raw.filter((r) => r.onTime === true).length,
    );
    const types = new Set(raw.map((r) => r.type));
    for (const type of types)
      expect(filterCases(cases, { ...NO_FILTER, type })).toHaveLength(raw.filter((r) => r.type === type).length);
    // Number: digits anywhere in the number.
    const by42 = filterCases(cases, { ...NO_FILTER, number: ' 42 ' });
    expect(by42.map((c) => c.id)).toEqual(raw.filter((r) => String(r.id).includes('42')).map((r) => r.id));
    // Dates, inclusive: cases accepted on 2026-03-05 and 2026-03-06.
    const lo = (parseIsoDate('2026-03-05')! - startDay) * 1440;
    const hi = (parseIsoDate('2026-03-07')! - startDay) * 1440;
    const inRange = filterCases(cases, { ...NO_FILTER, from: '2026-03-05', to: '2026-03-06' });
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange).toHaveLength(raw.filter((r) => r.acceptedAt >= lo && r.acceptedAt < hi).length);
    // Combined.
    const both = filterCases(cases, { ...NO_FILTER, credit: 'B', status: 'overdue', source: 'window' });
    expect(both).toHaveLength(
      raw.filter((r) => r.credit === 'B' && r.overdueStage !== null && r.source === 'window').length,
    );
    expect(isFiltered({ ...NO_FILTER, to: '2026-03-06' })).toBe(true);
  });

  it('sorts by any column, either way, empty cells last, ties by number', () => {
    const labels = caseLabels(t, scenarioNames(s), 'en');
    const byAccepted = sortCases(cases, { key: 'accepted', dir: 'desc' }, labels, 'en');
    for (let i = 1; i < byAccepted.length; i++)
      expect(byAccepted[i - 1].accepted.minutes).toBeGreaterThanOrEqual(byAccepted[i].accepted.minutes);
    const byDays = sortCases(cases, { key: 'workingDays', dir: 'desc' }, labels, 'en');
    expect(byDays[0].workingDays).toBe(Math.max(...raw.map((r) => r.workingDays ?? -1)));
    for (const dir of ['asc', 'desc'] as const) {
      const ext = sortCases(cases, { key: 'extended', dir }, labels, 'en');
      const firstNull = ext.findIndex((c) => c.extended === null);
      expect(firstNull).toBe(raw.filter((r) => r.extendedAt !== null).length);
      expect(ext.slice(firstNull).every((c) => c.extended === null)).toBe(true);
      expect(ext.slice(firstNull).map((c) => c.id)).toEqual(raw.filter((r) => r.extendedAt === null).map((r) => r.id));
    }
    const byStatus = sortCases(cases, { key: 'status', dir: 'asc' }, labels, 'en');
    expect(byStatus[0].status).toBe('overdue');
    expect(byStatus[byStatus.length - 1].status).toBe('onTime');
    const byOfficer = sortCases(cases, { key: 'officer', dir: 'asc' }, labels, 'en');
    expect(labels.officer(byOfficer[0]) <= labels.officer(byOfficer[byOfficer.length - 1])).toBe(true);
    // Window numbers compare as numbers: window 2 before window 10.
    const general = byOfficer.filter((c) => c.group === 'general').map((c) => c.window!);
    for (let i = 1; i < general.length; i++) expect(general[i]).toBeGreaterThanOrEqual(general[i - 1]);
    expect(sortCases(cases, DEFAULT_SORT, labels, 'en').map((c) => c.id)).toEqual(raw.map((r) => r.id));
    expect(toggleSort(DEFAULT_SORT, 'number')).toEqual({ key: 'number', dir: 'desc' });
    expect(toggleSort({ key: 'number', dir: 'desc' }, 'deadline')).toEqual({ key: 'deadline', dir: 'asc' });
  });

  it('pages the rows and clamps the page', () => {
    const p = pageOf(cases, 1, 50);
    expect(p).toMatchObject({ index: 1, from: 51, to: 100, pages: Math.ceil(cases.length / 50) });
    expect(p.rows[0]).toBe(cases[50]);
    const last = pageOf(cases, 999, 50);
    expect(last.index).toBe(last.pages - 1);
    expect(last.to).toBe(cases.length);
    expect(pageOf([], 3, 50)).toEqual({ rows: [], index: 0, pages: 1, from: 0, to: 0 });
  });
});

describe('CSV', () => {
  it('writes the filtered cases with translated headers', () => {
    const labels = caseLabels(t, scenarioNames(s), 'en');
    const rows = filterCases(cases, { ...NO_FILTER, source: 'closing' });
    const csv = caseCsv(rows, t, labels);
    expect(csv.header[0]).toBe('No.');
    expect(csv.header).toContain('First-inquiry officer’s window');
    expect(csv.rows).toHaveLength(rows.length);
    const first = rows[0];
    const r = raw.find((x) => x.id === first.id)!;
    expect(csv.rows[0][0]).toBe(r.id);
    expect(csv.rows[0][4]).toBe('Closing desk (left with the hall)');
    expect(csv.rows[0][5]).toBe(isoStamp(stamp({ startDay }, r.acceptedAt)));
    expect(csv.rows[0][14]).toBe(r.workingDays);
    const overdueRow = csv.rows.find((x) => x[16] !== '')!;
    expect(overdueRow[15]).toMatch(/^Overdue \(/);
    // Chinese headers and words from the Chinese dictionary.
    const zh = caseCsv(rows.slice(0, 1), viewsZh.ledgers, caseLabels(viewsZh.ledgers, scenarioNames(s), 'zh-CN'));
    expect(zh.header[0]).toBe(viewsZh.ledgers.cases.columns.number);
    expect(zh.rows[0][1]).toBe(s.types.find((x) => x.id === r.type)!.name.zh);
  });

  it('names the officer by window group and window', () => {
    const labels = caseLabels(t, scenarioNames(s), 'en');
    const atWindow = cases.find((c) => c.group === 'general')!;
    const general = s.windows.groups.find((g) => g.id === 'general')!.name;
    expect(labels.officer(atWindow)).toBe(`${general.en}, window ${atWindow.window}`);
    const zh = caseLabels(viewsZh.ledgers, scenarioNames(s), 'zh-CN');
    expect(zh.officer(atWindow)).toBe(`${general.zh} ${atWindow.window} 号窗口`);
    expect(labels.credit(atWindow)).toBe(`Class ${atWindow.credit}`);
  });

  it('sums overtime per window and writes the overtime and time-off CSVs', () => {
    const ot = result.ledgers.overtime;
    const names = scenarioNames(s);
    const totals = overtimeTotals(ot, names.groupOrder);
    const sum = totals.reduce((a, w) => a + w.minutes, 0);
    expect(sum).toBeCloseTo(result.metrics['windows.overtimeMinutes'], 9);
    for (const w of totals) {
      const mine = ot.filter((r) => r.group === w.group && r.window === w.window);
      expect(w.days).toBe(mine.length);
      expect(w.minutes).toBeCloseTo(
        mine.reduce((a, r) => a + r.minutes, 0),
        12,
      );
    }
    // In the scenario's group order.
    const ranks = totals.map((w) => names.groupOrder.indexOf(w.group));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(
      overtimeTotals([
        { date: '2026-03-02', group: 'x', window: 2, minutes: 3 },
        { date: '2026-03-03', group: 'x', window: 2, minutes: 4.5 },
        { date: '2026-03-02', group: 'x', window: 1, minutes: 1 },
      ]),
    ).toEqual([
      { group: 'x', window: 1, days: 1, minutes: 1 },
      { group: 'x', window: 2, days: 2, minutes: 7.5 },
    ]);

    const csv = overtimeCsv(ot, t, names, 'zh-CN');
    expect(csv.header).toEqual(['Date', 'Window group', 'Window', 'Overtime (minutes)']);
    expect(csv.rows[0]).toEqual([
      ot[0].date,
      s.windows.groups.find((g) => g.id === ot[0].group)!.name.zh,
      ot[0].window,
      ot[0].minutes,
    ]);
    const tot = overtimeTotalsCsv(totals, t, names, 'en');
    expect(tot.rows).toHaveLength(totals.length + 1);
    expect(tot.rows[tot.rows.length - 1][0]).toBe('All windows');
    expect(tot.rows[tot.rows.length - 1][2]).toBe(ot.length);
    expect(tot.rows[tot.rows.length - 1][3] as number).toBeCloseTo(sum, 9);

    const off = result.ledgers.timeOff;
    expect(off.length).toBeGreaterThan(0);
    expect(off.some((r) => r.takeOn === null)).toBe(true);
    const offCsv = timeOffCsv(off, t, names, 'en');
    expect(offCsv.rows).toHaveLength(off.length);
    const none = off.findIndex((r) => r.takeOn === null);
    expect(offCsv.rows[none][4]).toBe('none in the horizon');
    expect(offCsv.rows[0]).toEqual([
      s.windows.groups.find((g) => g.id === off[0].group)!.name.en,
      off[0].window,
      off[0].earnedOn,
      20,
      off[0].takeOn,
    ]);
  });
});
