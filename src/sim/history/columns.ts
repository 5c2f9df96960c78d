/**
 * Which column of a history file holds which field: header names in Chinese and English with
 * their synonyms (取号时间/领号时间/ticket time, 叫号时间/call time, ...), the header row found among
 * the first rows (exports often start with a title line), the layout the columns make (volumes or
 * tickets), and a user's mapping that overrides what was detected.
 */
import { echo, echoList } from './echo.ts';
import type { Localized } from '../scenario/index.ts';
import type { HistoryLayout } from './records.ts';
import { normalizeKey } from './values-words.ts';
import type { DurationUnit } from './values-numbers.ts';

export const TICKET_FIELDS = [
  'id',
  'date',
  'ticket',
  'call',
  'start',
  'end',
  'type',
  'window',
  'channel',
  'outcome',
  'wait',
  'handle',
] as const;
export const VOLUME_FIELDS = ['date', 'hour', 'type', 'count'] as const;
export type Field = (typeof TICKET_FIELDS)[number] | (typeof VOLUME_FIELDS)[number];
export const FIELDS: readonly Field[] = [...new Set<Field>([...TICKET_FIELDS, ...VOLUME_FIELDS])];

/** Header words that mean a field only once the layout is known. */
type Ambiguous = 'time' | 'number';

/** Each field's name in messages. */
export const FIELD_NAMES: Record<Field, Localized> = {
  id: { zh: '票号', en: 'ticket id' },
  date: { zh: '日期', en: 'date' },
  ticket: { zh: '取号时间', en: 'ticket time' },
  call: { zh: '叫号时间', en: 'call time' },
  start: { zh: '开始办理时间', en: 'service start' },
  end: { zh: '办结时间', en: 'service end' },
  type: { zh: '业务类型', en: 'business type' },
  window: { zh: '窗口', en: 'window' },
  channel: { zh: '渠道', en: 'channel' },
  outcome: { zh: '办理状态', en: 'outcome' },
  wait: { zh: '等候时长', en: 'waiting time' },
  handle: { zh: '办理时长', en: 'handling time' },
  hour: { zh: '时段', en: 'hour or interval' },
  count: { zh: '数量', en: 'count' },
};

/** Header synonyms, normalised with `normalizeKey` (no spaces, lower case). */
const SYNONYMS: Record<Field | Ambiguous, string[]> = {
  id: [
    '票号',
    '排队号',
    '流水号',
    '号码',
    '取号号码',
    '排队号码',
    '票据号',
    '序号',
    '顺序号',
    'ticketid',
    'ticketno',
    'ticketnumber',
    'queueno',
    'queuenumber',
    'queueid',
    'serialno',
    'serial',
    'id',
    'no',
  ],
  date: [
    '日期',
    '办理日期',
    '取号日期',
    '业务日期',
    '日期时间',
    'date',
    'day',
    'datetime',
    'businessdate',
    'servicedate',
  ],
  ticket: [
    '取号时间',
    '领号时间',
    '取票时间',
    '出票时间',
    '取号时刻',
    '到达时间',
    '签到时间',
    'tickettime',
    'tickettaken',
    'taketime',
    'issuetime',
    'issuedat',
    'arrivaltime',
    'arrival',
    'arrivedat',
    'checkintime',
    'queuetime',
  ],
  call: ['叫号时间', '呼叫时间', '叫号时刻', '首次叫号时间', 'calltime', 'calledat', 'called', 'call'],
  start: [
    '开始办理时间',
    '受理时间',
    '开始时间',
    '办理开始时间',
    '开始受理时间',
    '办理时间',
    'servicestart',
    'starttime',
    'start',
    'servicestarttime',
    'servedat',
    'begintime',
    'begin',
  ],
  end: [
    '办结时间',
    '结束时间',
    '完成时间',
    '办理结束时间',
    '结束办理时间',
    '办毕时间',
    'serviceend',
    'endtime',
    'end',
    'serviceendtime',
    'finishtime',
    'finishedat',
    'completedat',
    'completiontime',
    'donetime',
  ],
  type: [
    '业务类型',
    '业务名称',
    '事项',
    '事项名称',
    '业务',
    '业务种类',
    '办理事项',
    '业务分类',
    '服务类型',
    'businesstype',
    'business',
    'servicetype',
    'service',
    'type',
    'category',
    'matter',
    'item',
  ],
  window: [
    '窗口',
    '窗口号',
    '办理窗口',
    '窗口编号',
    '服务窗口',
    '受理窗口',
    'window',
    'windowno',
    'windowid',
    'counter',
    'desk',
    'counterno',
  ],
  channel: [
    '渠道',
    '来源',
    '取号方式',
    '取号渠道',
    '预约类型',
    '取号类型',
    '来源渠道',
    'channel',
    'source',
    'tickettype',
    'bookingtype',
    'method',
  ],
  outcome: [
    '状态',
    '结果',
    '办理状态',
    '办理结果',
    '叫号状态',
    '票状态',
    '处理结果',
    'outcome',
    'status',
    'result',
    'state',
    'disposition',
  ],
  wait: [
    '等候时长',
    '等待时长',
    '等候时间',
    '等待时间',
    '排队时长',
    '候时',
    'wait',
    'waittime',
    'waitingtime',
    'queuewait',
    'waitduration',
  ],
  handle: [
    '办理时长',
    '服务时长',
    '受理时长',
    '办理用时',
    '处理时长',
    'handlingtime',
    'servicetime',
    'serviceduration',
    'handletime',
    'duration',
  ],
  hour: ['时段', '小时', '时间段', '时点', '区间', 'hour', 'interval', 'timeslot', 'slot', 'period', 'timeband'],
  count: [
    '数量',
    '笔数',
    '人数',
    '业务量',
    '取号量',
    '取号数',
    '办件量',
    '件数',
    '人次',
    '合计',
    '次数',
    'count',
    'volume',
    'visitors',
    'customers',
    'arrivals',
    'tickets',
    'qty',
    'quantity',
    'total',
    'n',
  ],
  time: ['时间', 'time', 'timestamp'],
  number: ['number', '编号'],
};

