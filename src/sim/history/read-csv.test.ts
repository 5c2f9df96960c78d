import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter } from './read-csv.ts';
import type { RowFault } from './read-quotes.ts';

interface Row {
  cells: string[];
  line: number;
  span: number;
  fault: RowFault | null;
}

/** Splits `text` pushed in blocks of `size` characters; the rows and the splitter's work. */
function split(text: string, size: number, width = 0): { rows: Row[]; work: number } {
  const rows: Row[] = [];
  const s = new CsvSplitter(',', (cells, line, span, fault) => rows.push({ cells, line, span, fault }), { width });
  for (let i = 0; i < text.length; i += size) s.push(text.slice(i, i + size), false);
  s.push('', true);
  return { rows, work: s.work };
}

describe('CsvSplitter: rows and physical lines', () => {
  it('CR, LF and CRLF each end a line; a quoted cell keeps its line breaks and counts its lines', () => {
    const text = 'a,b\rc,"d\r\ne"\r\n"f""g",h\n\ni,j';
    for (const size of [text.length, 1, 2, 3]) {
      const { rows } = split(text, size);
      expect(rows.map((r) => [r.cells, r.line, r.span])).toEqual([
        [['a', 'b'], 1, 1],
        [['c', 'd\r\ne'], 2, 2],
        [['f"g', 'h'], 4, 1],
        [[''], 5, 1],
        [['i', 'j'], 6, 1],
      ]);
    }
  });

  it('a stray quote: its line is a faulted row and the lines after it are rows again', () => {
    const { rows } = split('1,"x\n2,y\n3,z\n', 5, 2);
    expect(rows.map((r) => [r.cells, r.line, r.span, r.fault])).toEqual([
      [['1', '"x'], 1, 1, { kind: 'stray', cause: 'row', column: 1, endLine: 2 }],
      [['2', 'y'], 2, 1, null],
      [['3', 'z'], 3, 1, null],
    ]);
  });
});

describe('CsvSplitter: whatever the text and the blocks', () => {
  it('the same rows from any block sizes, and their lines add up to the lines of the text', () => {
    const piece = fc.constantFrom('a', 'bc', '票', ',', ',', '"', '""', '\r', '\n', '\r\n', 'x'.repeat(30));
    const text = fc.array(piece, { maxLength: 200 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 4 }), (t, size, width) => {
        const whole = split(t, t.length || 1, width);
        const cut = split(t, size, width);
        expect(cut.rows).toEqual(whole.rows);
        const lines = (t.match(/\r\n|\r|\n/g) ?? []).length + (/[^\r\n]$/.test(t) ? 1 : 0);
        expect(whole.rows.reduce((a, r) => a + r.span, 0)).toBe(lines);
      }),
      { numRuns: 3000, seed: 20261206 },
    );
  });
});

describe('CsvSplitter: work linear in the input', () => {
  it('a quote never closed near the start of a large file: every character read at most once more', () => {
    // Old behaviour: the whole pending text was parsed again with every block (8 MB 1.7 s, 65 MB 43 s).
    const file = (n: number) => `id\n"${'x\n'.repeat(n)}`;
    const small = file(100_000);
    const large = file(400_000);
    const a = split(small, 4096);
    const b = split(large, 4096);
    expect(a.rows).toHaveLength(100_001);
    expect(a.rows[1].fault).toMatchObject({ kind: 'stray', cause: 'lines' });
    // What is read again is the stray cell's lines after its first: 20 lines of "x\n".
    expect(a.work).toBe(small.length + 40);
    expect(b.work).toBe(large.length + 40);
  });

  it('a line of several MB cut into many blocks is read once', () => {
    const text = `a,${'x'.repeat(3_000_000)},b\nc,d\n`;
    const { rows, work } = split(text, 4096);
    expect(rows.map((r) => [r.cells.length, r.line])).toEqual([
      [3, 1],
      [2, 2],
    ]);
    expect(rows[0].cells[1].length).toBe(3_000_000);
    expect(work).toBe(text.length);
  });
});
