/**
 * The synthetic demo history (data/history, written by scripts/gen-history.ts from the demo
 * scenario) as files the app serves itself: vite emits each CSV as an asset of the build and gives
 * its same-origin URL, so "try the demo history" fetches from the app's own origin (CSP
 * connect-src 'self'), never from anywhere else.
 */
const urls = import.meta.glob<string>('../../../../data/history/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

export interface Sample {
  /** Short name for test ids and labels: "tickets-zh-gb18030". */
  name: string;
  /** The file's own name. */
  fileName: string;
  url: string;
}

/** "synthetic-demo-2026-03-tickets-zh-gb18030.csv" → "tickets-zh-gb18030". */
export function sampleName(fileName: string): string {
  return fileName.replace(/\.csv$/i, '').replace(/^synthetic-demo-\d{4}-\d{2}-/, '');
}

/** Ticket logs first, the Chinese export first among them. */
const ORDER = ['tickets-zh-gb18030', 'tickets-en-utf8', 'volumes-en-utf8'];

export function samplesFrom(map: Record<string, string>): Sample[] {
  const list = Object.entries(map).map(([path, url]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    return { name: sampleName(fileName), fileName, url };
  });
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return list.sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
}

export const SAMPLES: Sample[] = samplesFrom(urls);

/** Fetches a sample as a File (same origin). */
export async function fetchSample(sample: Sample): Promise<File> {
  const response = await fetch(sample.url);
  if (!response.ok) throw new Error(`${sample.fileName}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new File([blob], sample.fileName, { type: 'text/csv' });
}
