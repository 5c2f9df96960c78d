/**
 * Filtering, sorting and paging the case ledger. Pure functions over shaped rows: the component
 * keeps the filter, the sort and the page as state and derives the visible rows from them.
 */
import type { CaseStatus, LedgerCase } from './case-rows.ts';
import type { CaseLabels } from './labels.ts';
import type { Stamp } from './stamp.ts';

export interface CaseFilter {
  /** Business type id; '' for all. */
  type: string;
  /** Credit class; '' for all. */
  credit: string;
  status: CaseStatus | '';
  source: LedgerCase['source'] | '';
  /** Digits to look for in the case number; '' for all. */
  number: string;
  /** Acceptance dates "YYYY-MM-DD", inclusive; '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: CaseFilter = { type: '', credit: '', status: '', source: '', number: '', from: '', to: '' };

export function isFiltered(f: CaseFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof CaseFilter)[]).some((k) => f[k] !== NO_FILTER[k]);
}

export function filterCases(cases: readonly LedgerCase[], f: CaseFilter): LedgerCase[] {
  const number = f.number.trim();
  return cases.filter(
    (c) =>
      (f.type === '' || c.type === f.type) &&
      (f.credit === '' || c.credit === f.credit) &&
      (f.status === '' || c.status === f.status) &&
      (f.source === '' || c.source === f.source) &&
      (number === '' || String(c.id).includes(number)) &&
      (f.from === '' || c.accepted.date >= f.from) &&
      (f.to === '' || c.accepted.date <= f.to),
  );
}

export const SORT_KEYS = [
  'number',
  'type',
  'credit',
  'source',
  'officer',
  'accepted',
  'transferred',
  'handleStarted',
  'handled',
  'answered',
  'deadline',
  'warned',
  'extended',
  'workingDays',
  'status',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: Sort = { key: 'number', dir: 'asc' };

/** Clicking a column: sorts by it ascending, or flips the direction when it already sorts. */
export function toggleSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

const STATUS_ORDER: Record<CaseStatus, number> = { overdue: 0, open: 1, onTime: 2 };
const CREDIT_ORDER: Record<string, number> = { A: 0, B: 1, M: 2, C: 3, D: 4 };

type Value = number | string | null;

function valueOf(c: LedgerCase, key: SortKey, labels: CaseLabels): Value {
  const time = (s: Stamp | null) => (s === null ? null : s.minutes);
  switch (key) {
    case 'number':
      return c.id;
    case 'type':
      return labels.type(c);
    case 'credit':
      return CREDIT_ORDER[c.credit] ?? 9;
    case 'source':
      return labels.source(c);
    case 'officer':
      return labels.officer(c);
    case 'status':
      return STATUS_ORDER[c.status];
    case 'workingDays':
      return c.workingDays;
    default:
      return time(c[key]);
  }
}

/**
 * Sorted copy; ties keep the case number order. Empty cells (a stage not reached) go last in
 * both directions. Texts compare with the locale's collation (pinyin order in Chinese).
 */
export function sortCases(cases: readonly LedgerCase[], sort: Sort, labels: CaseLabels, locale: string): LedgerCase[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = cases.map((c) => ({ c, v: valueOf(c, sort.key, labels) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.c.id - b.c.id : a.v === null ? 1 : -1;
    const d = typeof a.v === 'string' ? collator.compare(a.v, b.v as string) : a.v - (b.v as number);
    return d !== 0 ? sign * d : a.c.id - b.c.id;
  });
  return keyed.map((k) => k.c);
}

export interface Page<T> {
  rows: T[];
  /** 0-based page shown (clamped into range). */
  index: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0 and 0 when empty). */
  from: number;
  to: number;
}

export function pageOf<T>(rows: readonly T[], index: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const i = Math.min(Math.max(0, Math.floor(index)), pages - 1);
  const slice = rows.slice(i * size, (i + 1) * size);
  return { rows: slice, index: i, pages, from: slice.length ? i * size + 1 : 0, to: i * size + slice.length };
}
