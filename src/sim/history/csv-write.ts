/**
 * CSV text as HallFlow writes it, for Excel in China: UTF-8 with a byte-order mark (so Chinese
 * headers open correctly), CRLF line ends, a cell quoted when it holds a quote, comma or line
 * break. One writer for the page's downloads, the import worker and the command line; they differ
 * only in how numbers are written (`CsvNumber`). History import's rejected rows are written here
 * too: every rejected row with its line number and reason, so none is lost.
 */
import type { RejectedRow } from './records.ts';

/** How a number is written. */
export type CsvNumber = (v: number) => string;

/** Integers as they are; other numbers rounded to 6 decimals (no trailing zeros). */
export const sixDecimals: CsvNumber = (v) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6));

/** Integers as they are; other numbers with exactly 4 decimals (the command line's result files). */
export const fourDecimals: CsvNumber = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

export function csvCell(v: unknown, num: CsvNumber = sixDecimals): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? num(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (with BOM, CRLF line ends) from a header row and data rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  num: CsvNumber = sixDecimals,
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map((v) => csvCell(v, num)).join(',')).join('\r\n')}\r\n`;
}

/** Rows of the rejected-rows CSV: line number, reason in `lang`, the row as read. */
export function rejectedCsvRows(rows: readonly RejectedRow[], lang: 'zh' | 'en'): unknown[][] {
  return rows.map((r) => [r.line, r.reason[lang], r.raw]);
}

/** The whole rejected-rows CSV. */
export function rejectedCsvText(
  rows: readonly RejectedRow[],
  header: [string, string, string],
  lang: 'zh' | 'en',
): string {
  return toCsv([...header], rejectedCsvRows(rows, lang));
}
