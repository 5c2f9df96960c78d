/**
 * Where each row of a file goes, by the physical line it starts on: above the header (a title,
 * Excel's "sep=" line), the header, a blank line, or a data row, which is rejected for its quotes
 * or handed to the layout's reader (accepted or rejected there). Every line lands in exactly one
 * count: `lines.total = preamble + header + blank + continued + accepted + rejected`, so a caller
 * can check that no line vanished.
 */
import type { Mapping } from './columns.ts';
import type { RowFault } from './read-quotes.ts';
import { columnAt, msg, warn } from './read-messages.ts';
import type { Reporter } from './read-report.ts';
import { isBlank } from './read-shape.ts';
import type { LineCounts } from './records.ts';

export interface RowSortContext {
  /** The line the header starts on (0: the file has none). */
  headerLine: number;
  header: string[];
  mapping: Mapping;
  delimiter: string;
  reporter: Reporter;
  reader: { row(cells: string[], line: number): void };
}

export class RowSorter {
  /** Data rows read (accepted and rejected). */
  rowsRead = 0;
  readonly lines: LineCounts = { total: 0, preamble: 0, header: 0, blank: 0, continued: 0 };
  private preamble = 0;
  private preambleFirst = '';
  private extraWarned = false;
  private readonly multi = { rows: 0, lines: 0, first: 0, firstEnd: 0 };

  constructor(private readonly ctx: RowSortContext) {}

  /** One row from the splitter (a RowHandler). */
  readonly row = (cells: string[], line: number, span: number, fault: RowFault | null): void => {
    const { ctx, lines } = this;
    if (line < ctx.headerLine) {
      lines.preamble += span;
      if (!isBlank(cells) && this.preamble++ === 0) this.preambleFirst = cells.join(ctx.delimiter).trim();
      return;
    }
    if (line === ctx.headerLine) {
      lines.header += span;
      return;
    }
    if (!fault && isBlank(cells)) {
      lines.blank += span;
      return;
    }
    this.rowsRead++;
    lines.continued += span - 1;
    if (fault) {
      const col = columnAt(ctx.header, ctx.mapping, fault.column);
      const reason =
        fault.kind === 'invalid'
          ? msg.badQuotes(col, cells[fault.column] ?? '')
          : msg.strayQuote(col, fault.cause, fault.endLine);
      ctx.reporter.reject(line, ['quotes'], [reason], cells);
      return;
    }
    if (span > 1) {
      if (this.multi.rows++ === 0) [this.multi.first, this.multi.firstEnd] = [line, line + span - 1];
      this.multi.lines += span;
    }
    if (!this.extraWarned && cells.length > ctx.header.length) {
      for (let i = ctx.header.length; i < cells.length; i++) {
        if (cells[i].trim() !== '') {
          this.extraWarned = true;
          ctx.reporter.file('extraCells', warn.extraCells(line));
          break;
        }
      }
    }
    ctx.reader.row(cells, line);
  };

  /** Sets the file's line count and adds the warnings about lines above the header and rows over several lines. */
  finish(totalLines: number): void {
    this.lines.total = totalLines;
    const { reporter } = this.ctx;
    if (this.preamble > 0)
      reporter.warnings.unshift({ line: null, message: warn.preamble(this.preamble, this.preambleFirst) });
    const m = this.multi;
    if (m.rows > 0) reporter.file('multiLine', warn.multiLine(m.rows, m.first, m.firstEnd, m.lines));
  }
}

/**
 * A row's width as the rows of a sample have it: the most common cell count of the non-blank ones
 * (0 when there are none). A header may be wider, with a column no row fills.
 */
export function commonWidth(rows: string[][]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestRows = 0;
  for (const r of rows) {
    if (isBlank(r)) continue;
    const n = (counts.get(r.length) ?? 0) + 1;
    counts.set(r.length, n);
    if (n > bestRows) [best, bestRows] = [r.length, n];
  }
  return best;
}
