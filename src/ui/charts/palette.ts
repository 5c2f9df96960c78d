/**
 * Chart colours: the Okabe-Ito palette (safe for colour-blind readers), light tints for
 * confidence bands, and a sequential ramp (light to dark blue) for heat maps and the calendar.
 * Colours never carry meaning alone: every series also has a label, a line style or a mark.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** Opacity of a confidence band drawn in its line's colour (a light tint of it). */
export const BAND_OPACITY = 0.2;

/** Grid lines, axis text, closed cells. */
export const INK = '#1f2933';
export const MUTED = '#52606d';
export const GRID = '#e4e7eb';
export const CLOSED_FILL = '#eef0f2';
export const CLOSED_STROKE = '#9aa5b1';

/** The font of every chart, written into the SVG so an exported file looks the same. */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', Arial, sans-serif";

const RAMP: [number, string][] = [
  [0, '#f1f8fd'],
  [0.45, OKABE_ITO.skyBlue],
  [0.8, OKABE_ITO.blue],
  [1, '#002a4a'],
];

/** The colour between hex colours a and b at t (0..1), in RGB, as "#rrggbb". */
export function mix(a: string, b: string, t: number): string {
  const c = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  let out = '#';
  for (let i = 0; i < 3; i++)
    out += Math.round(c(a, i) + (c(b, i) - c(a, i)) * t)
      .toString(16)
      .padStart(2, '0');
  return out;
}

/** `n` colours from very light to dark blue (sky blue and blue of Okabe-Ito in between). */
export function sequentialColours(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const t = n === 1 ? 1 : i / (n - 1);
    let k = 1;
    while (k < RAMP.length - 1 && t > RAMP[k][0]) k++;
    const [t0, c0] = RAMP[k - 1];
    const [t1, c1] = RAMP[k];
    return mix(c0, c1, (t - t0) / (t1 - t0));
  });
}

/** Whether text drawn on colour class `k` of `n` should be white (dark background). */
export function darkClass(k: number, n: number): boolean {
  return n > 1 && k / (n - 1) >= 0.55;
}
