/**
 * Saving from the page: a file made in the browser and handed to the user (nothing is uploaded).
 * CSV is UTF-8 with a byte-order mark so that Excel in China opens the Chinese headers correctly.
 */

/** Offers `content` as a download named `filename`. */
export function download(filename: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

import { toCsv } from '../sim/history/csv-write.ts';

export { toCsv };

export function downloadCsv(filename: string, header: string[], rows: unknown[][]): void {
  download(filename, toCsv(header, rows), 'text/csv;charset=utf-8');
}
