/**
 * Bad CSV files for the import fuzz test, made from valid ticket logs and volume files, each with
 * what the reader must find in it: its physical lines, the rows left clean (each must be accepted
 * on its own line), the 0xFF bytes put in (each reported at its line and byte offset) and the huge
 * values (never echoed in full). fast-check draws the recipe (`caseSpec`); `buildCase` bakes it.
 *
 * Damage drawn: mixed line endings (CR, LF, CRLF), stray and unclosed quotes, characters after a
 * closing quote, quotes inside cells, quoted notes over several lines, bad bytes, UTF-8 or GB18030
 * with and without a BOM, truncation at any byte, huge cells and a huge header cell, blank lines,
 * extra and missing columns, bad values; the file read whole or in blocks of any size.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { KNOWN } from '../../src/sim/history/fixtures/fixtures.ts';

export type Mutation =
  | 'none'
  | 'blank'
  | 'spaces'
  | 'stray'
  | 'quoteAfter'
  | 'quoteInside'
  | 'note'
  | 'badByte'
  | 'huge'
  | 'extra'
  | 'missing'
  | 'badValue';

export interface RowSpec {
  mutation: Mutation;
  /** Picks a column, a type, a size: one random integer read several ways. */
  pick: number;
  ending: number;
}

export interface CaseSpec {
  layout: 'tickets' | 'volumes';
  lang: 'zh' | 'en';
  delimiter: ',' | ';' | '\t';
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gb18030-bom';
  endings: 'lf' | 'crlf' | 'cr' | 'mixed';
  quoteAll: boolean;
  title: boolean;
  note: boolean;
  /** Characters of an extra header cell (0: none). */
  hugeHeader: number;
  rows: RowSpec[];
  /** Clean rows before `rows` (most files none; some past the 64 KiB head, so blocks matter). */
  bulk: number;
  /** Bytes cut off the end (null: the whole file). */
  cut: number | null;
  /** Block size the file is read in (0: one array). */
  block: number;
}

export interface CsvCase {
  spec: CaseSpec;
  bytes: Uint8Array;
  /** Physical lines of `bytes` (CR, LF, CRLF each end one; a last line without one counts). */
  lines: number;
  /** Lines on which a clean row starts: each must be accepted. */
  clean: number[];
  /** The 0xFF bytes put in (before the cut), by offset in the file and line. */
  badBytes: { offset: number; line: number }[];
  /** Bad byte sequences put in of any kind (0xFF and others). */
  badSequences: number;
  /** Values too long to be echoed whole in any message. */
  huge: string[];
}

const MUTATIONS: [number, Mutation][] = [
  [50, 'none'],
  [4, 'blank'],
  [3, 'spaces'],
  [7, 'stray'],
  [4, 'quoteAfter'],
  [4, 'quoteInside'],
  [5, 'note'],
  [6, 'badByte'],
  [3, 'huge'],
  [3, 'extra'],
  [3, 'missing'],
  [4, 'badValue'],
];

export const caseSpec: fc.Arbitrary<CaseSpec> = fc.record({
  layout: fc.constantFrom('tickets', 'volumes'),
  lang: fc.constantFrom('zh', 'en'),
  delimiter: fc.constantFrom(',', ',', ';', '\t'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'gb18030', 'gb18030-bom'),
  endings: fc.constantFrom('lf', 'crlf', 'cr', 'mixed', 'mixed'),
  quoteAll: fc.boolean(),
  title: fc.boolean(),
  note: fc.boolean(),
  hugeHeader: fc.oneof(
    { weight: 9, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }) },
  ),
  rows: fc.array(
    fc.record({
      mutation: fc.oneof(...MUTATIONS.map(([weight, m]) => ({ weight, arbitrary: fc.constant(m) }))),
      pick: fc.nat(),
      ending: fc.nat(),
    }),
    { minLength: 1, maxLength: 40 },
  ),
  bulk: fc.oneof(
    { weight: 7, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 500, max: 4000 }) },
  ),
  cut: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat({ max: 3000 }) }),
  block: fc.constantFrom(0, 0, 1000, 4096, 65_537, 7, 333),
});

