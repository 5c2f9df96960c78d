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

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6)) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (with BOM, CRLF line ends) from a header row and data rows. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(filename: string, header: string[], rows: unknown[][]): void {
  download(filename, toCsv(header, rows), 'text/csv;charset=utf-8');
}
