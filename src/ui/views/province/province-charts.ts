/**
 * What the province's two charts draw, in rank order: each hall's share within target with its
 * 95% range beside the target (the shortfall is the gap to the target line), and its windows
 * installed beside those its plan needs at the peak. Plain data for the Svelte marks, a caption
 * sentence per chart, and the chart's CSV (headers in the page's language).
 */
import { windowGap, type HallResult } from '../../../sim/batch/province.ts';
import type { CsvTable } from '../../charts/export.ts';
import { commonTarget, hallName, mayBeChance, points, shareText, type Say } from './province-words.ts';

export interface WithinRow {
  id: string;
  name: string;
  mean: number;
  /** The 95% range (null: a single replication). */
  low: number | null;
  high: number | null;
  target: number;
  shortfall: number;
  chance: boolean;
  /** The figures at the row's right: "85% · 差 4.7 个百分点". */
  note: string;
}

export function withinRows(say: Say, ranked: readonly HallResult[]): WithinRow[] {
  return ranked.flatMap((h) => {
    const s = h.simulate;
    if (!s) return [];
    const hw = s.within.halfWidth;
    const share = shareText(say, s.within);
    return [
      {
        id: h.id,
        name: hallName(say, h),
        mean: s.within.mean,
        low: hw === null ? null : Math.max(0, s.within.mean - hw),
        high: hw === null ? null : Math.min(1, s.within.mean + hw),
        target: s.target.share,
        shortfall: s.shortfall,
        chance: mayBeChance(h),
        note: s.shortfall > 0 ? `${share} · ${say.t.charts.within.gapLabel(points(say, s.shortfall))}` : share,
      },
    ];
  });
}

export function withinSummary(say: Say, ranked: readonly HallResult[]): string {
  const t = say.t.charts.within;
  const common = commonTarget(ranked);
  const target = common ? say.fmt.percent(common.share, 1) : say.t.charts.within.target;
  const short = ranked.filter((h) => (h.simulate?.shortfall ?? 0) > 0);
  if (short.length === 0) return t.summaryMeet(target);
  return t.summaryShort(short.length, target, hallName(say, short[0]), points(say, short[0].simulate!.shortfall));
}

const round = (v: number | null, digits = 4) => (v === null ? null : Number(v.toFixed(digits)));

export function withinCsv(say: Say, ranked: readonly HallResult[]): CsvTable {
  return {
    header: [...say.t.charts.within.csvHeader],
    rows: ranked.flatMap((h, i) => {
      const s = h.simulate;
      if (!s) return [];
      const hw = s.within.halfWidth;
      return [
        [
          i + 1,
          h.id,
          hallName(say, h),
          round(s.within.mean),
          round(hw === null ? null : Math.max(0, s.within.mean - hw)),
          round(hw === null ? null : Math.min(1, s.within.mean + hw)),
          s.target.share,
          round(s.shortfall),
        ],
      ];
    }),
  };
}

export interface WindowRow {
  id: string;
  name: string;
  installed: number;
  /** Null without a plan. */
  needed: number | null;
  more: number | null;
  note: string;
}

export function windowRows(say: Say, ranked: readonly HallResult[]): WindowRow[] {
  const t = say.t.charts.windows;
  return ranked.map((h) => {
    const needed = h.plan?.windowsNeeded ?? null;
    const more = windowGap(h);
    return {
      id: h.id,
      name: hallName(say, h),
      installed: h.installed.windows,
      needed,
      more,
      note: needed === null ? t.noteNoPlan(h.installed.windows) : t.note(h.installed.windows, needed, more ?? 0),
    };
  });
}

export function windowSummary(say: Say, ranked: readonly HallResult[]): string {
  const t = say.t.charts.windows;
  const planned = ranked.filter((h) => h.plan !== null);
  if (planned.length === 0) return t.summaryNone;
  const more = planned.filter((h) => (windowGap(h) ?? 0) > 0);
  if (more.length === 0) return t.summaryEnough;
  const top = more.reduce((a, h) => (windowGap(h)! > windowGap(a)! ? h : a));
  return t.summary(more.length, hallName(say, top), top.installed.windows, top.plan!.windowsNeeded);
}

export function windowCsv(say: Say, ranked: readonly HallResult[]): CsvTable {
  return {
    header: [...say.t.charts.windows.csvHeader],
    rows: ranked.map((h, i) => [
      i + 1,
      h.id,
      hallName(say, h),
      h.installed.windows,
      h.plan?.windowsNeeded ?? null,
      windowGap(h),
    ]),
  };
}
