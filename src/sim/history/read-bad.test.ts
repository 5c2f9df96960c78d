import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { HistoryImportError, readHistory } from './read.ts';
import { fixture, KNOWN } from './fixtures/fixtures.ts';

const read = (name: string, options: Parameters<typeof readHistory>[1] = {}) =>
  readHistory(fixture(name), { knownTypes: KNOWN, ...options });

async function failure(p: Promise<unknown>): Promise<HistoryImportError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HistoryImportError);
    return e as HistoryImportError;
  }
  throw new Error('expected a HistoryImportError');
}

describe('bad rows of a ticket log: each rejected with its line and a reason naming column, value and expectation', () => {
  it('reports every bad row by its physical line (a quoted cell on lines 3-4 does not shift them)', async () => {
    const { tickets, report } = await read('bad-tickets.csv');
    expect(tickets.map((t) => [t.line, t.id])).toEqual([
      [2, 'T001'],
      [3, 'T002'],
      [15, 'T011'],
      [20, 'T001'],
    ]);
    expect(tickets[1].id).toBe('T002');
    expect(report.rowsRead).toBe(17); // the blank line 14 is not a row
    expect(report.accepted).toBe(4);
    expect(report.rejected.map((r) => r.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19]);
    const why = new Map(report.rejected.map((r) => [r.line, r.reason]));
    // Unparseable date.
    expect(why.get(5)!.en).toBe(
      'ticket time (column "取号时间"): "2024-13-05 09:02" is not a date and time; expected e.g. 2024-03-05 09:12, 2024/3/5 9:12:00, 2024年3月5日 9:12, 20240305 0912 or an Excel serial number such as 45356.3833',
    );
    expect(why.get(5)!.zh).toContain('“取号时间”列：“2024-13-05 09:02” 不是有效的日期时间');
    // Out of order.
    expect(why.get(6)!.en).toBe(
      'call time (column "叫号时间") "2024-03-05 09:01" is before ticket time (column "取号时间") "2024-03-05 09:03"; ticket, call, service start and service end must not decrease',
    );
    // Negative duration.
    expect(why.get(7)!.en).toBe(
      'service end (column "办结时间") "2024-03-05 09:08" is before service start (column "开始办理时间") "2024-03-05 09:09": a negative duration of −1 min',
    );
    expect(why.get(7)!.zh).toBe(
      '“办结时间”列 “2024-03-05 09:08” 早于 “开始办理时间”列 “2024-03-05 09:09”：办理时长为负（−1 分钟）',
    );
    // Missing required fields.
    expect(why.get(8)!.en).toBe('ticket time (column "取号时间") is empty; it is required');
    expect(why.get(9)!.zh).toBe('“业务类型”列为空（必填）');
    expect(why.get(17)!.en).toBe('ticket id (column "票号") is empty; it is required');
    // Duplicate: says which line had it first.
    expect(why.get(10)!.en).toBe(
      'ticket id (column "票号"): ticket id "T001" on 2024-03-05 already appeared on line 2 (a duplicate; the first is kept)',
    );
    expect(report.rejected.find((r) => r.line === 10)!.raw).toBe(
      'T001,2024-03-05 09:07,2024-03-05 09:11,2024-03-05 09:11,2024-03-05 09:20,发票代开,2,现场,已办结,',
    );
    // Unknown type, channel, outcome.
    expect(why.get(11)!.en).toContain(
      'business type (column "业务类型"): "咨询辅导" is not a business type of the scenario (it has: 发票领用/验旧 (invoice), 发票代开 (proxy-invoice)',
    );
    expect(why.get(12)!.zh).toContain('“渠道”列：“飞鸽传书” 不是可识别的渠道');
    expect(why.get(13)!.en).toContain('outcome (column "状态"): "办理中" is not an outcome');
    // A time of day without a date column.
    expect(why.get(16)!.en).toContain('"09:12" is a time of day and the file has no date column');
    // Served without times.
    expect(why.get(18)!.en).toBe(
      'outcome (column "状态") is "已办结" (served) but the service start and end are both empty',
    );
    // Two problems in one row: both given.
    expect(why.get(19)!.en).toContain('call time (column "叫号时间"): "2024-03-05 9:75" is not a date and time');
    expect(why.get(19)!.en).toContain('; business type (column "业务类型"): "咨询辅导"');
    // Unknown types listed with their rows; the unused column said.
    expect(report.unknownTypes).toEqual([{ value: '咨询辅导', rows: 2 }]);
    expect(report.warnings.map((w) => w.message.en)).toContain('columns not used: "备注"');
  });

  it('bad rows of a volumes file', async () => {
    const { volumes, report } = await read('bad-volumes.csv');
    expect(volumes.map((v) => [v.line, v.start, v.count])).toEqual([
      [2, 540, 12],
      [11, 540, 1],
    ]);
    const why = Object.fromEntries(report.rejected.map((r) => [r.line, r.reason.en]));
    expect(why).toEqual({
      3: 'count (column "数量"): "3.5" is not a whole number >= 0',
      4: 'count (column "数量"): "-2" is not a whole number >= 0',
      5: 'count (column "数量"): "abc" is not a whole number >= 0',
      6: 'date (column "日期") is empty; it is required',
      7: 'date (column "日期"): "2024-02-30" is not a date; expected e.g. 2024-03-05, 2024/3/5, 2024年3月5日, 20240305 or an Excel serial number such as 45356',
      8: 'hour or interval (column "时段"): "25点" is not an hour or interval; expected e.g. 9, 9点, 09:00, 09:00-10:00 or 9-10',
      9: 'hour or interval (column "时段") is empty; it is required',
      10: 'count (column "数量") is empty; it is required',
      12: 'a totals row ("小计"), not data',
    });
    // The same date, hour and type twice: kept, with a warning naming the first line.
    expect(report.warnings).toContainEqual({
      line: 11,
      message: {
        zh: '同一日期、时段、业务类型（2024-03-04 9:00 proxy-invoice）已在第 2 行出现：两行都保留，数量将相加',
        en: 'the same date, interval and type (2024-03-04 9:00 proxy-invoice) already appeared on line 2: both rows are kept, so their counts add up',
      },
    });
  });
});

