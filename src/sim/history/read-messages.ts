/**
 * The texts of an import report, in Chinese and English: why a row was rejected (naming the
 * column, the value and what was expected) and the warnings. Plain functions returning Localized.
 */
import { formatIsoDate, type Localized, MINUTES_PER_DAY } from '../scenario/index.ts';
import { FIELD_NAMES, type Field } from './columns.ts';
import { echo, echoList } from './echo.ts';
import { QUOTED_CHARS_MAX, QUOTED_LINES_MAX, type StrayCause } from './read-quotes.ts';
import { CHANNEL_WORDS, OUTCOME_WORDS } from './values-words.ts';

type L = Localized;

/** How a column is named in messages: 叫号时间（“呼叫时间”列） / call time (column "呼叫时间"). */
export function columnLabel(field: Field, header: string | undefined): L {
  const name = FIELD_NAMES[field];
  if (header === undefined) return name;
  const h = echo(header.trim() || '?');
  return {
    zh: h.zh === name.zh ? `“${h.zh}”列` : `${name.zh}（“${h.zh}”列）`,
    en: `${name.en} (column "${h.en}")`,
  };
}

/** How column `c` (0-based) is named in messages: by its field when it has one, else by its header or number. */
export function columnAt(
  header: readonly string[],
  mapping: Readonly<Record<string, number | null | undefined>>,
  c: number,
): L {
  const field = (Object.keys(mapping) as Field[]).find((f) => mapping[f] === c);
  if (field) return columnLabel(field, header[c]);
  const h = header[c]?.trim();
  if (!h) return { zh: `第 ${c + 1} 列`, en: `column ${c + 1}` };
  const e = echo(h);
  return { zh: `“${e.zh}”列`, en: `column "${e.en}"` };
}

/** A value from the file quoted in English and in Chinese, capped (echo.ts). */
const q = (v: string) => JSON.stringify(echo(v).en);
const zq = (v: string) => `“${echo(v).zh}”`;
const quoted = (v: L): L => ({ zh: `“${v.zh}”`, en: JSON.stringify(v.en) });
const HEADER_SEP = { zh: '，', en: ', ' };

