/**
 * The CSV layer of an import: decoded text, block by block, → rows, each with the physical line
 * it starts on and the number of lines it spans, so that every line of a file is accounted for.
 *
 * Guarantees:
 * - A line ends at CR, LF or CRLF, in any mix within one file (Excel on a Mac, a log appended to
 *   by several systems); a CRLF cut between two blocks is still one line break. Inside a quoted
 *   cell a line break of any kind is part of the cell (and still a physical line).
 * - A quote opens a quoted cell only as the first character of a cell; elsewhere it is an
 *   ordinary character. `""` inside a quoted cell is one quote.
 * - A quoted cell on one line followed by other characters before the delimiter ("Consultation"x)
 *   makes its row faulted ('invalid'); the row still ends at its own line break.
 * - A quoted cell that shows the signs of a stray quote (read-quotes.ts) cuts its row at the end
 *   of the line the quote opened on (fault 'stray'), and the lines after are read again as rows.
 * - The rows are the same whatever the blocks. Work is linear in the input: nothing is scanned
 *   twice but what follows a stray quote's line, within the limits of read-quotes.ts. `work`
 *   counts the characters examined, for the tests that hold this.
 * Lines without a quote are split at their delimiters at once; the others, and lines cut by the
 * end of a block, one character at a time.
 *
 * Why not papaparse (which this replaced): it takes one newline sequence per parse, so a file
 * with mixed line endings folded rows into each other without a word (6,585 of 19,950 rows in 50
 * such files); an unclosed quote made it swallow the rest of the file, and feeding it block by
 * block meant re-parsing the pending text each time (quadratic: 65 MB took 43 s). Neither can be
 * set right from outside the library, and accounting for every physical line is this file's job.
 */
import { QuotedCell, type RowFault, type StrayCause } from './read-quotes.ts';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** A single row longer than this is not CSV (a file with no line breaks at all, say). */
export const ROW_CHARS_MAX = 64 * 1024 * 1024;

/** One row: its cells, the physical line it starts on, the lines it spans (≥ 1), its fault. */
export type RowHandler = (cells: string[], line: number, span: number, fault: RowFault | null) => void;

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Where the splitter is within a row (slow path). */
const START = 0; // at the start of a cell
const PLAIN = 1; // in an unquoted cell
const QUOTED = 2; // inside a quoted cell
const CLOSING = 3; // just after a quote inside a quoted cell: a closing quote or the first of ""

export class CsvSplitter {
  /** Characters examined so far, those read again after a stray quote included. */
  work = 0;
  /** Physical line the next row starts on. */
  private line = 1;
  /** A CR at the end of a block, held back until the next block says whether an LF follows. */
  private carry = '';
  private readonly d: number;

  // The row being read on the slow path (a row with a quote, or one cut by the end of a block).
  private inRow = false;
  private cells: string[] = [];
  /** Pieces of the current cell read so far (from earlier blocks, or before a "" in a quoted cell). */
  private parts: string[] = [];
  private state = START;
  private rowLine = 1;
  private rowBreaks = 0;
  private rowChars = 0;
  private fault: RowFault | null = null;

  /** The quoted cell being read. */
  private readonly q: QuotedCell;