describe('business types', () => {
  it('unknown types are kept out, counted as rejected and listed with their rows', async () => {
    const { tickets, report } = await read('unknown-types.csv');
    expect(tickets.map((t) => [t.line, t.type])).toEqual([
      [2, 'proxy-invoice'],
      [6, 'proxy-invoice'],
    ]);
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(report.unknownTypes).toEqual([
      { value: '咨询', rows: 2 },
      { value: '跨区域涉税事项报告', rows: 1 },
    ]);
  });

  it('a type map accepts them (or leaves them out with "")', async () => {
    const { tickets, report } = await read('unknown-types.csv', {
      typeMap: { 咨询: 'filing', 跨区域涉税事项报告: '' },
    });
    expect(tickets.map((t) => [t.line, t.type])).toEqual([
      [2, 'proxy-invoice'],
      [3, 'filing'],
      [4, 'filing'],
      [6, 'proxy-invoice'],
    ]);
    expect(report.unknownTypes).toEqual([]);
    expect(report.rejected).toEqual([
      {
        line: 5,
        reason: {
          zh: '“业务类型”列：“跨区域涉税事项报告” 按业务类型映射不导入',
          en: 'business type (column "业务类型"): "跨区域涉税事项报告" is left out by the business type mapping',
        },
        raw: '4,2024-03-05 09:03,跨区域涉税事项报告',
      },
    ]);
  });

  it('a type map to an id the scenario does not have is refused', async () => {
    await expect(read('unknown-types.csv', { typeMap: { 咨询: 'consult' } })).rejects.toThrow(ParameterError);
  });

  it('without known types every value is kept as written', async () => {
    const { tickets, report } = await readHistory(fixture('unknown-types.csv'));
    expect(tickets.map((t) => t.type)).toEqual(['发票代开', '咨询', '咨询', '跨区域涉税事项报告', 'Proxy invoice']);
    expect(report.unknownTypes).toEqual([]);
  });

  it('with one known type, a file without a type column is read as that type', async () => {
    const { tickets, report } = await readHistory(fixture('missing-type.csv'), { knownTypes: [KNOWN[1]] });
    expect(tickets.map((t) => t.type)).toEqual(['proxy-invoice']);
    expect(report.warnings[0].message.en).toContain("the scenario's only type, proxy-invoice");
  });
});