const BY_WORD = new Map<string, Field | Ambiguous>();
for (const [field, words] of Object.entries(SYNONYMS) as [Field | Ambiguous, string[]][]) {
  for (const w of words) BY_WORD.set(w, field);
}
/** Chinese synonyms of two characters or more, longest first, for "contains" matches. */
const PARTS = [...BY_WORD.keys()]
  .filter((w) => /[\u4e00-\u9fff]/.test(w) && w.length >= 2)
  .sort((a, b) => b.length - a.length);

/** A header cell's unit in brackets or as a suffix: (秒), （分钟）, (s), _min. */
export function headerUnit(cell: string): DurationUnit | null {
  const k = cell.normalize('NFKC').toLowerCase();
  if (/秒|\(s\)|\bsec|seconds?\b|\(sec\)/.test(k)) return 'seconds';
  if (/小时|\(h\)|hours?\b/.test(k)) return 'hours';
  if (/分|min/.test(k)) return 'minutes';
  return null;
}

/** The header cell without a bracketed unit or remark, normalised. */
function headerKey(cell: string): string {
  return normalizeKey(cell.replace(/^\uFEFF/, '').replace(/[（([【][^）)\]】]*[）)\]】]/g, ''));
}

export interface HeaderMatch {
  field: Field | Ambiguous;
  /** 3 exact, 1 the cell contains a synonym (then ties go to the longer synonym). */
  score: number;
  length: number;
}

/** What a header cell names, or null. */
export function matchHeader(cell: string): HeaderMatch | null {
  const key = headerKey(cell);
  if (key === '') return null;
  const exact = BY_WORD.get(key);
  if (exact) return { field: exact, score: 3, length: key.length };
  // English with a trailing remark (ticket_time_local) or a Chinese name inside a longer one
  // (客户取号时间); short cells only, so a title line is not a header.
  if (key.length > 24) return null;
  for (const w of PARTS) if (key.includes(w)) return { field: BY_WORD.get(w)!, score: 1, length: w.length };
  return null;
}

/** How many distinct fields the cells of a row name: the header is the best row near the top. */
export function headerScore(cells: readonly string[]): number {
  const seen = new Set<string>();
  for (const c of cells) {
    const m = matchHeader(c);
    if (m) seen.add(m.field);
  }
  return seen.size;
}

export type Mapping = Record<string, number | null>;

export interface ColumnPlan {
  layout: HistoryLayout;
  /** Field → column index (null when absent) for every field of the layout. */
  mapping: Mapping;
  /** Columns no field uses, by index (other than those in `otherLayout` and `duplicates`). */
  unused: number[];
  /** Fields of the other layout found in the header (a file mixing layouts), with their columns. */
  otherLayout: [Field, number][];
  /** Columns that also looked like a field already taken: [field, column]. */
  duplicates: [Field, number][];
  /** Fields the user's mapping set. */
  userSet: Field[];
}

/** A user's mapping entry: a column index, a header name, or null to leave the field out. */
export type UserMapping = Partial<Record<string, number | string | null>>;

const TICKET_ONLY: Field[] = ['ticket', 'call', 'start', 'end', 'window', 'channel', 'outcome', 'id', 'wait', 'handle'];
const TIME_FIELDS: Field[] = ['ticket', 'call', 'start', 'end'];

export class MappingError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly messageZh: string,
    message: string,
  ) {
    super(message);
  }
}