  /**
   * `width`: the cells of a row of the file; a line inside a quoted cell with `width - 1`
   * delimiters is a row of its own. 0 (unknown, as while the header is sought) turns that test off.
   */
  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRow: RowHandler,
    options: { width?: number } = {},
  ) {
    this.d = delimiter.charCodeAt(0);
    this.q = new QuotedCell(options.width ?? 0);
  }

  /** The line the next row starts on (after the last row: the number of lines + 1). */
  get nextLine(): number {
    return this.line;
  }

  /** Feeds decoded text; `final` for the last block (then the last row needs no line break). */
  push(text: string, final: boolean): void {
    if (this.carry !== '') {
      text = this.carry + text;
      this.carry = '';
    }
    if (!final && text.length > 0 && text.charCodeAt(text.length - 1) === CR) {
      this.carry = '\r';
      text = text.slice(0, -1);
    }
    this.work += text.length;
    this.scan(text, final);
  }

  private scan(text: string, final: boolean): void {
    const d = this.d;
    let n = text.length;
    let i = 0;
    // Next LF, CR and quote at or after i: -1 none, -2 not looked for yet.
    let nextLF = -2;
    let nextCR = -2;
    let nextQ = -2;
    /**
     * Where the current stray candidate's text after its first line break starts in `text` (-1: in
     * an earlier block).
     */
    let replayAt = -1;
    let runStart = 0;
    // A stray quote found: emits its row and moves i back to the line after the quote's.
    const recover = (cause: StrayCause, at: number): void => {
      const q = this.q;
      this.cells.push(`"${q.head}`);
      this.onRow(this.cells, this.rowLine, q.line - this.rowLine + 1, {
        kind: 'stray',
        cause,
        column: q.column,
        endLine: this.rowLine + this.rowBreaks,
      });
      this.line = q.line + 1;
      const before = replayAt >= 0 ? '' : q.replay.join('');
      this.reset();
      if (replayAt >= 0) {
        this.work += at - replayAt;
        i = replayAt;
      } else {
        this.work += before.length + at;
        text = before + text;
        n = text.length;
        i = 0;
      }
      replayAt = -1;
      nextLF = nextCR = nextQ = -2;
    };

    for (;;) {
      while (i < n) {
        if (!this.inRow) {
          // Fast path: a whole line without a quote in this block is split at its delimiters.
          if (nextLF !== -1 && nextLF < i) nextLF = text.indexOf('\n', i);
          if (nextCR !== -1 && nextCR < i) nextCR = text.indexOf('\r', i);
          if (nextQ !== -1 && nextQ < i) nextQ = text.indexOf('"', i);
          const end = nextLF < 0 ? (nextCR < 0 ? n : nextCR) : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
          if (end < n && (nextQ < 0 || nextQ > end)) {
            this.onRow(text.slice(i, end).split(this.delimiter), this.line++, 1, null);
            i = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
            continue;
          }
          this.begin();
        }
        // Slow path: one character at a time until the row ends or the block does.
        const rowStart = i;
        let ended = false;
        while (i < n && !ended) {
          const c = text.charCodeAt(i);
          if (this.state === START) {
            if (c === QUOTE) {
              this.open();
              replayAt = -1;
              i++;
              runStart = i;
              continue;
            }
            this.state = PLAIN;
            runStart = i;
          }
          if (this.state === PLAIN) {
            let j = i;
            for (let x = c; x !== d && x !== LF && x !== CR; x = text.charCodeAt(j)) if (++j === n) break;
            if (j === n) {
              this.parts.push(text.slice(runStart, n));
              i = n;
              break;
            }
            this.endCell(text.slice(runStart, j));
            if (text.charCodeAt(j) === d) {
              this.state = START;
              i = j + 1;
            } else {
              i = j + (text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF ? 2 : 1);
              this.endRow();
              ended = true;
            }
            continue;
          }
          if (this.state === QUOTED) {
            const q = this.q;
            let j = i;
            let cause: StrayCause | null = null;
            while (j < n && cause === null) {
              const x = text.charCodeAt(j);
              if (x === QUOTE) break;
              if (x === LF || x === CR) {
                const after = j + (x === CR && text.charCodeAt(j + 1) === LF ? 2 : 1);
                this.rowBreaks++;
                if (q.breaks === 0) {
                  q.head = this.parts.join('') + text.slice(runStart, j);
                  replayAt = after;
                }
                cause = q.lineBreak(after - j);
                j = after;
              } else {
                j++;
                if (q.breaks > 0) cause = q.char(x === d);
              }
            }
            if (cause) {
              recover(cause, j);
              ended = true;
              continue;
            }
            if (j === n) {
              this.parts.push(text.slice(runStart, n));
              i = n;
              break;
            }
            this.parts.push(text.slice(runStart, j));
            this.state = CLOSING;
            i = j + 1;
            continue;
          }
          // CLOSING: the quote before c closed the cell, or c is its twin.
          if (c === QUOTE) {
            this.parts.push('"');
            if (this.q.breaks > 0) this.q.char(false);
            this.state = QUOTED;
            i++;
            runStart = i;
          } else if (c === d) {
            this.endCell('');
            this.state = START;
            i++;
          } else if (c === LF || c === CR) {
            this.endCell('');
            i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
            this.endRow();
            ended = true;
          } else if (this.q.breaks > 0) {
            recover('after', i);
            ended = true;
          } else {
            this.fault ??= { kind: 'invalid', column: this.cells.length };
            this.parts.unshift('"');
            this.parts.push('"');
            this.state = PLAIN;
            runStart = i;
          }
        }
        if (this.inRow && i >= n && !final) {
          // The row goes on in the next block: keep what a stray quote would make us read again.
          if ((this.state === QUOTED || this.state === CLOSING) && this.q.breaks > 0) {
            this.q.replay.push(replayAt >= 0 ? text.slice(replayAt) : text);
            replayAt = -1;
          }
          this.rowChars += n - rowStart;
          if (this.rowChars > ROW_CHARS_MAX) throw new RangeError('line too long');
        }
      }
      if (!final || !this.inRow) return;
      // The end of the file inside a row.
      if (this.state === QUOTED && this.q.breaks > 0) {
        recover('eof', n);
        continue;
      }
      if (this.state === QUOTED) {
        this.cells.push(`"${this.parts.join('')}`);
        this.parts.length = 0;
        this.fault = { kind: 'stray', cause: 'eof', column: this.q.column, endLine: this.rowLine + this.rowBreaks };
      } else {
        this.endCell('');
      }
      this.endRow();
      return;
    }
  }

  private begin(): void {
    this.inRow = true;
    this.rowLine = this.line;
    this.rowBreaks = 0;
    this.rowChars = 0;
    this.fault = null;
    this.cells = [];
    this.parts.length = 0;
    this.state = START;
  }

  private open(): void {
    this.state = QUOTED;
    this.q.open(this.rowLine + this.rowBreaks, this.cells.length);
  }

  private endCell(last: string): void {
    if (this.parts.length === 0) {
      this.cells.push(last);
      return;
    }
    this.parts.push(last);
    this.cells.push(this.parts.join(''));
    this.parts.length = 0;
  }

  private endRow(): void {
    this.onRow(this.cells, this.rowLine, this.rowBreaks + 1, this.fault);
    this.line = this.rowLine + this.rowBreaks + 1;
    this.reset();
  }

  private reset(): void {
    this.inRow = false;
    this.cells = [];
    this.parts.length = 0;
    this.state = START;
    this.q.breaks = 0;
  }
}