describe('files with no usable rows are errors that say why', () => {
  it('an empty file', async () => {
    const e = await failure(read('empty.csv'));
    expect(e.code).toBe('empty');
    expect(e.message).toBe('the file is empty (0 bytes)');
    expect(e.messageZh).toBe('文件是空的（0 字节）');
    expect((await failure(read('blank.csv'))).code).toBe('empty');
  });

  it('no header recognised: lists the headers found and what was expected', async () => {
    const e = await failure(read('unknown-header.csv'));
    expect(e.code).toBe('noHeader');
    expect(e.message).toContain('The first line holds: 编码, 甲, 乙, 丙');
    expect(e.message).toContain('Expected: a ticket log has the columns ticket id, ticket time');
    expect(e.messageZh).toContain('首行为：编码，甲，乙，丙');
  });

  it('a header without the required columns', async () => {
    const e = await failure(readHistory(fixture('missing-type.csv'), { knownTypes: KNOWN }));
    expect(e.code).toBe('missingColumns');
    expect(e.message).toContain('lacks required columns: business type. The header is: 取号时间, 窗口');
  });

  it('a header naming one known column only: says which required ones are missing', async () => {
    const e = await failure(readHistory(new TextEncoder().encode('取号时间,办事类别\n2024-03-05 09:00,咨询\n')));
    expect(e.code).toBe('missingColumns');
    expect(e.messageZh).toContain('缺少必需的列：业务类型。表头为：取号时间，办事类别');
  });

  it('a header and no rows', async () => {
    const e = await failure(read('header-only.csv'));
    expect(e.code).toBe('noRows');
    expect(e.report?.rowsRead).toBe(0);
  });

  it('every row rejected: the error summarises why and carries the report', async () => {
    const e = await failure(read('all-bad.csv'));
    expect(e.code).toBe('allRejected');
    expect(e.message).toBe(
      'every one of the 2 data rows was rejected (2 × a count that is not a whole number >= 0). For example, line 2: count (column "数量"): "many" is not a whole number >= 0',
    );
    expect(e.report?.rejected.map((r) => r.line)).toEqual([2, 3]);
  });

  it('every row of an unknown type: the error carries the types to map', async () => {
    const e = await failure(
      readHistory(new TextEncoder().encode('取号时间,业务类型\n2024-03-05 09:00,咨询\n'), { knownTypes: KNOWN }),
    );
    expect(e.code).toBe('allRejected');
    expect(e.report?.unknownTypes).toEqual([{ value: '咨询', rows: 1 }]);
  });

  it('an Excel workbook or a UTF-16 file is not read as CSV', async () => {
    const xlsx = await failure(readHistory(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0])));
    expect(xlsx.code).toBe('notText');
    expect(xlsx.messageZh).toContain('另存为');
    const utf16 = await failure(readHistory(new Uint8Array([0xff, 0xfe, 0x30, 0x00, 0x31, 0x00])));
    expect(utf16.code).toBe('encoding');
  });

  it('a mapping naming no column', async () => {
    const e = await failure(read('tickets-zh-utf8.csv', { mapping: { ticket: '领号时间' } }));
    expect(e.code).toBe('mapping');
    expect(e.message).toContain('no column "领号时间"');
  });
});

describe('many rows with the same problem', () => {
  it('the first 1000 reasons name their value; later rows share one reason, every row still listed', async () => {
    const rows = ['取号时间,业务类型'];
    for (let i = 0; i < 1500; i++) rows.push(`05-Mar-2024 09:${String(i % 60).padStart(2, '0')},发票代开`);
    rows.push('2024-03-05 09:00,发票代开');
    const { report } = await readHistory(new TextEncoder().encode(rows.join('\n')), { knownTypes: KNOWN });
    expect(report.accepted).toBe(1);
    expect(report.rejected).toHaveLength(1500);
    expect(report.rejected.map((r) => r.line)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 2));
    expect(report.rejected[999].reason.en).toContain('"05-Mar-2024 09:39" is not a date and time');
    const later = report.rejected.slice(1000).map((r) => r.reason);
    expect(new Set(later).size).toBe(1);
    expect(later[0].en).toBe(
      'ticket time (column "取号时间"): an unreadable date or time (the same problem as in 1000 rows before; the value is in the row as read)',
    );
    expect(later[0].zh).toBe('“取号时间”列：日期时间无法识别（与前面 1000 行的问题相同，取值见本行原文）');
    expect(report.rejected[1200].raw).toBe('05-Mar-2024 09:00,发票代开');
  });
});

