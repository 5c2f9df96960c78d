import { describe, expect, it } from 'vitest';
import { readHistory } from './read.ts';
import type { TicketRecord } from './records.ts';
import { at, fixture, KNOWN } from './fixtures/fixtures.ts';

const read = (name: string, options: Parameters<typeof readHistory>[1] = {}) =>
  readHistory(fixture(name), { knownTypes: KNOWN, ...options });

/** What must not depend on the file's language, encoding or delimiter. */
const essence = (t: TicketRecord) => ({
  id: t.id,
  ticket: t.ticket,
  call: t.call,
  start: t.start,
  end: t.end,
  type: t.type,
  channel: t.channel,
  outcome: t.outcome,
});

describe('readHistory: a Chinese ticket log in each encoding', () => {
  it('reads every row of the UTF-8 file with the values written', async () => {
    const { tickets, volumes, report } = await read('tickets-zh-utf8.csv');
    expect(volumes).toEqual([]);
    expect(report).toMatchObject({
      layout: 'tickets',
      encoding: 'utf-8',
      delimiter: ',',
      rowsRead: 9,
      accepted: 9,
      rejected: [],
      unknownTypes: [],
    });
    expect(report.header).toEqual([
      '票号',
      '取号时间',
      '叫号时间',
      '开始办理时间',
      '办结时间',
      '业务类型',
      '窗口',
      '渠道',
      '状态',
    ]);
    expect(tickets.map((t) => t.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tickets[0]).toEqual({
      line: 2,
      id: 'A001',
      ticket: at(2024, 3, 5, 9, 0, 12),
      call: at(2024, 3, 5, 9, 3, 40),
      start: at(2024, 3, 5, 9, 4),
      end: at(2024, 3, 5, 9, 12, 30),
      type: 'proxy-invoice',
      window: '3号窗口',
      channel: 'walkIn',
      outcome: 'served',
    });
    expect(tickets[2]).toMatchObject({
      id: 'B001',
      type: 'registration',
      channel: 'appointment',
      outcome: 'transferred',
    });
    expect(tickets[3]).toMatchObject({
      id: 'A003',
      call: null,
      start: null,
      end: null,
      window: null,
      outcome: 'abandoned',
    });
    expect(tickets[4]).toMatchObject({
      id: 'B002',
      call: at(2024, 3, 5, 9, 41),
      start: null,
      end: null,
      outcome: 'noShow',
    });
    expect(tickets[5]).toMatchObject({ id: 'C001', type: 'filing', channel: 'staggered' });
    expect(tickets[6]).toMatchObject({ id: 'G001', channel: 'green' });
    // A001 again on the next day: ticket numbers restart every day.
    expect(tickets[7]).toMatchObject({ id: 'A001', type: 'certificate', ticket: at(2024, 3, 6, 8, 59) });
    // 申报缴税 is taken as 申报缴税/更正 by part of its name, and the report says so.
    expect(report.warnings.map((w) => w.message.en).join('\n')).toContain('"申报缴税" taken as filing');
  });

  it('UTF-8 with BOM, GBK and GB18030 with BOM give the same records', async () => {
    const base = await read('tickets-zh-utf8.csv');
    for (const [name, encoding] of [
      ['tickets-zh-utf8-bom.csv', 'utf-8-bom'],
      ['tickets-zh-gbk.csv', 'gb18030'],
      ['tickets-zh-gb18030-bom.csv', 'gb18030'],
    ] as const) {
      const r = await read(name);
      expect(r.report.encoding, name).toBe(encoding);
      expect(r.report.header, name).toEqual(base.report.header);
      expect(r.tickets, name).toEqual(base.tickets);
    }
  });
});

describe('readHistory: byte-order marks', () => {
  it('neither BOM is part of the text: a quoted first header cell after one is still the header', async () => {
    const text = '"date","count"\r\n2024-03-04,12\r\n';
    const gb = new Uint8Array([0x84, 0x31, 0x95, 0x33, ...new TextEncoder().encode(text)]);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const [bytes, encoding] of [
      [gb, 'gb18030'],
      [utf8, 'utf-8-bom'],
    ] as const) {
      const { volumes, report } = await readHistory(bytes);
      expect(report).toMatchObject({ encoding, header: ['date', 'count'], accepted: 1 });
      expect(volumes.map((v) => [v.line, v.count])).toEqual([[2, 12]]);
    }
  });
});