export function fmtStamp(stamp: number): string {
  const day = Math.floor(stamp / MINUTES_PER_DAY);
  const m = stamp - day * MINUTES_PER_DAY;
  const h = Math.floor(m / 60);
  const mm = Math.floor(m - h * 60);
  const s = Math.round((m - h * 60 - mm) * 60);
  const hm = `${String(h).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  return `${formatIsoDate(day)} ${s ? `${hm}:${String(s).padStart(2, '0')}` : hm}`;
}

const DATETIME_FORMS = {
  zh: '2024-03-05 09:12、2024/3/5 9:12:00、2024年3月5日 9:12、20240305 0912 或 Excel 日期序列号（如 45356.3833）',
  en: '2024-03-05 09:12, 2024/3/5 9:12:00, 2024年3月5日 9:12, 20240305 0912 or an Excel serial number such as 45356.3833',
};
const DATE_FORMS = {
  zh: '2024-03-05、2024/3/5、2024年3月5日、20240305 或 Excel 日期序列号（如 45356）',
  en: '2024-03-05, 2024/3/5, 2024年3月5日, 20240305 or an Excel serial number such as 45356',
};
const TIME_FORMS = { zh: '09:12、9:12:00、9时12分、0912', en: '09:12, 9:12:00, 9时12分, 0912' };

export const msg = {
  badDateTime: (col: L, v: string, withDate: boolean): L =>
    withDate
      ? {
          zh: `${col.zh}：${zq(v)} 不是有效的日期时间；应为 ${DATETIME_FORMS.zh}`,
          en: `${col.en}: ${q(v)} is not a date and time; expected e.g. ${DATETIME_FORMS.en}`,
        }
      : {
          zh: `${col.zh}：${zq(v)} 不是有效的时间；应为 ${TIME_FORMS.zh}，或带日期的时间`,
          en: `${col.en}: ${q(v)} is not a time of day; expected e.g. ${TIME_FORMS.en}, or a date and time`,
        },
  badDate: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 不是有效的日期；应为 ${DATE_FORMS.zh}`,
    en: `${col.en}: ${q(v)} is not a date; expected e.g. ${DATE_FORMS.en}`,
  }),
  dateNoTime: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 只有日期，没有时刻；应为日期加时间，如 2024-03-05 09:12`,
    en: `${col.en}: ${q(v)} is a date without a time of day; expected a date and time such as 2024-03-05 09:12`,
  }),
  timeNoDate: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 只有时刻，而文件没有日期列；应为日期加时间，如 2024-03-05 09:12，或另设“日期”列`,
    en: `${col.en}: ${q(v)} is a time of day and the file has no date column; expected a date and time such as 2024-03-05 09:12, or a separate date column`,
  }),
  missing: (col: L): L => ({ zh: `${col.zh}为空（必填）`, en: `${col.en} is empty; it is required` }),
  missingDateFor: (dateCol: L, col: L, v: string): L => ({
    zh: `${dateCol.zh}为空，${col.zh}的 ${zq(v)} 只有时刻，无法确定日期`,
    en: `${dateCol.en} is empty and ${col.en} ${q(v)} is a time of day only: no date to place it on`,
  }),
  order: (later: L, lv: string, earlier: L, ev: string): L => ({
    zh: `${later.zh} ${zq(lv)} 早于 ${earlier.zh} ${zq(ev)}；取号、叫号、开始办理、办结时间应依次不早于前者`,
    en: `${later.en} ${q(lv)} is before ${earlier.en} ${q(ev)}; ticket, call, service start and service end must not decrease`,
  }),
  negative: (endCol: L, ev: string, startCol: L, sv: string, minutes: number): L => ({
    zh: `${endCol.zh} ${zq(ev)} 早于 ${startCol.zh} ${zq(sv)}：办理时长为负（${fmtMinutes(minutes)} 分钟）`,
    en: `${endCol.en} ${q(ev)} is before ${startCol.en} ${q(sv)}: a negative duration of ${fmtMinutes(minutes)} min`,
  }),
  count: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 不是不小于 0 的整数`,
    en: `${col.en}: ${q(v)} is not a whole number >= 0`,
  }),
  interval: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 不是有效的小时或时段；应为 9、9点、09:00、09:00-10:00 或 9-10`,
    en: `${col.en}: ${q(v)} is not an hour or interval; expected e.g. 9, 9点, 09:00, 09:00-10:00 or 9-10`,
  }),
  duration: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 不是有效的时长；应为分钟数（5、5.5）、05:30、00:05:30 或 5分30秒`,
    en: `${col.en}: ${q(v)} is not a duration; expected minutes (5, 5.5), 05:30, 00:05:30 or 5分30秒`,
  }),
  channel: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 不是可识别的渠道；应为 ${CHANNEL_WORDS.zh}`,
    en: `${col.en}: ${q(v)} is not a channel; expected ${CHANNEL_WORDS.en}`,
  }),
  outcome: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 不是可识别的办理状态；应为 ${OUTCOME_WORDS.zh}`,
    en: `${col.en}: ${q(v)} is not an outcome; expected ${OUTCOME_WORDS.en}`,
  }),
  unknownType: (col: L, v: string, known: string[]): L => ({
    zh: `${col.zh}：${zq(v)} 不是方案中的业务类型（方案有：${known.join('、')}）；在业务类型映射中指定它对应的类型即可导入这些行`,
    en: `${col.en}: ${q(v)} is not a business type of the scenario (it has: ${known.join(', ')}); map it to one of them to import these rows`,
  }),
  excludedType: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 按业务类型映射不导入`,
    en: `${col.en}: ${q(v)} is left out by the business type mapping`,
  }),
  duplicate: (col: L, id: string, day: number, first: number): L => ({
    zh: `${col.zh}：票号 ${zq(id)} 在 ${formatIsoDate(day)} 已出现于第 ${first} 行（重复，保留第一次出现的行）`,
    en: `${col.en}: ticket id ${q(id)} on ${formatIsoDate(day)} already appeared on line ${first} (a duplicate; the first is kept)`,
  }),
  total: (v: string): L => ({
    zh: `${zq(v)} 行是合计行，不是明细数据`,
    en: `a totals row (${q(v)}), not data`,
  }),
  servedNoTimes: (col: L, v: string): L => ({
    zh: `${col.zh}为 ${zq(v)}（已办理），但开始办理时间和办结时间都为空`,
    en: `${col.en} is ${q(v)} (served) but the service start and end are both empty`,
  }),
  badQuotes: (col: L, v: string): L => ({
    zh: `${col.zh}：${zq(v)} 引号格式错误：带引号的单元格应在结束引号处结束；单元格内的引号应写作两个（""）`,
    en: `${col.en}: malformed quotes in ${q(v)}: a quoted cell must end at its closing quote; a quote inside a cell is written twice ("")`,
  }),
  strayQuote: (col: L, cause: StrayCause, endLine: number): L => {
    const what = STRAY[cause](endLine);
    return {
      zh: `疑似多余的引号：本行${col.zh}起的带引号单元格${what.zh}；本行已拒绝，从下一行起照常读取`,
      en: `probable stray quote: the quoted cell opening on this line in ${col.en} ${what.en}; this line is rejected and reading goes on with the next line`,
    };
  },
};