const HEADERS = {
  tickets: {
    zh: ['票号', '取号时间', '叫号时间', '开始办理时间', '办结时间', '业务类型', '窗口', '渠道', '状态'],
    en: [
      'ticket id',
      'ticket time',
      'call time',
      'service start',
      'service end',
      'business type',
      'window',
      'channel',
      'outcome',
    ],
  },
  volumes: { zh: ['日期', '时段', '业务类型', '数量'], en: ['date', 'hour', 'business type', 'count'] },
};
const TITLE = { zh: '某区办税服务厅 排队叫号明细（2024年3月）', en: 'Queue system export: March 2024' };
const NOTE = {
  zh: ['备注', '无', '第一行', '第二行', '其三'],
  en: ['note', 'none', 'first line', 'second line', 'third'],
};
const ENDINGS = ['\n', '\r\n', '\r'];
/** Stands for a bad byte in the text (SOH: one byte in UTF-8 and GB18030, written nowhere else). */
const BAD = '\u0001';
const BAD_UTF8 = [[0xff], [0xc3], [0xe5, 0x8f], [0x80], [0xc0, 0xaf]];

const pad = (n: number) => String(n).padStart(2, '0');

function time(lang: 'zh' | 'en', day: number, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return lang === 'zh' ? `2024/3/${day} ${h}:${pad(m)}:00` : `2024-03-${pad(day)} ${pad(h)}:${pad(m)}`;
}

/** The cells of valid row `i`. */
function validRow(spec: CaseSpec, i: number, pick: number): string[] {
  const { lang } = spec;
  const type = KNOWN[pick % KNOWN.length].names[lang === 'zh' ? 0 : 1];
  let cells: string[];
  if (spec.layout === 'tickets') {
    const day = 4 + (i % 3);
    const ticket = 480 + ((i * 7) % 500);
    const call = ticket + (pick % 20);
    const end = call + 1 + (pick % 15);
    cells = [
      `T${i}`,
      time(lang, day, ticket),
      time(lang, day, call),
      time(lang, day, call),
      time(lang, day, end),
      type,
      lang === 'zh' ? `${1 + (i % 9)}号窗口` : String(1 + (i % 9)),
      lang === 'zh' ? '现场' : 'walk-in',
      lang === 'zh' ? '已办结' : 'served',
    ];
  } else {
    cells = [`2024-03-${pad(1 + (i % 28))}`, String(9 + (i % 8)), type, String(pick % 50)];
  }
  if (spec.note) cells.push(NOTE[lang][1]);
  return cells;
}