function resolveUserColumn(field: string, value: number | string | null, header: readonly string[]): number | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value < header.length) return value;
    throw new MappingError(
      field,
      value,
      `字段“${field}”的列号 ${value} 超出范围：文件有 ${header.length} 列（从 0 起编号）`,
      `mapping.${field}: column ${value} is out of range; the file has ${header.length} columns (numbered from 0)`,
    );
  }
  let i = header.indexOf(value);
  if (i < 0) i = header.findIndex((h) => headerKey(h) === headerKey(value));
  if (i >= 0) return i;
  const v = echo(value);
  const h = echoList(header, undefined, { zh: '，', en: ', ' });
  throw new MappingError(
    field,
    value,
    `字段“${field}”映射到列“${v.zh}”，但表头中没有这一列；表头为：${h.zh}`,
    `mapping.${field}: no column "${v.en}" in the header; the header is: ${h.en}`,
  );
}

/**
 * Maps header cells to fields, decides the layout (unless given) and applies the user's mapping
 * (which wins over detection). Throws MappingError for a mapping naming no column or an unknown field.
 */
export function planColumns(header: readonly string[], layout?: HistoryLayout, user: UserMapping = {}): ColumnPlan {
  for (const field of Object.keys(user)) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new MappingError(
        field,
        user[field],
        `未知字段“${field}”；可用字段：${FIELDS.join('、')}`,
        `mapping: unknown field "${field}"; fields are ${FIELDS.join(', ')}`,
      );
    }
  }
  const userCols = new Map<Field, number | null>();
  for (const [field, value] of Object.entries(user)) {
    if (value !== undefined) userCols.set(field as Field, resolveUserColumn(field, value, header));
  }
  const taken = new Set<number>([...userCols.values()].filter((v): v is number => v !== null));
  // Best column for each field (or ambiguous word): exact beats contains, longer synonym wins.
  const matches = header.map((cell, i) => ({ i, m: taken.has(i) ? null : matchHeader(cell) }));
  const ranked = matches
    .filter((x) => x.m)
    .sort((a, b) => b.m!.score - a.m!.score || b.m!.length - a.m!.length || a.i - b.i);
  const found = new Map<Field | Ambiguous, number>();
  const duplicates: [Field, number][] = [];
  for (const { i, m } of ranked) {
    if (found.has(m!.field)) {
      if (m!.field !== 'time' && m!.field !== 'number') duplicates.push([m!.field as Field, i]);
    } else {
      found.set(m!.field, i);
    }
  }
  const has = (f: Field) => (userCols.has(f) ? userCols.get(f) !== null : found.has(f));
  let chosen: HistoryLayout;
  if (layout) chosen = layout;
  else if (TIME_FIELDS.some(has)) chosen = 'tickets';
  else if (has('count') || (found.has('number') && !TICKET_ONLY.some(has))) chosen = 'volumes';
  else if (found.has('time') || TICKET_ONLY.some(has)) chosen = 'tickets';
  else chosen = 'volumes';
  // Ambiguous words take the meaning the layout gives them when that field is free.
  const resolved = new Map<Field, number>();
  for (const [f, i] of found) {
    if (f === 'time') {
      const target: Field = chosen === 'tickets' ? 'ticket' : 'hour';
      if (!found.has(target)) resolved.set(target, i);
    } else if (f === 'number') {
      const target: Field = chosen === 'tickets' ? 'id' : 'count';
      if (!found.has(target)) resolved.set(target, i);
    } else {
      resolved.set(f, i);
    }
  }
  const fields: readonly Field[] = chosen === 'tickets' ? TICKET_FIELDS : VOLUME_FIELDS;
  const mapping: Mapping = {};
  for (const f of fields) mapping[f] = userCols.has(f) ? userCols.get(f)! : (resolved.get(f) ?? null);
  const otherLayout = [...resolved].filter(([f]) => !(fields as readonly Field[]).includes(f) && !userCols.has(f));
  const used = new Set(Object.values(mapping).filter((v): v is number => v !== null));
  const dups = duplicates.filter(([, i]) => !used.has(i));
  const said = new Set([...otherLayout, ...dups].map(([, i]) => i));
  const unused = header.map((_, i) => i).filter((i) => !used.has(i) && !said.has(i) && header[i].trim() !== '');
  return { layout: chosen, mapping, unused, otherLayout, duplicates: dups, userSet: [...userCols.keys()] };
}

/** The names a header may use for the fields a layout needs, for a message. */
export function expectedHeaders(layout: HistoryLayout | null): Localized {
  const tickets = {
    zh: '票号、取号时间、叫号时间、开始办理时间、办结时间、业务类型、窗口、渠道、办理状态',
    en: 'ticket id, ticket time, call time, service start, service end, business type, window, channel, outcome',
  };
  const volumes = {
    zh: '日期、时段（可选）、业务类型（可选）、数量',
    en: 'date, hour or interval (optional), business type (optional), count',
  };
  if (layout === 'tickets') return tickets;
  if (layout === 'volumes') return volumes;
  return {
    zh: `排队叫号明细应有列：${tickets.zh}；业务量应有列：${volumes.zh}`,
    en: `a ticket log has the columns ${tickets.en}; volumes have ${volumes.en}`,
  };
}
