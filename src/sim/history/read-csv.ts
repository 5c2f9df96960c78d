/**
 * The CSV layer of an import: line endings, the delimiter (comma, semicolon or tab) and the
 * header row found from a sample, and a splitter that turns decoded text, block by block, into
 * rows with the physical line each starts on (papaparse's low-level parser on each block, the
 * unfinished last row carried over to the next block).
 *
 * Line numbers count physical lines (1-based): a row whose quoted cell holds line breaks spans
 * several, so the rows after it keep the numbers an editor shows. Papaparse reports only
 * character offsets; the line breaks inside a row's cells are counted here, and only in blocks
 * that contain a quote at all (without quotes no cell can hold a line break).
 */
import Papa from 'papaparse';
import { headerScore } from './columns.ts';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** "\n" when the text has one ("\r\n" files then leave a "\r" at the end of rows, trimmed later). */
export function detectNewline(sample: string): '\n' | '\r' {
  return sample.indexOf('\n') >= 0 || sample.indexOf('\r') < 0 ? '\n' : '\r';
}

function sampleRows(sample: string, delimiter: Delimiter, newline: '\n' | '\r', max: number): string[][] {
  // The last row of a sample may be cut: it only ever counts toward the width.
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  const res = parser.parse(sample, 0, false) as { data: string[][] };
  return res.data.slice(0, max);
}

export interface CsvShape {
  delimiter: Delimiter;
  newline: '\n' | '\r';
  /** Index of the header row among all rows (empty ones included); -1 when none was found. */
  headerRow: number;
  header: string[];
  /** The first rows of the sample, for the date-order sniff and messages. */
  rows: string[][];
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * Finds the delimiter and the header row: for each delimiter, the row among the first 20 that
 * names the most fields (the first of equals); the delimiter whose best header names most wins (then the one giving
 * more columns consistently). `extraScore` lets a user's mapping count the header names it uses.
 */
export function detectShape(sample: string, extraScore: (cells: string[]) => number = () => 0): CsvShape {
  const newline = detectNewline(sample);
  let best: CsvShape | null = null;
  let bestScore = -1;
  let bestWidth = -1;
  for (const delimiter of DELIMITERS) {
    const rows = sampleRows(sample, delimiter, newline, 60);
    let headerRow = -1;
    let score = 0;
    for (let i = 0, seen = 0; i < rows.length && seen < 20; i++) {
      if (isBlank(rows[i])) continue;
      seen++;
      const s = headerScore(rows[i]) + extraScore(rows[i]);
      if (s > score) {
        score = s;
        headerRow = i;
      }
    }
    // Width: the most common cell count of non-blank rows (a delimiter that splits nothing gives 1).
    const counts = new Map<number, number>();
    for (const r of rows) if (!isBlank(r)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 0;
    let widthRows = 0;
    for (const [w, n] of counts) if (n > widthRows || (n === widthRows && w > width)) [width, widthRows] = [w, n];
    // One recognised name is enough for a header (the checks of required columns then say what is missing).
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      bestScore = score;
      bestWidth = width;
      best = {
        delimiter,
        newline,
        headerRow: score > 0 ? headerRow : -1,
        header: score > 0 ? rows[headerRow].map((c) => c.replace(/^\uFEFF/, '').trim()) : [],
        rows,
      };
    }
  }
  return best!;
}

/** One row of the file: its cells, the line it starts on, its index among all rows. */
export type RowHandler = (cells: string[], line: number, index: number, malformed: string | null) => void;

/** A single row longer than this is not CSV (a file with no line breaks at all, say). */
const MAX_PENDING = 64 * 1024 * 1024;

export class CsvSplitter {
  /** Physical line the next row starts on. */
  private line = 1;
  private index = 0;
  private pending = '';
  private readonly parser: Papa.Parser;
  private readonly fastParser: Papa.Parser;

  constructor(
    private readonly newline: '\n' | '\r',
    private readonly delimiter: Delimiter,
    private readonly onRow: RowHandler,
  ) {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    this.fastParser = new Papa.Parser({ delimiter, newline, fastMode: true });
  }

  /** Lines counted so far (the line the next row starts on). */
  get nextLine(): number {
    return this.line;
  }

  /** Feeds decoded text; `final` for the last block (then the last row needs no line break). */
  push(text: string, final: boolean): void {
    const input = this.pending === '' ? text : this.pending + text;
    if (input === '') return;
    type Result = { data: string[][]; errors: { code: string; row: number }[]; meta: { cursor: number } };
    let res: Result;
    let quoted = input.indexOf('"') >= 0;
    let unquote = false;
    const cut = quoted ? (final ? input.length : input.lastIndexOf(this.newline) + 1) : 0;
    if (quoted && cut > 0 && simplyQuoted(input, cut, this.delimiter.charCodeAt(0))) {
      // Every quote only wraps a plain cell ("2024-03-05 09:12"): papaparse's fast path (split at
      // line breaks and delimiters) gives the cells with their quotes, taken off below. A file
      // quoting every cell reads half again as fast so.
      res = this.fastParser.parse(cut === input.length ? input : input.slice(0, cut), 0, !final) as Result;
      this.pending = final ? '' : input.slice(cut);
      quoted = false;
      unquote = true;
    } else {
      res = this.parser.parse(input, 0, !final) as Result;
      this.pending = final ? '' : input.slice(res.meta.cursor);
    }
    if (this.pending.length > MAX_PENDING) throw new RangeError('line too long');
    const rows = res.data;
    let bad: Map<number, string> | null = null;
    for (const e of res.errors) {
      if (e.row < rows.length) (bad ??= new Map()).set(e.row, e.code === 'MissingQuotes' ? 'missing' : 'invalid');
    }
    const nl = this.newline;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      // "\r\n" files split at "\n" leave a "\r" at the end of each row.
      const last = cells[cells.length - 1];
      if (last.length > 0 && last.charCodeAt(last.length - 1) === 13) cells[cells.length - 1] = last.slice(0, -1);
      if (unquote) {
        for (let c = 0; c < cells.length; c++) {
          const v = cells[c];
          if (v.charCodeAt(0) === 34) cells[c] = v.slice(1, v.length - 1);
        }
      }
      const line = this.line;
      let span = 1;
      if (quoted) {
        for (let c = 0; c < cells.length; c++) {
          let k = cells[c].indexOf(nl);
          while (k >= 0) {
            span++;
            k = cells[c].indexOf(nl, k + 1);
          }
        }
      }
      this.line += span;
      this.onRow(cells, line, this.index++, bad ? (bad.get(r) ?? null) : null);
    }
  }
}

/**
 * Whether every quote in text[0, end) wraps a whole cell that holds no quote, delimiter or line
 * break: an opening quote at the start of a cell, the next quote closing it at the end of the cell.
 */
export function simplyQuoted(text: string, end: number, delimiter: number): boolean {
  let p = text.indexOf('"');
  while (p >= 0 && p < end) {
    if (p > 0) {
      const before = text.charCodeAt(p - 1);
      if (before !== delimiter && before !== 10 && before !== 13) return false;
    }
    let q = p + 1;
    for (; q < end; q++) {
      const c = text.charCodeAt(q);
      if (c === 34) break;
      if (c === delimiter || c === 10 || c === 13) return false;
    }
    if (q >= end) return false;
    if (q + 1 < end) {
      const after = text.charCodeAt(q + 1);
      if (after !== delimiter && after !== 10 && after !== 13) return false;
    }
    p = text.indexOf('"', q + 1);
  }
  return true;
}
