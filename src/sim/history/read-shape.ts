/**
 * The shape of a CSV file, found from a sample of its head: the delimiter (comma, semicolon or
 * tab) and the header row. The sample is split by the same splitter as the whole file, so the
 * lines it names are the lines the file is read with.
 */
import { headerScore } from './columns.ts';
import { CsvSplitter, DELIMITERS, type Delimiter } from './read-csv.ts';

export interface CsvShape {
  delimiter: Delimiter;
  /** Index of the header row among `rows` (empty ones included); -1 when none was found. */
  headerRow: number;
  /** The physical line the header row starts on; 0 when none was found. */
  headerLine: number;
  header: string[];
  /** The first rows of the sample, for the date-order sniff and messages. */
  rows: string[][];
  /** The line each of `rows` starts on. */
  lines: number[];
}

/** Every row of a sample, with the line it starts on. */
function splitRows(text: string, delimiter: Delimiter, final: boolean): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  new CsvSplitter(delimiter, (cells, line) => rows.push({ cells, line })).push(text, final);
  return rows;
}

export function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * Finds the delimiter and the header row: for each delimiter, the row among the first 20 that
 * names the most fields (the first of equals); the delimiter whose best header names most wins
 * (then the one giving more columns consistently). `final` when the sample is the whole file (else
 * its last row, which may be cut, is left out). `extraScore` lets a user's mapping count the
 * header names it uses.
 */
export function detectShape(
  sample: string,
  final: boolean,
  extraScore: (cells: string[]) => number = () => 0,
): CsvShape {
  let best: CsvShape | null = null;
  let bestScore = -1;
  let bestWidth = -1;
  for (const delimiter of DELIMITERS) {
    const split = splitRows(sample, delimiter, final).slice(0, 60);
    const rows = split.map((r) => r.cells);
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
        headerRow: score > 0 ? headerRow : -1,
        headerLine: score > 0 ? split[headerRow].line : 0,
        header: score > 0 ? rows[headerRow].map((c) => c.replace(/^\uFEFF/, '').trim()) : [],
        rows,
        lines: split.map((r) => r.line),
      };
    }
  }
  return best!;
}
