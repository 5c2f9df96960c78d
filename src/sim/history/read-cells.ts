/**
 * What the two row readers (tickets, volumes) share: the context of an import, cell access and
 * the recognition of a totals row.
 */
import type { Localized } from '../scenario/index.ts';
import type { Field, Mapping } from './columns.ts';
import { columnLabel } from './read-messages.ts';
import type { RejectKind, Reporter } from './read-report.ts';
import type { TypeResolver } from './read-types.ts';
import type { DateOrder } from './values.ts';

export interface ReaderContext {
  header: string[];
  mapping: Mapping;
  reporter: Reporter;
  types: TypeResolver;
  order: DateOrder;
  /** The id of the scenario's only type, used when the file has no type column. */
  singleType: string | null;
}

/** The trimmed text of column `c` (empty when the column is absent or the row is short). */
export function cell(cells: readonly string[], c: number): string {
  if (c < 0) return '';
  const v = cells[c];
  return v === undefined ? '' : v.trim();
}

const TOTAL_WORDS = new Set([
  '合计',
  '总计',
  '小计',
  '共计',
  '总数',
  '合计：',
  '合计:',
  'total',
  'totals',
  'sum',
  'grandtotal',
  'subtotal',
]);

/** Whether a cell marks a totals row (合计, Total). */
export function isTotal(text: string): boolean {
  if (text.length < 2 || text.length > 12) return false;
  const c0 = text.charCodeAt(0);
  const c = c0 < 128 ? c0 | 32 : c0; // 合 总 小 共 or t, s, g in either case
  if (c !== 0x5408 && c !== 0x603b && c !== 0x5c0f && c !== 0x5171 && c !== 116 && c !== 115 && c !== 103) return false;
  return TOTAL_WORDS.has(text.toLowerCase().replace(/\s+/g, ''));
}

/** Column index of a field (-1 when absent) and its label for messages. */
export function column(ctx: ReaderContext, field: Field): { c: number; label: Localized } {
  const c = ctx.mapping[field] ?? -1;
  return { c, label: columnLabel(field, c >= 0 ? ctx.header[c] : undefined) };
}

/** Collects a row's problems; allocated only for a row that has one. */
export class Problems {
  readonly kinds: RejectKind[] = [];
  readonly reasons: Localized[] = [];
  add(kind: RejectKind, reason: Localized): void {
    this.kinds.push(kind);
    this.reasons.push(reason);
  }
}

/** Copies a string that may be a slice of a whole block of the file, so the block can be freed. */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
