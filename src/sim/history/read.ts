/**
 * Reading a history file (bytes → checked records + an import report): the API the import view
 * (from a Web Worker), the CLI and the tests call. No DOM and no Node APIs here: bytes come as a
 * Uint8Array, an async iterable of blocks (a Node stream) or a ReadableStream (File.stream()).
 *
 * Steps: the first 64 KiB decide the encoding (encoding.ts), the delimiter and the header row
 * (read-shape.ts, columns.ts) and the order of year-last dates (values.ts); then the file is split
 * into rows block by block (read-csv.ts), each row checked by the layout's reader (read-tickets.ts,
 * read-volumes.ts) and either kept as a record or rejected with its line and reason
 * (read-report.ts). A file with no usable rows throws a HistoryImportError that says why.
 *
 * No line vanishes: the report's `lines` says where each physical line went (the header, lines
 * above it, blank lines, lines inside a quoted cell, accepted and rejected rows), and they add up
 * to the lines of the file.
 */
import type { HistoryLayout, ImportReport, TicketRecord, VolumeRecord } from './records.ts';
import {
  expectedHeaders,
  FIELD_NAMES,
  MappingError,
  planColumns,
  type ColumnPlan,
  type Field,
  type UserMapping,
} from './columns.ts';
import { sniffBinary, StreamDecoder } from './encoding.ts';
import { CsvSplitter } from './read-csv.ts';
import { commonWidth, RowSorter } from './read-rows.ts';
import { detectShape, type CsvShape } from './read-shape.ts';
import type { ReaderContext } from './read-cells.ts';
import { fail, warn } from './read-messages.ts';
import { HistoryImportError, Reporter } from './read-report.ts';
import { TicketReader } from './read-tickets.ts';
import { TypeResolver, type KnownType } from './read-types.ts';
import { VolumeReader } from './read-volumes.ts';
import { newStamp, parseStamp, sniffDateOrder, type DateOrder } from './values.ts';

export { HistoryImportError } from './read-report.ts';
export type { ImportErrorCode } from './read-report.ts';
export type { KnownType, TypeMatch } from './read-types.ts';
export type { UserMapping } from './columns.ts';

export type HistoryInput = Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

export interface ReadOptions {
  /** The layout; else detected from the header. */
  layout?: HistoryLayout;
  /** Field → column index (0-based) or header name; null leaves a detected field out. Wins over detection. */
  mapping?: UserMapping;
  /** The scenario's types, id plus names (zh, en, abbreviations): file values are mapped to ids. */
  knownTypes?: KnownType[];
  /** Explicit file value → type id ("" leaves the rows out). Wins over the names. */
  typeMap?: Record<string, string>;
  /** Called after every block, fraction of bytes read non-decreasing, 1 at the end. */
  onProgress?: (fraction: number, rowsRead: number) => void;
  /** Size of a streamed input in bytes (File.size), for progress; a Uint8Array knows its own. */
  totalBytes?: number;
}

export interface ReadResult {
  volumes: VolumeRecord[];
  tickets: TicketRecord[];
  report: ImportReport;
}

const BLOCK = 1 << 20;
const HEAD = 64 * 1024;
const HEAD_MAX = 16 * 1024 * 1024;

async function* blocks(input: HistoryInput): AsyncGenerator<Uint8Array> {
  if (input instanceof ArrayBuffer) input = new Uint8Array(input);
  if (input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += BLOCK) yield input.subarray(i, Math.min(input.length, i + BLOCK));
    return;
  }
  if (typeof (input as ReadableStream<Uint8Array>).getReader === 'function') {
    const reader = (input as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* input as AsyncIterable<Uint8Array>;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Excel-style column letters for a file without a header: A, B, ..., Z, AA. */
function letters(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : '') + String.fromCharCode(65 + (i % 26)),
  );
}

