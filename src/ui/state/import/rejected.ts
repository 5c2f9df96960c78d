/**
 * The rejected rows of an import: pages of the table (the rows stay in the import worker; the page
 * asks for one page at a time) and the CSV of all of them with their line numbers and reasons in
 * the chosen language (made in the worker, so a file with many bad rows is no long task here).
 */
export { rejectedCsvRows, rejectedCsvText } from '../../../sim/history/csv-write.ts';

export const PAGE_SIZE = 50;

export interface PageInfo {
  /** The page shown, 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Rows [from, to) of the whole list; `from` is 0-based. */
  from: number;
  to: number;
}

/** Which rows page `page` of `total` holds. */
export function pageOf(total: number, page: number, size = PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(pages - 1, Math.max(0, Math.floor(page)));
  return { page: p, pages, from: Math.min(total, p * size), to: Math.min(total, (p + 1) * size) };
}

/** The file name of the CSV: the imported file's stem + "-rejected". */
export function rejectedFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^./\\]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'history';
  return `${stem}-rejected.csv`;
}