function quote(cell: string, spec: CaseSpec): string {
  const needs = cell.includes(spec.delimiter) || /["\r\n]/.test(cell);
  return needs || spec.quoteAll ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A row's text after its mutation; `huge` collects huge values. */
function rowText(spec: CaseSpec, i: number, row: RowSpec, huge: string[]): string {
  const cells = validRow(spec, i, row.pick);
  const raw = cells.map((c) => quote(c, spec));
  const col = row.pick % cells.length;
  const v = cells[col];
  switch (row.mutation) {
    case 'blank':
      return '';
    case 'spaces':
      return row.pick % 2 ? '   ' : spec.delimiter.repeat(cells.length - 1);
    case 'stray':
      raw[col] = `"${v}`;
      break;
    case 'quoteAfter':
      raw[col] = `"${v}"x`;
      break;
    case 'quoteInside':
      raw[col] = v.length > 1 ? `${v.slice(0, 1)}"${v.slice(1)}` : `${v}"`;
      break;
    case 'note': {
      if (!spec.note) break;
      const parts = NOTE[spec.lang].slice(2, 2 + 1 + (row.pick % 3));
      const breaks = parts.slice(1).map((_, k) => ENDINGS[(row.pick >> (k + 2)) % 3]);
      raw[raw.length - 1] = `"${parts.map((p, k) => (k === 0 ? p : breaks[k - 1] + p)).join('')}"`;
      break;
    }
    case 'badByte':
      raw[col] = `${v.slice(0, 1)}${BAD}${v.slice(1)}`;
      break;
    case 'huge': {
      const h = (spec.lang === 'zh' ? '长' : 'H').repeat(100 + (row.pick % 30_000));
      huge.push(h);
      raw[col] = h;
      break;
    }
    case 'extra':
      raw.push('x1', 'x2'.repeat(1 + (row.pick % 3)));
      break;
    case 'missing':
      raw.length = Math.max(1, raw.length - 1 - (row.pick % (raw.length - 1)));
      break;
    case 'badValue':
      raw[1] = spec.lang === 'zh' ? '昨天' : 'yesterday';
      break;
  }
  return raw.join(spec.delimiter);
}

function encode(text: string, spec: CaseSpec, pick: number): Uint8Array {
  const gb = spec.encoding.startsWith('gb');
  const bad = gb ? [0xff] : BAD_UTF8[(pick >> 3) % BAD_UTF8.length];
  const parts = text.split(BAD).map((p) => (gb ? iconv.encode(p, 'gb18030') : Buffer.from(p, 'utf8')));
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0) + (parts.length - 1) * bad.length);
  let at = 0;
  parts.forEach((p, k) => {
    if (k > 0) {
      out.set(bad, at);
      at += bad.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return out;
}

/**
 * The line each of `offsets` (ascending) is on, and the lines of bytes[0, end): CR, LF and CRLF
 * each end a line, and a last line without a line break counts.
 */
function linesOf(b: Uint8Array, end: number, offsets: number[]): { total: number; at: number[] } {
  const at: number[] = [];
  let breaks = 0;
  let last = 0;
  let k = 0;
  for (let i = 0; i <= end; i++) {
    while (k < offsets.length && offsets[k] <= i) at[k++] = breaks + 1;
    if (i === end) break;
    if (b[i] === 13 || b[i] === 10) {
      breaks++;
      if (b[i] === 13 && i + 1 < end && b[i + 1] === 10) i++;
      last = i + 1;
    }
  }
  return { total: breaks + (last < end ? 1 : 0), at };
}

export function buildCase(spec: CaseSpec): CsvCase {
  const huge: string[] = [];
  const header = [...HEADERS[spec.layout][spec.lang]];
  if (spec.note) header.push(NOTE[spec.lang][0]);
  if (spec.hugeHeader > 0) {
    const h = 'Z'.repeat(spec.hugeHeader);
    header.push(h);
    huge.push(h);
  }
  // Logical lines: [text, is a clean row, mutation's pick].
  const lines: { text: string; clean: boolean; pick: number; ending: number }[] = [];
  if (spec.title) lines.push({ text: TITLE[spec.lang], clean: false, pick: 0, ending: 0 });
  lines.push({ text: header.map((h) => quote(h, spec)).join(spec.delimiter), clean: false, pick: 0, ending: 1 });
  const rows = [
    ...Array.from({ length: spec.bulk }, (_, i): RowSpec => ({ mutation: 'none', pick: i * 7919, ending: i })),
    ...spec.rows,
  ];
  rows.forEach((row, i) => {
    const clean = row.mutation === 'none' || (row.mutation === 'note' && spec.note);
    lines.push({ text: rowText(spec, i, row, huge), clean, pick: row.pick, ending: row.ending });
  });
  const chunks: Uint8Array[] = [];
  if (spec.encoding === 'utf-8-bom') chunks.push(Uint8Array.from([0xef, 0xbb, 0xbf]));
  if (spec.encoding === 'gb18030-bom') chunks.push(Uint8Array.from([0x84, 0x31, 0x95, 0x33]));
  const rowsAt: { start: number; end: number; clean: boolean }[] = [];
  let length = chunks.reduce((a, c) => a + c.length, 0);
  const badAt: number[] = [];
  let badSequences = 0;
  for (const [k, l] of lines.entries()) {
    const content = encode(l.text, spec, l.pick);
    if (l.text.includes(BAD)) {
      badSequences++;
      const gbOrFF = spec.encoding.startsWith('gb') || (l.pick >> 3) % BAD_UTF8.length === 0;
      if (gbOrFF) badAt.push(length + encode(l.text.slice(0, l.text.indexOf(BAD)), spec, l.pick).length);
    }
    rowsAt.push({ start: length, end: length + content.length, clean: l.clean });
    chunks.push(content);
    length += content.length;
    const ending =
      spec.endings === 'mixed'
        ? ENDINGS[l.ending % 3]
        : spec.endings === 'lf'
          ? '\n'
          : spec.endings === 'crlf'
            ? '\r\n'
            : '\r';
    if (k < lines.length - 1 || l.ending % 4 !== 0) {
      chunks.push(Buffer.from(ending));
      length += ending.length;
    }
  }
  const whole = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    whole.set(c, at);
    at += c.length;
  }
  const cut = whole.length - ((spec.cut ?? 0) % (whole.length + 1));
  const bytes = whole.subarray(0, cut);
  const clean = rowsAt.filter((r) => r.clean && r.end <= cut).map((r) => r.start);
  const bad = badAt.filter((o) => o < cut);
  const found = linesOf(
    bytes,
    bytes.length,
    [...clean, ...bad].sort((a, b) => a - b),
  );
  const lineAt = new Map([...clean, ...bad].sort((a, b) => a - b).map((o, k) => [o, found.at[k]]));
  return {
    spec,
    bytes,
    lines: found.total,
    clean: clean.map((o) => lineAt.get(o)!),
    badBytes: bad.map((offset) => ({ offset, line: lineAt.get(offset)! })),
    badSequences,
    huge,
  };
}
