import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from './read.ts';
import { readHistoryFile } from '../../cli/history-file.ts';
import { at, fixture, fixturePath, inBlocks, KNOWN } from './fixtures/fixtures.ts';

/**
 * A ticket log of `n` rows, larger than the 64 KiB head, with a quoted two-line remark on every
 * 7th row and a bad ticket time on every 97th; returns the text and the line each row starts on.
 */
function bigLog(n: number): { text: string; lines: number[]; bad: number[] } {
  const out = ['票号,取号时间,叫号时间,办结时间,业务类型,备注'];
  const lines: number[] = [];
  const bad: number[] = [];
  let line = 2;
  for (let i = 0; i < n; i++) {
    const m = 540 + (i % 400);
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    const d = Math.floor(i / 400);
    const day = `${String(3 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;
    const ticket = i % 97 === 50 ? `2024-${day} 25:${mm}` : `2024-${day} ${hh}:${mm}`;
    const note = i % 7 === 3 ? `"第一行，含逗号\n第二行 ""引号"""` : '无';
    out.push(`Q${i},${ticket},2024-${day} ${hh}:${mm}:30,2024-${day} ${hh}:${mm}:50,发票代开,${note}`);
    (i % 97 === 50 ? bad : lines).push(line);
    line += i % 7 === 3 ? 2 : 1;
  }
  return { text: out.join('\r\n') + '\r\n', lines, bad };
}

const dir = mkdtempSync(join(tmpdir(), 'hallflow-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading in blocks', () => {
  const { text, lines, bad } = bigLog(6000);
  const utf8 = new TextEncoder().encode(text);
  const gbk = new Uint8Array(iconv.encode(text, 'gbk'));

  it('the whole file: physical line numbers past many quoted line breaks', async () => {
    expect(utf8.length).toBeGreaterThan(4 * 64 * 1024);
    const { tickets, report } = await readHistory(utf8, { knownTypes: KNOWN });
    expect(tickets.map((t) => t.line)).toEqual(lines);
    expect(report.rejected.map((r) => r.line)).toEqual(bad);
    expect(report.rowsRead).toBe(6000);
    expect(tickets[0]).toMatchObject({
      id: 'Q0',
      ticket: at(2024, 3, 1, 9, 0),
      call: at(2024, 3, 1, 9, 0, 30),
      end: at(2024, 3, 1, 9, 0, 50),
    });
  });

  it('the same from blocks of odd sizes (cutting characters, quoted cells and line breaks) in UTF-8 and GBK', async () => {
    const whole = await readHistory(utf8, { knownTypes: KNOWN });
    for (const [bytes, size] of [
      [utf8, 1000],
      [utf8, 65537],
      [gbk, 777],
      [gbk, 3],
    ] as const) {
      const r = await readHistory(inBlocks(bytes, size), { knownTypes: KNOWN });
      expect(r.tickets).toEqual(whole.tickets);
      expect(r.report.rejected).toEqual(whole.report.rejected);
      expect(r.report.encoding).toBe(bytes === gbk ? 'gb18030' : 'utf-8');
    }
  });

  it('a ReadableStream (File.stream() in the browser)', async () => {
    const whole = await readHistory(utf8, { knownTypes: KNOWN });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < utf8.length; i += 50_000) controller.enqueue(utf8.slice(i, i + 50_000));
        controller.close();
      },
    });
    const r = await readHistory(stream, { knownTypes: KNOWN });
    expect(r.tickets).toEqual(whole.tickets);
  });

  it('progress rises monotonically to 1, with the rows read', async () => {
    const big = bigLog(40000).text;
    const bytes = new TextEncoder().encode(big);
    expect(bytes.length).toBeGreaterThan(3 * (1 << 20)); // several 1 MiB blocks
    for (const input of [bytes, inBlocks(bytes, 300_000)]) {
      const calls: [number, number][] = [];
      const r = await readHistory(input, {
        knownTypes: KNOWN,
        totalBytes: bytes.length,
        onProgress: (f, n) => calls.push([f, n]),
      });
      expect(calls.length).toBeGreaterThan(3);
      for (let i = 1; i < calls.length; i++) {
        expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
        expect(calls[i][1]).toBeGreaterThanOrEqual(calls[i - 1][1]);
      }
      expect(calls[0][0]).toBeGreaterThan(0);
      expect(calls[calls.length - 2][0]).toBeLessThan(1);
      expect(calls[calls.length - 1]).toEqual([1, r.report.rowsRead]);
      expect(r.report.rowsRead).toBe(40000);
      expect(r.report.accepted).toBe(40000 - Math.ceil((40000 - 50) / 97));
    }
  });
});

describe('quoted cells', () => {
  /** Quotes every cell of a CSV text whose cells hold no comma, quote or line break. */
  const quoteAll = (text: string) =>
    text
      .split('\r\n')
      .map((l) =>
        l === ''
          ? l
          : l
              .split(',')
              .map((c) => `"${c}"`)
              .join(','),
      )
      .join('\r\n');

  it('a file quoting every cell reads as the same file unquoted, whatever the blocks; mixed with real quoting too', async () => {
    const plain = bigLog(5000).text.replaceAll('"第一行，含逗号\n第二行 ""引号"""', '备注');
    expect(plain.includes('"')).toBe(false);
    const base = await readHistory(new TextEncoder().encode(plain), { knownTypes: KNOWN });
    expect(base.tickets.length).toBeGreaterThan(4900);
    const quoted = new TextEncoder().encode(quoteAll(plain));
    for (const size of [quoted.length, 1000, 70_001]) {
      const r = await readHistory(inBlocks(quoted, size), { knownTypes: KNOWN });
      expect(r.tickets).toEqual(base.tickets);
      expect(r.report.rejected).toEqual(base.report.rejected);
    }
    // Real quoting (a line break and doubled quotes in a cell) in a few places: every line number
    // stays right.
    const rows = quoteAll(plain).split('\r\n');
    const special = [10, 2500, 4990];
    for (const i of special) rows[i] = rows[i].replace(/"[^"]*"$/, '"两行\r\n""备注"""');
    const mixed = new TextEncoder().encode(rows.join('\r\n'));
    const r = await readHistory(inBlocks(mixed, 50_000), { knownTypes: KNOWN });
    // Row i of the array starts on line i + 1, one more for each two-line cell above it.
    const shift = (line: number) => line + special.filter((i) => i + 1 < line).length;
    expect(r.tickets.map((t) => t.line)).toEqual(base.tickets.map((t) => shift(t.line)));
    expect(r.report.rejected.map((x) => x.line)).toEqual(base.report.rejected.map((x) => shift(x.line)));
    expect(r.tickets.map((t) => t.id)).toEqual(base.tickets.map((t) => t.id));
  });
});

describe('readHistoryFile (Node)', () => {
  it('gives what readHistory gives for the bytes', async () => {
    for (const name of ['tickets-zh-gbk.csv', 'bad-tickets.csv', 'volumes-zh-gbk.csv']) {
      const fromFile = await readHistoryFile(fixturePath(name), { knownTypes: KNOWN });
      const fromBytes = await readHistory(fixture(name), { knownTypes: KNOWN });
      expect(fromFile).toEqual(fromBytes);
    }
  });

  it('streams a file of several MiB from disk with progress', async () => {
    const path = join(dir, 'big.csv');
    const { text, lines } = bigLog(30000);
    writeFileSync(path, iconv.encode(text, 'gb18030'));
    const fractions: number[] = [];
    const r = await readHistoryFile(path, { knownTypes: KNOWN, onProgress: (f) => fractions.push(f) });
    expect(r.report.encoding).toBe('gb18030');
    expect(r.tickets.map((t) => t.line)).toEqual(lines);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(2);
  });
});
