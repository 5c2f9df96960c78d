/**
 * When a quoted cell is a probable stray quote rather than a cell that holds line breaks (a
 * remark of a few lines, as Excel writes one). A quoted cell that holds a line break is taken as
 * a stray quote when it
 * - is never closed ('eof'),
 * - is closed with other characters right after its closing quote ('after'),
 * - runs on over more than QUOTED_LINES_MAX line breaks ('lines'),
 * - runs on for more than QUOTED_CHARS_MAX characters after its first line break ('chars'), or
 * - swallows a line holding as many delimiters as a row of the file has ('row': a row of its
 *   own, not text of a cell).
 * The splitter (read-csv.ts) then cuts the row at the end of the line the quote opened on and
 * reads the lines after it again as rows: a stray quote costs one row, never the rows after it.
 * The limits also bound what is read twice: at most QUOTED_CHARS_MAX characters per stray quote.
 */

/** A quoted cell may hold at most this many line breaks. */
export const QUOTED_LINES_MAX = 20;
/** ... and, once it holds one, at most this many characters after its first line break. */
export const QUOTED_CHARS_MAX = 10_000;

/** Why a quoted cell holding a line break was taken as a stray quote. */
export type StrayCause = 'eof' | 'after' | 'lines' | 'chars' | 'row';

export type RowFault =
  /** Characters after the closing quote of a quoted cell on one line ("Consultation"x). */
  | { kind: 'invalid'; column: number }
  /** A probable stray quote opening in cell `column`; `endLine` is the line where it showed. */
  | { kind: 'stray'; cause: StrayCause; column: number; endLine: number };

/** The quoted cell being read, watched for the signs of a stray quote. */
export class QuotedCell {
  /** The line it opened on, its cell's index in the row, its line breaks so far. */
  line = 0;
  column = 0;
  breaks = 0;
  /** Its text on the line it opened on (set at its first line break). */
  head = '';
  /** Its text after its first line break, from blocks before the current one. */
  readonly replay: string[] = [];
  private chars = 0;
  private delimiters = 0;

  /** `width`: the cells of a row of the file (0 or 1: the 'row' sign is not looked for). */
  constructor(private readonly width: number) {}

  open(line: number, column: number): void {
    this.line = line;
    this.column = column;
    this.breaks = 0;
    this.head = '';
    this.replay.length = 0;
  }

  /** A line break of `length` characters (1, or 2 for CRLF) inside the cell. */
  lineBreak(length: number): StrayCause | null {
    if (++this.breaks === 1) this.chars = 0;
    else this.chars += length;
    this.delimiters = 0;
    if (this.breaks > QUOTED_LINES_MAX) return 'lines';
    return this.chars > QUOTED_CHARS_MAX ? 'chars' : null;
  }

  /** Another character inside the cell after its first line break. */
  char(delimiter: boolean): StrayCause | null {
    if (delimiter && ++this.delimiters >= this.width - 1 && this.width >= 2) return 'row';
    return ++this.chars > QUOTED_CHARS_MAX ? 'chars' : null;
  }
}
