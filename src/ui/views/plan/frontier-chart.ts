/**
 * The cost against service frontier: each option simulated on fresh seeds as a point (x:
 * window-hours over the horizon, y: the share of all taxpayers served within target, with its
 * confidence interval as a bar), the plan's own point marked, the current staffing a square and
 * other kiosk counts diamonds. Also the summary sentence, tooltip lines and CSV.
 */
import type { Plan } from '../../../sim/plan/recommendation.ts';
import type { FrontierPoint } from '../../../sim/plan/frontier.ts';
import { csvNumber, type CsvTable } from '../../charts/export.ts';
import type { Formatters } from '../../charts/format.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';
import { nameIn } from './intervals.ts';
import type { MarkerShape } from './marks.ts';

export const KIND_MARKS: Record<FrontierPoint['kind'], { shape: MarkerShape; color: string }> = {
  target: { shape: 'circle', color: OKABE_ITO.blue },
  kiosks: { shape: 'diamond', color: OKABE_ITO.green },
  scenario: { shape: 'square', color: OKABE_ITO.black },
};
export const CHOSEN_COLOR = OKABE_ITO.vermillion;

export interface PlotPoint {
  label: string;
  kind: FrontierPoint['kind'];
  chosen: boolean;
  x: number;
  /** Share within target and its interval (null when not measured). */
  y: number | null;
  lo: number | null;
  hi: number | null;
  kiosks: number;
  targetShare: number | null;
  meanWait: FrontierPoint['meanWait'];
  within: FrontierPoint['within'];
  /** The higher target share whose staffing stands for this one (cheaper, and meets it too). */
  takenFrom: number | null;
}

/** The points ordered by window-hours (the keyboard cursor moves along them). */
export function frontierPoints(plan: Plan, locale: Locale): PlotPoint[] {
  return (plan.frontier ?? [])
    .map((f) => {
      const hw = f.within?.halfWidth ?? 0;
      return {
        label: nameIn(f.label, locale),
        kind: f.kind,
        chosen: f.chosen,
        x: f.staffHours,
        y: f.within ? f.within.mean : null,
        lo: f.within ? Math.max(0, f.within.mean - hw) : null,
        hi: f.within ? Math.min(1, f.within.mean + hw) : null,
        kiosks: f.kiosks,
        targetShare: f.targetShare,
        meanWait: f.meanWait,
        within: f.within,
        takenFrom: f.takenFrom ?? null,
      };
    })
    .sort((a, b) => a.x - b.x);
}

/** Axis domains with a margin: x around the window-hours, y around the intervals (within 0..1). */
export function frontierDomains(
  points: PlotPoint[],
  targetShare: number,
): { x: [number, number]; y: [number, number] } {
  const xs = points.map((p) => p.x);
  const ys = points.flatMap((p) => [p.lo, p.hi]).filter((v): v is number => v !== null);
  ys.push(targetShare);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const padX = Math.max((x1 - x0) * 0.08, 1);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const padY = Math.max((y1 - y0) * 0.1, 0.005);
  return { x: [Math.max(0, x0 - padX), x1 + padX], y: [Math.max(0, y0 - padY), Math.min(1, y1 + padY)] };
}

export function frontierTooltip(p: PlotPoint, t: PlanMessages, fmt: Formatters): string[] {
  const within = p.within ? fmt.pmPercent(p.within.mean, p.within.halfWidth, 1) : t.none;
  const wait = p.meanWait ? fmt.pm(p.meanWait.mean, p.meanWait.halfWidth, 1) : t.none;
  const name = p.chosen ? `${p.label} · ${t.frontier.chosen}` : p.label;
  const tip = t.frontier.tip(name, fmt.number(p.x, 1), within, wait);
  return p.takenFrom === null ? tip : [...tip, t.frontier.takenFrom(fmt.percent(p.takenFrom, 0))];
}

export function frontierSummary(points: PlotPoint[], t: PlanMessages, fmt: Formatters): string {
  const chosen = points.find((p) => p.chosen);
  const now = points.find((p) => p.kind === 'scenario');
  if (!chosen || !now || points.length === 0) return '';
  const share = (p: PlotPoint) => (p.within ? fmt.pmPercent(p.within.mean, p.within.halfWidth, 1) : t.none);
  return t.frontier.summary(
    fmt.number(chosen.x, 1),
    share(chosen),
    fmt.number(now.x, 1),
    share(now),
    fmt.number(points[0].x, 1),
    fmt.number(points[points.length - 1].x, 1),
  );
}

export function frontierCsv(points: PlotPoint[], t: PlanMessages): CsvTable {
  return {
    header: [...t.frontier.csvHeader],
    rows: points.map((p) => [
      p.label,
      t.frontier.kinds[p.kind],
      p.targetShare,
      p.kiosks,
      csvNumber(p.x, 2),
      csvNumber(p.within?.mean, 4),
      csvNumber(p.within?.halfWidth, 4),
      csvNumber(p.meanWait?.mean, 3),
      csvNumber(p.meanWait?.halfWidth, 3),
      p.chosen ? 1 : 0,
    ]),
  };
}

export interface LabelPlace {
  side: 'above' | 'below';
  /** 'start': the label begins right of the point; 'end': it ends left of it (at the right edge). */
  anchor: 'start' | 'end';
}

/** Gap between a point and its label, pixels. */
export const LABEL_GAP = 10;

/**
 * Where each point's label goes (points in pixels, in x order, with the label widths): beside
 * the point, to its right (or its left where the plot's right edge `right` would cut it), above
 * it, unless that box overlaps an earlier label's box, then below it.
 */
export function labelPlacements(
  px: { x: number; y: number }[],
  widths: number[],
  right = Infinity,
  height = 14,
): LabelPlace[] {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  return px.map((p, i) => {
    const anchor = p.x + LABEL_GAP + widths[i] > right ? 'end' : 'start';
    const x0 = anchor === 'start' ? p.x + LABEL_GAP : p.x - LABEL_GAP - widths[i];
    const place = (side: 'above' | 'below') => {
      const y0 = side === 'above' ? p.y - 8 - height : p.y + 8;
      return { x0, x1: x0 + widths[i], y0, y1: y0 + height };
    };
    const overlaps = (b: (typeof boxes)[number]) =>
      boxes.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
    const side = overlaps(place('above')) && !overlaps(place('below')) ? 'below' : 'above';
    boxes.push(place(side));
    return { side, anchor };
  });
}
