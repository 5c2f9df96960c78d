/**
 * The province's halls as a terminal table and as CSV (province.csv, UTF-8 with a byte-order
 * mark so that Excel opens the Chinese names), ranked as the app ranks them (province.ts).
 */
import { rankHalls, type ProvinceResult } from '../sim/batch/province.ts';
import { PROVINCE_COLUMNS as COLUMNS, provinceCsv } from '../sim/batch/province-columns.ts';

// The columns and the CSV are shared with the app's province view (province-columns.ts).
export { provinceCsv };

/** The table for the terminal, headed in Chinese and, on the line below, in English. */
export function provinceTable(p: ProvinceResult): string[] {
  const ranked = rankHalls(p.halls);
  const rows = [
    COLUMNS.map((c) => c.zh),
    COLUMNS.map((c) => c.en),
    ...ranked.map((h, i) => COLUMNS.map((c) => c.cell(h, i + 1))),
  ];
  // A CJK character takes two columns of a terminal.
  const width = (s: string) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  const pad = (s: string, i: number) => s + ' '.repeat(widths[i] - width(s));
  return rows.map((r) => r.map(pad).join('  ').trimEnd());
}