/** How a quoted cell that holds a line break showed itself to be a stray quote. */
const STRAY: Record<StrayCause, (line: number) => L> = {
  eof: () => ({ zh: '直到文件末尾都没有结束', en: 'is never closed up to the end of the file' }),
  after: (line) => ({
    zh: `在第 ${line} 行结束，但结束引号后还有其他字符`,
    en: `closes on line ${line} with other characters right after its closing quote`,
  }),
  lines: () => ({
    zh: `跨越超过 ${QUOTED_LINES_MAX} 行仍未结束`,
    en: `runs on over more than ${QUOTED_LINES_MAX} lines`,
  }),
  chars: () => ({
    zh: `跨行后超过 ${QUOTED_CHARS_MAX} 个字符仍未结束`,
    en: `runs on for more than ${QUOTED_CHARS_MAX} characters past its line`,
  }),
  row: (line) => ({
    zh: `吞入了第 ${line} 行，而该行看起来是一行独立的数据`,
    en: `swallows line ${line}, which reads as a row of its own`,
  }),
};

function fmtMinutes(m: number): string {
  return String(Math.round(m * 100) / 100).replace('-', '−');
}

/** Why a file cannot be imported at all. */
export const fail = {
  empty: (): L => ({ zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' }),
  blank: (): L => ({
    zh: '文件只有空白，没有表头和数据',
    en: 'the file holds only blank lines: no header and no data',
  }),
  notText: {
    xlsx: {
      zh: '这是 Excel 工作簿（.xlsx），不是 CSV 文件：请在 Excel 中“另存为”CSV（UTF-8 或逗号分隔）后再导入',
      en: 'this is an Excel workbook (.xlsx), not a CSV file: save it as CSV (UTF-8 or comma-separated) in Excel and import that',
    },
    xls: {
      zh: '这是旧版 Excel 工作簿（.xls），不是 CSV 文件：请在 Excel 中“另存为”CSV 后再导入',
      en: 'this is an old Excel workbook (.xls), not a CSV file: save it as CSV in Excel and import that',
    },
    utf16: {
      zh: '文件是 UTF-16 编码（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8”或“CSV（逗号分隔）”后再导入',
      en: 'the file is UTF-16 (Excel\'s "Unicode Text"): save it as "CSV UTF-8" or "CSV (comma delimited)" and import that',
    },
    binary: {
      zh: '文件含有二进制内容，不是文本 CSV 文件',
      en: 'the file holds binary data: it is not a text CSV file',
    },
  } as Record<'xlsx' | 'xls' | 'utf16' | 'binary', L>,
  noHeader: (found: string[], expected: L): L => {
    const f = echoList(found, undefined, HEADER_SEP);
    return {
      zh: `在前 20 行中没有找到可识别的表头。首行为：${f.zh || '（空）'}。${expected.zh}。也可以手工指定列映射`,
      en: `no header recognised in the first 20 lines. The first line holds: ${f.en || '(nothing)'}. Expected: ${expected.en}. Or set the column mapping by hand`,
    };
  },
  missingColumns: (layout: 'tickets' | 'volumes', missing: Field[], header: string[], expected: L): L => {
    const kind = layout === 'tickets' ? { zh: '排队叫号明细', en: 'a ticket log' } : { zh: '业务量', en: 'volumes' };
    const h = echoList(header, undefined, HEADER_SEP);
    return {
      zh: `文件按${kind.zh}读取，但缺少必需的列：${missing.map((f) => FIELD_NAMES[f].zh).join('、')}。表头为：${h.zh}。应包含：${expected.zh}`,
      en: `the file is read as ${kind.en} but lacks required columns: ${missing.map((f) => FIELD_NAMES[f].en).join(', ')}. The header is: ${h.en}. Expected: ${expected.en}`,
    };
  },
  noRows: (header: string[]): L => {
    const h = echoList(header, undefined, HEADER_SEP);
    return { zh: `文件有表头（${h.zh}），但没有数据行`, en: `the file has a header (${h.en}) but no data rows` };
  },
  allRejected: (rows: number, summary: L, line: number, reason: L): L => ({
    zh: `全部 ${rows} 行数据都被拒绝（${summary.zh}）。例如第 ${line} 行：${reason.zh}`,
    en: `every one of the ${rows} data rows was rejected (${summary.en}). For example, line ${line}: ${reason.en}`,
  }),
  lineTooLong: (line: number): L => ({
    zh: `第 ${line} 行超过 64 MB 仍未结束：这不像 CSV 文件`,
    en: `line ${line} runs on for more than 64 MB: this does not look like a CSV file`,
  }),
};

export const warn = {
  preamble: (lines: number, first: string): L => ({
    zh: `表头前的 ${lines} 行已跳过（第一行：${zq(first)}）`,
    en: `${lines} line(s) before the header skipped (the first: ${q(first)})`,
  }),
  unused: (names: string[]): L => {
    const n = echoList(names, quoted);
    return { zh: `以下列未使用：${n.zh}`, en: `columns not used: ${n.en}` };
  },
  duplicateColumn: (col: L, other: string): L => ({
    zh: `${zq(other)}列看起来也是${col.zh}，已使用前者；如需改用，请调整列映射`,
    en: `column ${q(other)} also looks like ${col.en}, which is taken from another column; change the mapping to use it`,
  }),
  otherLayout: (layout: 'tickets' | 'volumes', cols: string[]): L => {
    const c = echoList(cols);
    return layout === 'tickets'
      ? {
          zh: `文件按排队叫号明细读取，但也有业务量的列（${c.zh}）：这些列已忽略`,
          en: `the file is read as a ticket log but also has volume columns (${c.en}): they are ignored`,
        }
      : {
          zh: `文件按业务量读取，但也有叫号明细的列（${c.zh}）：这些列已忽略`,
          en: `the file is read as volumes but also has ticket-log columns (${c.en}): they are ignored`,
        };
  },
  noId: (): L => ({
    zh: '没有票号列：以行号作票号，无法检查重复',
    en: 'no ticket id column: line numbers are used as ids and duplicates cannot be found',
  }),
  noStart: (): L => ({
    zh: '没有开始办理时间列：以叫号时间作为开始办理时间',
    en: 'no service start column: service is taken to start at the call',
  }),
  noCall: (): L => ({
    zh: '没有叫号时间列：以开始办理时间作为叫号时间',
    en: 'no call time column: the call is taken to be the service start',
  }),
  ticketFromDate: (h: string): L => ({
    zh: `没有取号时间列：以${zq(h)}列作为取号时间`,
    en: `no ticket time column: column ${q(h)} is used as the ticket time`,
  }),
  unitAssumed: (col: L): L => ({
    zh: `${col.zh}的表头未写单位，按分钟读取`,
    en: `${col.en} has no unit in its header: read as minutes`,
  }),
  midnight: (): L => ({ zh: '时间跨过午夜（次日）', en: 'times cross midnight (into the next day)' }),
  midnightMore: (n: number): L => ({ zh: `另有 ${n} 行时间跨过午夜`, en: `${n} more rows with times across midnight` }),
  zone: (): L => ({
    zh: '时间带有非北京时间的时区标记（如 Z 或 -05:00）：按所写的钟点读取，未换算',
    en: 'times carry a time zone other than +08:00 (e.g. Z): the clock time is read as written, not converted',
  }),
  dateOrder: (order: 'mdy' | 'dmy', decided: boolean): L =>
    order === 'dmy'
      ? { zh: '年份在后的日期按“日/月/年”读取', en: 'dates with the year last are read as day/month/year' }
      : decided
        ? { zh: '年份在后的日期按“月/日/年”读取', en: 'dates with the year last are read as month/day/year' }
        : {
            zh: '年份在后的日期（如 3/5/2024）无法判断是月/日还是日/月，按“月/日/年”读取',
            en: 'dates with the year last (such as 3/5/2024) could be month/day or day/month: read as month/day/year',
          },
  invalidBytes: (encoding: string, bytes: string, offset: number): L => {
    const hex = bytes
      .split(' ')
      .map((b) => `0x${b}`)
      .join(' ');
    return {
      zh: `第 ${offset} 字节处的 ${hex} 不是有效的 ${encoding} 编码，已按 � 读取（该行照常读取）`,
      en: `${bytes.includes(' ') ? 'bytes' : 'byte'} ${hex} at byte offset ${offset} ${bytes.includes(' ') ? 'are' : 'is'} not valid ${encoding}: read as � (the row is read with it)`,
    };
  },
  invalidBytesMore:
    (encoding: string) =>
    (n: number): L => ({
      zh: `另有 ${n} 处字节不是有效的 ${encoding} 编码，也已按 � 读取`,
      en: `${n} more byte sequence(s) not valid ${encoding}, also read as �`,
    }),
  switched: (at: number): L => ({
    zh: `文件前 ${at} 字节为纯 ASCII，之后出现 GBK/GB18030 字符：按 GB18030 读取`,
    en: `the first ${at} bytes are plain ASCII and GBK/GB18030 text follows: read as GB18030`,
  }),
  singleType: (id: string): L => ({
    zh: `没有业务类型列：所有行按方案唯一的业务类型 ${id} 读取`,
    en: `no business type column: every row is taken as the scenario's only type, ${id}`,
  }),
  inexactType: (v: string, id: string, name: string): L => ({
    zh: `业务类型 ${zq(v)} 按名称 ${zq(name)} 对应到 ${id}；如不对请在映射中改正`,
    en: `business type ${q(v)} taken as ${id} (by its name ${q(name)}); correct it in the mapping if wrong`,
  }),
  multiLine: (rows: number, first: number, firstEnd: number, lines: number): L => ({
    zh: `有 ${rows} 行数据的带引号单元格内含换行（首见第 ${first}–${firstEnd} 行）：每个按一行数据读取，共占 ${lines} 行`,
    en: `${rows} row(s) hold line breaks inside quoted cells (the first on lines ${first}–${firstEnd}): each is read as one row, ${lines} lines in all`,
  }),
  extraCells: (line: number): L => ({
    zh: `有的行单元格比表头多（首见第 ${line} 行）：多出的单元格已忽略`,
    en: `some rows have more cells than the header (first on line ${line}): the extra cells are ignored`,
  }),
  step: (minutes: number): L => ({
    zh: `时段只写了开始时刻：按 ${minutes} 分钟一段计算结束时刻`,
    en: `intervals give only their start: each is taken to last ${minutes} min`,
  }),
  stepGuess: (): L => ({
    zh: '时段只写了开始时刻且只有一种：按 60 分钟一段计算',
    en: 'intervals give only their start and there is only one: each is taken to last 60 min',
  }),
  volumeTwice: (what: string, first: number): L => ({
    zh: `同一日期、时段、业务类型（${what}）已在第 ${first} 行出现：两行都保留，数量将相加`,
    en: `the same date, interval and type (${what}) already appeared on line ${first}: both rows are kept, so their counts add up`,
  }),
  volumeTwiceMore: (n: number): L => ({
    zh: `另有 ${n} 行日期、时段、业务类型重复`,
    en: `${n} more rows repeat a date, interval and type`,
  }),
};
