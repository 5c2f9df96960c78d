import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../sim/history/read.ts';
import { pageOf, PAGE_SIZE, rejectedCsvRows, rejectedCsvText, rejectedFileName } from './rejected.ts';
import { KNOWN_TYPES } from '../../views/import/test-fixtures.ts';

describe('rejected rows', () => {
  it('pages a list, clamping the page to those there are', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(pageOf(0, 0)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
    expect(pageOf(120, 0)).toEqual({ page: 0, pages: 3, from: 0, to: 50 });
    expect(pageOf(120, 2)).toEqual({ page: 2, pages: 3, from: 100, to: 120 });
    expect(pageOf(120, 9)).toEqual({ page: 2, pages: 3, from: 100, to: 120 });
    expect(pageOf(120, -3)).toEqual({ page: 0, pages: 3, from: 0, to: 50 });
    expect(pageOf(100, 1)).toEqual({ page: 1, pages: 2, from: 50, to: 100 });
  });

  it('writes every rejected row of a read as CSV with its line and the reason in either language', async () => {
    const text = [
      '票号,取号时间,开始办理时间,办结时间,业务类型',
      'A1,2026/3/2 9:00:00,2026/3/2 9:05:00,2026/3/2 9:09:00,政策咨询',
      'A2,昨天上午,,,政策咨询',
      'A3,2026/3/2 9:02:00,2026/3/2 9:10:00,2026/3/2 9:03:00,政策咨询',
      '"A4","2026/3/2 9:03:00",,,"多行',
      '业务"',
      'A1,2026/3/2 9:04:00,,,政策咨询',
    ].join('\r\n');
    const { report } = await readHistory(new TextEncoder().encode(text), { knownTypes: KNOWN_TYPES });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 5, 7]);
    const en = rejectedCsvRows(report.rejected, 'en');
    expect(en.map((r) => r[0])).toEqual([3, 4, 5, 7]);
    expect(en[0][1]).toBe(report.rejected[0].reason.en);
    expect(rejectedCsvRows(report.rejected, 'zh')[0][1]).toBe(report.rejected[0].reason.zh);
    expect(en[3][2]).toBe(report.rejected[3].raw);
    const csv = rejectedCsvText(report.rejected, ['行号', '原因', '原始内容'], 'zh');
    expect(csv.startsWith('\uFEFF行号,原因,原始内容\r\n3,')).toBe(true);
    // The quoted cell with a line break stays one CSV record.
    expect(
      csv
        .split('\r\n')
        .filter((l) => /^\d+,/.test(l))
        .map((l) => Number(l.split(',')[0])),
    ).toEqual([3, 4, 5, 7]);
  });

  it('names the CSV after the imported file', () => {
    expect(rejectedFileName('叫号记录 2026-03.csv')).toBe('叫号记录-2026-03-rejected.csv');
    expect(rejectedFileName('export.tickets.CSV')).toBe('export.tickets-rejected.csv');
    expect(rejectedFileName('')).toBe('history-rejected.csv');
  });
});