describe('readHistory: delimiters and header languages', () => {
  it('English headers with semicolons, with tabs, and Chinese with commas give the same tickets', async () => {
    const zh = await read('tickets-zh-utf8.csv');
    const semi = await read('tickets-en-semicolon.csv');
    const tab = await read('tickets-en-tab.tsv');
    expect(semi.report.delimiter).toBe(';');
    expect(tab.report.delimiter).toBe('\t');
    expect(semi.report.mapping).toEqual(zh.report.mapping);
    expect(tab.report.mapping).toEqual(zh.report.mapping);
    expect(semi.tickets.map(essence)).toEqual(zh.tickets.map(essence));
    expect(tab.tickets.map(essence)).toEqual(zh.tickets.map(essence));
    expect(semi.tickets.map((t) => t.window)).toEqual(['3', '1', '5', null, null, '2', '6', '3', '4']);
  });

  it('a title above the header is skipped and said; unused columns are listed', async () => {
    const { tickets, report } = await read('with-title.csv');
    expect(report.header[0]).toBe('序号');
    expect(tickets.map((t) => [t.line, t.id, t.type, t.window])).toEqual([
      [5, '1', 'proxy-invoice', '3号窗口'],
      [6, '2', 'proxy-invoice', '3号窗口'],
    ]);
    // No service start column: the call is the start.
    expect(tickets[0].start).toBe(tickets[0].call);
    const warnings = report.warnings.map((w) => w.message.zh).join('\n');
    expect(warnings).toContain('表头前的 2 行已跳过');
    expect(warnings).toContain('以下列未使用：“身份证号”');
    expect(warnings).toContain('没有开始办理时间列');
  });
});

describe('readHistory: warnings', () => {
  it('a file mixing layouts, a second column for a field, a time zone', async () => {
    const csv = '取号时间,业务类型,业务名称,数量\n2024-03-05T09:00:00Z,发票代开,代开,1\n';
    const { tickets, report } = await readHistory(new TextEncoder().encode(csv), { knownTypes: KNOWN });
    expect(tickets).toHaveLength(1);
    expect(report.warnings.map((w) => w.message.en)).toEqual([
      'column "业务名称" also looks like business type, which is taken from another column; change the mapping to use it',
      'the file is read as a ticket log but also has volume columns (数量): they are ignored',
      'no ticket id column: line numbers are used as ids and duplicates cannot be found',
      'times carry a time zone other than +08:00 (e.g. Z): the clock time is read as written, not converted',
    ]);
  });
});

describe('readHistory: Excel\'s "sep=" line', () => {
  it('is skipped as a line before the header', async () => {
    const csv = 'sep=;\r\n日期;数量\r\n2024-03-04;12\r\n';
    const { volumes, report } = await readHistory(new TextEncoder().encode(csv));
    expect(report.delimiter).toBe(';');
    expect(volumes).toEqual([{ line: 3, day: at(2024, 3, 4) / 1440, start: null, end: null, type: null, count: 12 }]);
    expect(report.warnings[0].message.en).toBe('1 line(s) before the header skipped (the first: "sep=;")');
  });
});

describe('readHistory: dates and times', () => {
  it('Excel serial numbers', async () => {
    const { tickets } = await read('excel-serial.csv');
    expect(tickets).toHaveLength(3);
    const expected = [
      [at(2024, 3, 5, 9, 12), at(2024, 3, 5, 9, 20), at(2024, 3, 5, 9, 31)],
      [at(2024, 3, 5, 9, 15, 30), at(2024, 3, 5, 9, 22), at(2024, 3, 5, 9, 25)],
      [at(2024, 3, 5, 13, 0), at(2024, 3, 5, 13, 45), at(2024, 3, 5, 14, 2)],
    ];
    tickets.forEach((t, i) => {
      expect(Math.abs(t.ticket - expected[i][0])).toBeLessThan(1 / 60 + 1e-9); // within a second
      expect(Math.abs(t.call! - expected[i][1])).toBeLessThan(1 / 60 + 1e-9);
      expect(Math.abs(t.end! - expected[i][2])).toBeLessThan(1 / 60 + 1e-9);
    });
  });

  it('a separate date column with times in several forms, and a service across midnight', async () => {
    const { tickets, report } = await read('separate-date.csv');
    expect(report.mapping.date).toBe(0);
    expect(tickets.map((t) => [t.line, t.ticket, t.call, t.end])).toEqual([
      [2, at(2024, 3, 5, 9, 12), at(2024, 3, 5, 9, 20), at(2024, 3, 5, 9, 31)],
      [3, at(2024, 3, 5, 9, 15), at(2024, 3, 5, 9, 22), at(2024, 3, 5, 9, 25)],
      [4, at(2024, 3, 5, 9, 30), at(2024, 3, 5, 9, 41, 5), at(2024, 3, 5, 9, 50)],
      [5, at(2024, 3, 5, 13, 5), at(2024, 3, 5, 13, 10), at(2024, 3, 5, 13, 20)],
      [6, at(2024, 3, 5, 23, 50), at(2024, 3, 6, 0, 10), at(2024, 3, 6, 0, 25)],
      [7, at(2024, 3, 5, 9, 0), null, null],
    ]);
    expect(report.warnings).toContainEqual({
      line: 6,
      message: { zh: '时间跨过午夜（次日）', en: 'times cross midnight (into the next day)' },
    });
  });

  it('waiting and handling durations fill the call and the end (seconds by the header unit)', async () => {
    const { tickets, report } = await read('durations.csv');
    expect(tickets.map((t) => [t.ticket, t.call, t.start, t.end])).toEqual([
      [at(2024, 3, 5, 9, 0), at(2024, 3, 5, 9, 5, 30), at(2024, 3, 5, 9, 5, 30), at(2024, 3, 5, 9, 10, 30)],
      [at(2024, 3, 5, 9, 10), at(2024, 3, 5, 9, 22, 30), at(2024, 3, 5, 9, 22, 30), at(2024, 3, 5, 9, 24)],
    ]);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0].line).toBe(4);
    expect(report.rejected[0].reason.zh).toContain('“abc” 不是有效的时长');
  });
});

