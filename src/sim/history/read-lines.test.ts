import { describe, expect, it } from 'vitest';
import { readHistory } from './read.ts';
import type { ImportReport } from './records.ts';
import { fixture, inBlocks, KNOWN } from './fixtures/fixtures.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const read = (text: string | Uint8Array | AsyncIterable<Uint8Array>) =>
  readHistory(typeof text === 'string' ? bytes(text) : text, { knownTypes: KNOWN });

/** Every physical line is the header, a line above it, a blank line, a row's line or inside a row. */
function accounted(r: ImportReport): number {
  const l = r.lines;
  return l.preamble + l.header + l.blank + l.continued + r.accepted + r.rejected.length;
}

const HEADER = '票号,取号时间,业务类型,窗口';
const row = (i: number, window = String(i)) =>
  `${i},2024-03-05 09:${String(i % 60).padStart(2, '0')},发票代开,${window}`;

describe('line endings: CR, LF and CRLF, mixed in one file', () => {
  it('a line ending in a bare CR ends its row (4 rows, 4 accepted)', async () => {
    const text = `${HEADER}\n${row(1)}\n${row(2)}\n${row(3, '4')}\r${row(4, '3')}\n`;
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => [t.line, t.id, t.window])).toEqual([
      [2, '1', '1'],
      [3, '2', '2'],
      [4, '3', '4'],
      [5, '4', '3'],
    ]);
    expect(report.rejected).toEqual([]);
    expect(report.lines).toEqual({ total: 5, preamble: 0, header: 1, blank: 0, continued: 0 });
  });

  it('every mix of endings, whatever the blocks (a CR at the end of a block, a CRLF cut by one)', async () => {
    const endings = ['\r', '\n', '\r\n', '\r', '\r\n', '\n', '\n'];
    const lines = [HEADER, ...Array.from({ length: 2000 }, (_, i) => row(i + 1))];
    const text = lines.map((l, i) => l + endings[i % endings.length]).join('');
    const data = bytes(text);
    for (const size of [data.length, 4096, 1000, 7, 3]) {
      const { tickets, report } = await read(inBlocks(data, size));
      expect(
        tickets.map((t) => t.line),
        `blocks of ${size}`,
      ).toEqual(Array.from({ length: 2000 }, (_, i) => i + 2));
      expect(tickets.map((t) => t.window)).toEqual(Array.from({ length: 2000 }, (_, i) => String(i + 1)));
      expect(report.lines).toEqual({ total: 2001, preamble: 0, header: 1, blank: 0, continued: 0 });
    }
  });

  it('a file of CR line endings only (old Mac Excel), with blank lines', async () => {
    const { tickets, report } = await read(`${HEADER}\r${row(1)}\r\r${row(2)}\r\r`);
    expect(tickets.map((t) => t.line)).toEqual([2, 4]);
    expect(report.lines).toEqual({ total: 5, preamble: 0, header: 1, blank: 2, continued: 0 });
  });

  it('a CR or CRLF inside a quoted cell stays part of the cell (and the row spans two physical lines)', async () => {
    const text = `${HEADER}\r\n1,2024-03-05 09:01,发票代开,"3\r号"\r\n2,2024-03-05 09:02,发票代开,"4\r\n号"\n${row(3)}\r`;
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => [t.line, t.window])).toEqual([
      [2, '3\r号'],
      [4, '4\r\n号'],
      [6, '3'],
    ]);
    expect(report.lines).toEqual({ total: 6, preamble: 0, header: 1, blank: 0, continued: 2 });
  });
});