describe('bad bytes in a UTF-8 file without a BOM', () => {
  it('the file stays UTF-8; the row is kept with �; the warning gives the line and the byte offset', async () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    const head = enc('票号,取号时间,业务类型,窗口\n1,2024-03-05 09:00,发票代开,3号窗口\n2,2024-03-05 09:01,发票代开,');
    const bytes = new Uint8Array([...head, 0xff, ...enc('4号窗口\n3,2024-03-05 09:02,发票代开,5号窗口\n')]);
    const { tickets, report } = await readHistory(bytes, { knownTypes: KNOWN });
    expect(report.encoding).toBe('utf-8');
    expect(tickets.map((t) => [t.line, t.window])).toEqual([
      [2, '3号窗口'],
      [3, '\uFFFD4号窗口'],
      [4, '5号窗口'],
    ]);
    expect(report.warnings.filter((w) => w.message.en.includes('not valid'))).toEqual([
      {
        line: 3,
        message: {
          zh: `第 ${head.length} 字节处的 0xFF 不是有效的 UTF-8 编码，已按 � 读取（该行照常读取）`,
          en: `byte 0xFF at byte offset ${head.length} is not valid UTF-8: read as � (the row is read with it)`,
        },
      },
    ]);
  });
});

describe('values echoed in messages are capped at 80 characters', () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  const longest = (texts: string[]) => Math.max(...texts.map((t) => t.length));

  it('a 1 MB header cell: the error names it by its first 80 characters', async () => {
    const big = 'x'.repeat(1 << 20);
    const e = await failure(readHistory(enc(`取号时间,${big}\n2024-03-05 09:00,1\n`), { knownTypes: KNOWN }));
    expect(e.code).toBe('missingColumns');
    expect(e.message).toContain(`The header is: 取号时间, ${'x'.repeat(80)}…(1048496 more). Expected`);
    expect(e.messageZh).toContain(`表头为：取号时间，${'x'.repeat(80)}…（另有 1048496 个字符）。应包含`);
    expect(e.message.length + e.messageZh.length).toBeLessThan(1500);
  });

  it('a 10 MB id in a file without a header, and 40 columns: the first 20 cells, each capped', async () => {
    const id = 'Q'.repeat(10 << 20);
    const cols = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const e = await failure(readHistory(enc(`${id},${cols.join(',')}\n`)));
    expect(e.code).toBe('noHeader');
    expect(e.message).toContain(`The first line holds: ${'Q'.repeat(80)}…(10485680 more), c0, c1,`);
    expect(e.message).toContain('c18, … (21 more). Expected');
    expect(e.message.length + e.messageZh.length).toBeLessThan(2000);
  });

  it('a type map from a 1 MB value to an id the scenario lacks: the error names the value capped', async () => {
    const value = '咨'.repeat(1 << 20);
    let e: unknown = null;
    try {
      await read('unknown-types.csv', { typeMap: { [value]: 'consult' } });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ParameterError);
    const message = (e as ParameterError).message;
    expect(message).toContain(`typeMap["${'咨'.repeat(80)}…(1048496 more)"]: got "consult"`);
    expect(message.length).toBeLessThan(500);
  });

  it('a 1 MB header name on a column in use and 1 MB values in it: every reason and warning stays short', async () => {
    const name = `业务类型${'长'.repeat(1 << 20)}`;
    const value = 'V'.repeat(1 << 20);
    const text = `取号时间,${name},业务名称${'名'.repeat(1 << 20)}\n2024-03-05 09:00,${value},a\n2024-03-05 25:00,发票代开,b\n"x"y${value},发票代开,c\n`;
    const e = await failure(readHistory(enc(text), { knownTypes: KNOWN, mapping: { type: name } }));
    const report = e.report!;
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(report.rejected[0].reason.en).toBe(
      `business type (column "业务类型${'长'.repeat(76)}…(1048500 more)"): "${'V'.repeat(80)}…(1048496 more)" is not a business type of the scenario (it has: 发票领用/验旧 (invoice), 发票代开 (proxy-invoice), 申报缴税/更正 (filing), 登记/变更/注销 (registration), 完税证明打印 (certificate)); map it to one of them to import these rows`,
    );
    const texts = [
      e.message,
      e.messageZh,
      ...report.rejected.flatMap((r) => [r.reason.zh, r.reason.en, r.raw]),
      ...report.warnings.flatMap((w) => [w.message.zh, w.message.en]),
    ];
    expect(longest(texts)).toBeLessThan(700);
  });
});