describe('readHistory: a user mapping', () => {
  it('overrides detection: a column by name, a field left out', async () => {
    const { tickets, report } = await read('tickets-zh-utf8.csv', { mapping: { call: '开始办理时间', start: null } });
    expect(report.mapping.call).toBe(3);
    expect(report.mapping.start).toBeNull();
    expect(tickets[0].call).toBe(at(2024, 3, 5, 9, 4));
    expect(tickets[0].start).toBe(tickets[0].call);
    expect(report.warnings.map((w) => w.message.en)).toContain('columns not used: "叫号时间"');
  });

  it('maps headers it does not know by name', async () => {
    const { volumes, report } = await read('custom-header.csv', {
      mapping: { date: 'Wann', type: 'Was', count: 'Wieviel' },
    });
    expect(report.layout).toBe('volumes');
    expect(volumes).toEqual([
      { line: 2, day: at(2024, 3, 4) / 1440, start: null, end: null, type: 'proxy-invoice', count: 12 },
      { line: 3, day: at(2024, 3, 5) / 1440, start: null, end: null, type: 'proxy-invoice', count: 7 },
    ]);
  });

  it('reads a file without a header by column numbers', async () => {
    const { tickets, report } = await read('no-header.csv', {
      mapping: { id: 0, ticket: 1, call: 2, end: 3, type: 4 },
    });
    expect(report.header).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(tickets.map((t) => [t.line, t.id, t.ticket, t.end])).toEqual([
      [1, 'A001', at(2024, 3, 5, 9, 0), at(2024, 3, 5, 9, 12)],
      [2, 'A002', at(2024, 3, 5, 9, 1), at(2024, 3, 5, 9, 10)],
    ]);
  });

  it('the layout option reads a log as volumes only when told', async () => {
    const r = await read('volumes-en.csv', { layout: 'volumes' });
    expect(r.report.layout).toBe('volumes');
  });
});

describe('readHistory: volumes', () => {
  it('date, hour, type and count; the same from a GBK file with Chinese headers and a totals row', async () => {
    const en = await read('volumes-en.csv');
    expect(en.report).toMatchObject({ layout: 'volumes', rowsRead: 7, accepted: 7 });
    expect(en.volumes[0]).toEqual({
      line: 2,
      day: at(2024, 3, 4) / 1440,
      start: 540,
      end: 600,
      type: 'proxy-invoice',
      count: 12,
    });
    expect(en.volumes.map((v) => v.count)).toEqual([12, 15, 9, 30, 41, 14, 0]);
    const zh = await read('volumes-zh-gbk.csv');
    expect(zh.report.encoding).toBe('gb18030');
    expect(zh.volumes).toEqual(en.volumes);
    expect(zh.report.rejected).toEqual([
      {
        line: 9,
        reason: { zh: '“合计” 行是合计行，不是明细数据', en: 'a totals row ("合计"), not data' },
        raw: '合计,,,121',
      },
    ]);
  });

  it("intervals written by their start last the file's step; midnight-only times are whole days", async () => {
    const { volumes, report } = await read('volumes-start-only.csv');
    expect(volumes.map((v) => [v.start, v.end, v.type])).toEqual([
      [540, 570, null],
      [570, 600, null],
      [600, 630, null],
      [540, 570, null],
      [600, 630, null],
    ]);
    expect(report.warnings.map((w) => w.message.en)).toContain(
      'intervals give only their start: each is taken to last 30 min',
    );
    const daily = await read('volumes-daily.csv');
    expect(daily.volumes.map((v) => [v.day, v.start, v.end, v.count])).toEqual([
      [at(2024, 3, 4) / 1440, null, null, 410],
      [at(2024, 3, 5) / 1440, null, null, 388],
      [at(2024, 3, 6) / 1440, null, null, 0],
    ]);
  });
});