describe('stray quotes: no row vanishes', () => {
  it('"Consultation"x on line 2 rejects line 2 only; lines 3-6 are read', async () => {
    const text = [
      'ticket id,ticket time,business type,window',
      '1,2024-03-05 09:00,"Proxy invoice"x,1',
      '2,2024-03-05 09:01,Proxy invoice,2',
      '3,2024-03-05 09:02,Proxy invoice,3',
      '4,2024-03-05 09:03,Proxy invoice,4',
      '5,2024-03-05 09:04,Proxy invoice,5',
    ].join('\n');
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => t.line)).toEqual([3, 4, 5, 6]);
    expect(report.rejected).toEqual([
      {
        line: 2,
        reason: {
          zh: '业务类型（“business type”列）：“"Proxy invoice"x” 引号格式错误：带引号的单元格应在结束引号处结束；单元格内的引号应写作两个（""）',
          en: 'business type (column "business type"): malformed quotes in "\\"Proxy invoice\\"x": a quoted cell must end at its closing quote; a quote inside a cell is written twice ("")',
        },
        raw: '1,2024-03-05 09:00,"Proxy invoice"x,1',
      },
    ]);
    expect(report.lines).toEqual({ total: 6, preamble: 0, header: 1, blank: 0, continued: 0 });
  });

  it('a quote never closed: its line is rejected as a probable stray quote and the rows after it are read', async () => {
    const { tickets, report } = await read(fixture('unclosed-quote.csv'));
    expect(tickets.map((t) => t.line)).toEqual([2, 4]);
    expect(report.rejected.map((r) => [r.line, r.raw])).toEqual([[3, '2,2024-03-05 09:01,"发票代开']]);
    expect(report.rejected[0].reason).toEqual({
      zh: '疑似多余的引号：本行“业务类型”列起的带引号单元格吞入了第 4 行，而该行看起来是一行独立的数据；本行已拒绝，从下一行起照常读取',
      en: 'probable stray quote: the quoted cell opening on this line in business type (column "业务类型") swallows line 4, which reads as a row of its own; this line is rejected and reading goes on with the next line',
    });
    expect(report.lines).toEqual({ total: 4, preamble: 0, header: 1, blank: 0, continued: 0 });
  });

  it('a quote never closed up to the end of the file, with and without a last line break', async () => {
    for (const end of ['', '\n', '\r\n']) {
      const { tickets, report } = await read(`${HEADER}\n${row(1)}\n2,2024-03-05 09:02,"发票代开,2${end}`);
      expect(tickets.map((t) => t.line)).toEqual([2]);
      expect(report.rejected.map((r) => [r.line, r.raw])).toEqual([[3, '2,2024-03-05 09:02,"发票代开,2']]);
      expect(report.rejected[0].reason.en).toBe(
        'probable stray quote: the quoted cell opening on this line in business type (column "业务类型") is never closed up to the end of the file; this line is rejected and reading goes on with the next line',
      );
      expect(report.lines).toEqual({ total: 3, preamble: 0, header: 1, blank: 0, continued: 0 });
    }
  });

  it('one stray quote in a long log: one row rejected, every other row read', async () => {
    const lines = [HEADER, ...Array.from({ length: 3000 }, (_, i) => row(i + 1))];
    lines[10] = lines[10].replace('发票代开', '"发票代开');
    const { tickets, report } = await read(inBlocks(bytes(lines.join('\r\n')), 5000));
    expect(report.accepted).toBe(2999);
    expect(report.rejected.map((r) => r.line)).toEqual([11]);
    expect(report.rejected[0].reason.en).toContain('swallows line 12, which reads as a row of its own');
    expect(tickets[8].line).toBe(10);
    expect(tickets[9].line).toBe(12);
    expect(accounted(report)).toBe(3001);
  });

  it('a quote opened on line 2 and closed on line 5: lines 3 and 4 are rows of their own, not part of a cell', async () => {
    const text = [
      HEADER,
      '1,2024-03-05 09:01,"发票代开,1',
      row(2),
      row(3),
      '4,2024-03-05 09:04,发票代开",4',
      row(5),
    ].join('\n');
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => t.line)).toEqual([3, 4, 5, 6]);
    expect(report.rejected.map((r) => r.line)).toEqual([2]);
    expect(report.rejected[0].reason.zh).toBe(
      '疑似多余的引号：本行“业务类型”列起的带引号单元格吞入了第 3 行，而该行看起来是一行独立的数据；本行已拒绝，从下一行起照常读取',
    );
    // Line 5's quote is inside a cell: an ordinary character (发票代开" is taken as 发票代开 by the name in it).
    expect(tickets[2].type).toBe('proxy-invoice');
  });

  it("a header wider than its rows (columns no row fills): a line with a whole row's delimiters is still a row", async () => {
    const text = [
      `${HEADER},备注,扩展`,
      '1,2024-03-05 09:01,"发票代开,1',
      row(2),
      row(3),
      '4,2024-03-05 09:04,发票代开",4',
      row(5),
    ].join('\n');
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => t.line)).toEqual([3, 4, 5, 6]);
    expect(report.rejected.map((r) => [r.line, r.reason.en.includes('swallows line 3')])).toEqual([[2, true]]);
    expect(report.lines).toEqual({ total: 6, preamble: 0, header: 1, blank: 0, continued: 0 });
  });

  it('a quoted cell running on over more than 20 lines is a stray quote; the lines inside it are read as rows', async () => {
    const note = Array.from({ length: 25 }, (_, i) => `备注第 ${i + 1} 行`);
    const text = `${HEADER},备注\n${row(1)},"${note.join('\n')}"\n${row(2)},无\n`;
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => t.line)).toEqual([27]);
    expect(report.rejected[0]).toMatchObject({ line: 2 });
    expect(report.rejected[0].reason.en).toContain('runs on over more than 20 lines');
    // Lines 3-26 (the note's other lines) are rows with no ticket time: rejected, each on its line.
    expect(report.rejected.map((r) => r.line)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    expect(report.lines).toEqual({ total: 27, preamble: 0, header: 1, blank: 0, continued: 0 });
  });

  it('a quoted note of a few lines is one row, counted and said', async () => {
    const text = `${HEADER},备注\n${row(1)},"第一行\n第二行\n第三行"\n${row(2)},无\n`;
    const { tickets, report } = await read(text);
    expect(tickets.map((t) => t.line)).toEqual([2, 5]);
    expect(report.lines).toEqual({ total: 5, preamble: 0, header: 1, blank: 0, continued: 2 });
    expect(report.warnings.map((w) => w.message.en)).toContain(
      '1 row(s) hold line breaks inside quoted cells (the first on lines 2–4): each is read as one row, 3 lines in all',
    );
  });
});

describe('every physical line accounted for', () => {
  it('title lines, the header, blank lines, rows: the counts add up to the lines of the file', async () => {
    const { report } = await read(fixture('with-title.csv'));
    expect(report.lines).toEqual({ total: 6, preamble: 3, header: 1, blank: 0, continued: 0 });
    expect(accounted(report)).toBe(report.lines.total);
    const bad = await read(fixture('bad-tickets.csv'));
    expect(bad.report.lines).toEqual({ total: 20, preamble: 0, header: 1, blank: 1, continued: 1 });
    expect(accounted(bad.report)).toBe(20);
  });
});
