/**
 * Saving a chart: as SVG (the chart's own SVG with its presentation attributes, under a title and
 * its legend, with a caption naming the scenario; the font family is written into the file), as
 * PNG (that SVG drawn at 2× on a canvas through an Image from a blob: URL, which the page's CSP
 * allows) and its data as CSV (UTF-8 with BOM, translated headers). Nothing leaves the browser.
 */
import { download, downloadCsv } from '../download.ts';
import { legendLayout, SWATCH_HEIGHT, SWATCH_WIDTH, wrapText } from './legend.ts';
import { CHART_FONT, INK, MUTED } from './palette.ts';

export interface ExportLegendEntry {
  /** The swatch, a serialised <svg> of SWATCH_WIDTH × SWATCH_HEIGHT. */
  swatch: string;
  label: string;
}

export interface ExportParts {
  title: string;
  /** Lines under the chart (split at newlines, wrapped to the chart's width). */
  caption: string;
  legend: ExportLegendEntry[];
  /** The chart, a serialised <svg>, and its size. */
  chart: string;
  width: number;
  height: number;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const PAD = 16;
const TITLE_SIZE = 16;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;
const CAPTION_SIZE = 11;

/** One standalone SVG document: title, legend rows, the chart, a caption. Returns it with its size. */
export function composeSvg(parts: ExportParts): { svg: string; width: number; height: number } {
  const width = Math.ceil(parts.width + 2 * PAD);
  let y = PAD + TITLE_SIZE;
  const body: string[] = [];
  body.push(
    `<text x="${PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="600" fill="${INK}">${escapeXml(parts.title)}</text>`,
  );
  y += 12;
  if (parts.legend.length > 0) {
    const pos = legendLayout(
      parts.legend.map((l) => l.label),
      parts.width,
      LEGEND_SIZE,
      LEGEND_ROW,
    );
    parts.legend.forEach((l, i) => {
      const { x, y: dy } = pos[i];
      body.push(`<g transform="translate(${PAD + x},${y + dy})">${l.swatch}</g>`);
      body.push(
        `<text x="${PAD + x + SWATCH_WIDTH + 6}" y="${y + dy + SWATCH_HEIGHT - 2}" font-size="${LEGEND_SIZE}" fill="${INK}">${escapeXml(l.label)}</text>`,
      );
    });
    y += pos[pos.length - 1].y + LEGEND_ROW + 4;
  }
  body.push(`<g transform="translate(${PAD},${y})">${parts.chart}</g>`);
  y += parts.height + 4;
  // Long lines (a chart's summary in its note) wrap to the chart's width.
  for (const line of parts.caption.split('\n').flatMap((l) => wrapText(l, parts.width, CAPTION_SIZE))) {
    y += CAPTION_SIZE + 4;
    body.push(`<text x="${PAD}" y="${y}" font-size="${CAPTION_SIZE}" fill="${MUTED}">${escapeXml(line)}</text>`);
  }
  const height = Math.ceil(y + PAD);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT)}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body.join('')}</svg>`;
  return { svg, width, height };
}

/** A serialised copy of an element without its interaction-only parts (cursor, focus marks). */
export function serialise(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll('[data-export-skip]')) skip.remove();
  copy.removeAttribute('tabindex');
  return new XMLSerializer().serializeToString(copy);
}

/** Collects the parts of a chart frame: its chart <svg data-chart-svg> and legend swatches. */
export function collectParts(root: HTMLElement, title: string, caption: string): ExportParts | null {
  const chart = root.querySelector<SVGSVGElement>('svg[data-chart-svg]');
  if (!chart) return null;
  const legend: ExportLegendEntry[] = [...root.querySelectorAll<HTMLElement>('[data-legend-item]')].map((item) => ({
    swatch: serialise(item.querySelector('svg')!),
    label: item.querySelector('span')?.textContent?.trim() ?? '',
  }));
  return {
    title,
    caption,
    legend,
    chart: serialise(chart),
    width: chart.width.baseVal.value,
    height: chart.height.baseVal.value,
  };
}

export function saveSvg(parts: ExportParts, filename: string): void {
  download(`${filename}.svg`, composeSvg(parts).svg, 'image/svg+xml;charset=utf-8');
}

/** Draws the composed SVG at `scale` on a white canvas and saves it as PNG. */
export async function savePng(parts: ExportParts, filename: string, scale = 2): Promise<void> {
  const { svg, width, height } = composeSvg(parts);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart image could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be made');
    download(`${filename}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface CsvTable {
  header: string[];
  rows: unknown[][];
}

export function saveCsv(table: CsvTable, filename: string): void {
  downloadCsv(`${filename}.csv`, table.header, table.rows);
}

/** Rounds for CSV output (3 decimals; null stays empty). */
export function csvNumber(v: number | null | undefined, digits = 3): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}