/** Reads a history file: records of its layout, and the report of what was read and rejected. */
export async function readHistory(input: HistoryInput, options: ReadOptions = {}): Promise<ReadResult> {
  const total =
    input instanceof Uint8Array || input instanceof ArrayBuffer ? input.byteLength : (options.totalBytes ?? 0);
  const it = blocks(input)[Symbol.asyncIterator]();
  // The head: enough bytes to detect the encoding, delimiter and header.
  const headParts: Uint8Array[] = [];
  let headLength = 0;
  let done = false;
  // Past 64 KiB, up to the next line break, so that a long first line (a 1 MB header cell) is whole.
  let lineEnded = false;
  while (headLength < HEAD || (!lineEnded && headLength < HEAD_MAX)) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    const part = next.value;
    headParts.push(part);
    headLength += part.length;
    if (headLength >= HEAD) {
      const from = Math.max(0, HEAD - (headLength - part.length));
      lineEnded = part.indexOf(10, from) >= 0 || part.indexOf(13, from) >= 0;
    }
  }
  const head = concat(headParts, headLength);
  if (headLength === 0) throw new HistoryImportError('empty', fail.empty());
  const binary = sniffBinary(head);
  if (binary) throw new HistoryImportError(binary === 'utf16' ? 'encoding' : 'notText', fail.notText[binary]);
  const decoder = new StreamDecoder();
  let headText = decoder.decode(head);
  if (done) headText += decoder.end();
  if (done && headText.trim() === '') {
    throw new HistoryImportError('empty', fail.blank());
  }

  const userNames = new Set(Object.values(options.mapping ?? {}).filter((v): v is string => typeof v === 'string'));
  const shape = detectShape(headText, done, (cells) => cells.filter((c) => userNames.has(c.trim())).length);
  let header = shape.header;
  if (shape.headerRow < 0) {
    // No header recognised: with a mapping by column numbers, the first row is either data (a
    // file without a header) or a header in words we do not know.
    if (!hasIndexMapping(options.mapping)) throw noHeader(shape);
    const first = shape.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
    if (first < 0) throw noHeader(shape);
    if (firstRowIsData(shape.rows[first], options.mapping!)) {
      header = letters(Math.max(...shape.rows.map((r) => r.length)));
    } else {
      shape.headerRow = first;
      shape.headerLine = shape.lines[first];
      header = shape.header = shape.rows[first].map((c) => c.replace(/^\uFEFF/, '').trim());
    }
  }

  let plan: ColumnPlan;
  try {
    plan = planColumns(header, options.layout, options.mapping);
  } catch (e) {
    if (e instanceof MappingError) throw new HistoryImportError('mapping', { zh: e.messageZh, en: e.message });
    throw e;
  }
  const reporter = new Reporter(shape.delimiter);
  const types = new TypeResolver(options.knownTypes, options.typeMap);
  const m = plan.mapping;
  if (plan.layout === 'tickets' && m.ticket === null && m.date !== null && !plan.userSet.includes('ticket')) {
    // A date-and-time column and no ticket time column: the date column is the ticket time.
    m.ticket = m.date;
    m.date = null;
    reporter.file('ticketFromDate', warn.ticketFromDate(header[m.ticket]));
  }
  let singleType: string | null = null;
  if (plan.layout === 'tickets' && m.type === null && options.knownTypes?.length === 1) {
    singleType = options.knownTypes[0].id;
    reporter.file('singleType', warn.singleType(singleType));
  }
  const required: Field[] =
    plan.layout === 'tickets' ? (singleType ? ['ticket'] : ['ticket', 'type']) : ['date', 'count'];
  const missing = required.filter((f) => m[f] === null);
  if (missing.length > 0)
    throw new HistoryImportError(
      'missingColumns',
      fail.missingColumns(plan.layout, missing, header, expectedHeaders(plan.layout)),
    );

  // Year-last dates: month/day or day/month, decided from the sample.
  const dateCols = (['date', 'ticket', 'call', 'start', 'end'] as const)
    .map((f) => m[f])
    .filter((c): c is number => c !== null && c !== undefined);
  const sample = shape.rows.slice(shape.headerRow + 1).flatMap((r) => dateCols.map((c) => r[c] ?? ''));
  const sniff = sniffDateOrder(sample);
  const order: DateOrder = sniff.order;
  if (sniff.yearLast > 0) reporter.file('dateOrder', warn.dateOrder(order, sniff.decided));

  if (plan.unused.length > 0) reporter.file('unused', warn.unused(plan.unused.map((i) => header[i])));
  for (const [field, i] of plan.duplicates)
    reporter.file(`dup-${i}`, warn.duplicateColumn(FIELD_NAMES[field], header[i]));
  if (plan.otherLayout.length > 0) {
    reporter.file(
      'otherLayout',
      warn.otherLayout(
        plan.layout,
        plan.otherLayout.map(([, i]) => header[i]),
      ),
    );
  }

  const ctx: ReaderContext = { header, mapping: m, reporter, types, order, singleType };
  const reader = plan.layout === 'tickets' ? new TicketReader(ctx) : new VolumeReader(ctx);
  const rows = new RowSorter({
    headerLine: shape.headerLine,
    header,
    mapping: m,
    delimiter: shape.delimiter,
    reporter,
    reader,
  });
  // A line inside a quoted cell with a whole row's delimiters is a row of its own (read-csv.ts).
  const rowWidth = commonWidth(shape.rows.slice(shape.headerRow + 1)) || header.length;
  const splitter = new CsvSplitter(shape.delimiter, rows.row, { width: rowWidth });

  const progress = options.onProgress;
  let read = 0;
  let lastFraction = 0;
  const report = (bytes: number) => {
    read += bytes;
    if (!progress) return;
    const f = total > 0 ? Math.min(0.999, read / total) : 0;
    if (f > lastFraction) lastFraction = f;
    progress(lastFraction, rows.rowsRead);
  };
  try {
    splitter.push(headText, done);
    report(headLength);
    while (!done) {
      const next = await it.next();
      if (next.done) break;
      splitter.push(decoder.decode(next.value), false);
      report(next.value.length);
    }
    if (!done) splitter.push(decoder.end(), true);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new HistoryImportError('lineTooLong', fail.lineTooLong(splitter.nextLine));
    }
    throw e;
  }

  rows.finish(splitter.nextLine - 1);
  if (decoder.switchedAt >= 0) reporter.file('switched', warn.switched(decoder.switchedAt));
  const encodingName = decoder.encoding === 'gb18030' ? 'GB18030' : 'UTF-8';
  for (const x of decoder.invalid)
    reporter.line(
      'invalidBytes',
      x.line,
      warn.invalidBytes(encodingName, x.bytes, x.offset),
      warn.invalidBytesMore(encodingName),
    );
  if (decoder.invalidBytes > decoder.invalid.length)
    reporter.file('invalidMore', warn.invalidBytesMore(encodingName)(decoder.invalidBytes - decoder.invalid.length));
  for (const x of types.guesses())
    reporter.file(`inexact-${x.value}`, warn.inexactType(x.value, x.id, x.name!), 'typeGuess');
  const tickets = reader instanceof TicketReader ? reader.records : [];
  const volumes = reader instanceof VolumeReader ? reader.finish() : [];
  reporter.finish();
  const accepted = tickets.length + volumes.length;
  const result: ImportReport = {
    layout: plan.layout,
    encoding: decoder.encoding ?? 'utf-8',
    delimiter: shape.delimiter,
    header,
    mapping: m,
    rowsRead: rows.rowsRead,
    accepted,
    lines: rows.lines,
    rejected: reporter.rejected,
    warnings: reporter.warnings,
    unknownTypes: [...types.unknown].map(([value, rows]) => ({ value, rows })).sort((a, b) => b.rows - a.rows),
    typeMatches: types.checking ? types.matches() : [],
  };
  if (rows.rowsRead === 0) {
    throw new HistoryImportError('noRows', fail.noRows(header), result);
  }
  if (accepted === 0) {
    const first = reporter.rejected[0];
    throw new HistoryImportError(
      'allRejected',
      fail.allRejected(rows.rowsRead, reporter.kindSummary(), first.line, first.reason),
      result,
    );
  }
  progress?.(1, rows.rowsRead);
  return { volumes, tickets, report: result };
}

function hasIndexMapping(mapping: UserMapping | undefined): boolean {
  const values = Object.values(mapping ?? {});
  return values.length > 0 && values.every((v) => typeof v === 'number' || v === null || v === undefined);
}

/** Whether a row's ticket time (or date) cell, by the user's mapping, reads as a date. */
function firstRowIsData(row: string[], mapping: UserMapping): boolean {
  const c = mapping.ticket ?? mapping.date;
  return typeof c === 'number' && parseStamp((row[c] ?? '').trim(), { order: 'mdy', compactTime: false }, newStamp());
}

function noHeader(shape: CsvShape): HistoryImportError {
  const first = shape.rows.find((r) => r.some((c) => c.trim() !== '')) ?? [];
  const found = first.map((c) => c.trim()).filter((c) => c !== '');
  return new HistoryImportError('noHeader', fail.noHeader(found, expectedHeaders(null)));
}
