/**
 * The province in words and figures for the view: the first line (how many halls fall short of
 * their target, the furthest with its range, the windows the plans need), the table's cells and
 * the charts' captions. Ranking and window gaps come from src/sim/batch/province.ts, so the
 * screen, `hallflow batch` and its CSV agree. Every figure from simulation keeps its uncertainty
 * in words ("有 95% 的把握在 84% 到 87% 之间"), and a shortfall whose range reaches the target is
 * said to be possibly chance.
 */
import {
  rankHalls,
  shortfallOf,
  windowGap,
  type HallResult,
  type ProvinceResult,
} from '../../../sim/batch/province.ts';
import type { Figure } from '../../../sim/batch/records.ts';
import { meanWaitChange } from '../../../sim/batch/province-columns.ts';
import type { Formatters } from '../../charts/format.ts';
import { shareDigits } from '../../charts/uncertainty.ts';
import type { ChartsMessages } from '../../i18n/charts.en.ts';
import type { ProvinceMessages } from '../../i18n/province.en.ts';

/** What the words need: the view's messages, the charts' ("95% sure …") and the formatters. */
export interface Say {
  t: ProvinceMessages;
  charts: Pick<ChartsMessages, 'sure' | 'noRange'>;
  fmt: Formatters;
}

export const hallName = (say: Say, h: Pick<HallResult, 'name'>) => (say.fmt.locale === 'en' ? h.name.en : h.name.zh);

/** A share's range, kept within 0..100%. */
function shareBounds(f: Figure): [number, number] | null {
  return f.halfWidth === null ? null : [Math.max(0, f.mean - f.halfWidth), Math.min(1, f.mean + f.halfWidth)];
}

/** A share as shown, to as many digits as its range needs ("85%", "99.6%"). */
export function shareText(say: Say, f: Figure): string {
  return say.fmt.percent(f.mean, f.halfWidth === null ? 0 : shareDigits(f.mean, f.halfWidth));
}

/** "84%–87%" for a table cell ('' without a range). */
export function shareRangeText(say: Say, f: Figure): string {
  const b = shareBounds(f);
  if (!b) return '';
  const d = shareDigits(f.mean, f.halfWidth!);
  return `${say.fmt.percent(b[0], d)}–${say.fmt.percent(b[1], d)}`;
}

/** "有 95% 的把握在 84% 到 87% 之间". */
export function shareSure(say: Say, f: Figure): string {
  const b = shareBounds(f);
  if (!b) return say.charts.noRange;
  const d = shareDigits(f.mean, f.halfWidth!);
  return say.charts.sure('95%', say.fmt.percent(b[0], d), say.fmt.percent(b[1], d), 'percent');
}

/** A shortfall in percentage points, one decimal ("4.7"). */
export const points = (say: Say, shortfall: number) => say.fmt.fixed(100 * shortfall, 1);

/** Whether a hall falls short though its target lies inside its 95% range (the shortfall may be chance). */
export function mayBeChance(h: HallResult): boolean {
  const s = h.simulate;
  if (!s || s.shortfall <= 0 || s.within.halfWidth === null) return false;
  return s.within.mean + s.within.halfWidth >= s.target.share;
}

/** The target in words ("15 分钟内办理的占 90%"). */
export function targetText(say: Say, target: { waitMinutes: number; share: number }): string {
  return say.t.headline.target(say.fmt.percent(target.share, 1), say.fmt.number(target.waitMinutes, 1));
}

/** The target every simulated hall shares, or null when they differ (or none was simulated). */
export function commonTarget(halls: readonly HallResult[]): { waitMinutes: number; share: number } | null {
  const targets = halls.flatMap((h) => (h.simulate ? [h.simulate.target] : []));
  if (targets.length === 0) return null;
  const [a] = targets;
  return targets.every((b) => b.share === a.share && b.waitMinutes === a.waitMinutes) ? a : null;
}

export interface WindowTotals {
  /** Windows needed beyond those installed, summed over the halls with a plan. */
  more: number;
  /** Halls that need more windows. */
  halls: number;
  /** Halls with a plan, and without. */
  planned: number;
  unplanned: number;
  /** The hall that needs the most more windows (first in rank order on a tie). */
  top: HallResult | null;
}

export function windowTotals(ranked: readonly HallResult[]): WindowTotals {
  let more = 0;
  let halls = 0;
  let planned = 0;
  let top: HallResult | null = null;
  for (const h of ranked) {
    const gap = windowGap(h);
    if (gap === null) continue;
    planned++;
    more += gap;
    if (gap > 0) halls++;
    if (gap > 0 && (top === null || gap > windowGap(top)!)) top = h;
  }
  return { more, halls, planned, unplanned: ranked.length - planned, top };
}

/** The first line: how the halls do against their target and what the plans need, in sentences. */
export function headline(say: Say, p: ProvinceResult): string {
  // Chinese sentences join without spaces; English ones with one.
  return headlineParts(say, p).join(say.fmt.locale === 'en' ? ' ' : '');
}

/** The first line's sentences: the first (how many halls fall short) is the answer, shown strong. */
export function headlineParts(say: Say, p: ProvinceResult): string[] {
  const t = say.t.headline;
  const ranked = rankHalls(p.halls);
  const n = ranked.length;
  const simulated = ranked.filter((h) => h.simulate !== null);
  const short = simulated.filter((h) => (shortfallOf(h) ?? 0) > 0);
  const common = commonTarget(ranked);
  const parts: string[] = [];
  if (short.length === 0 && simulated.length > 0)
    parts.push(common ? t.allMeet(simulated.length, targetText(say, common)) : t.allMeetMixed(simulated.length));
  else if (short.length > 0) {
    parts.push(t.short(n, short.length, common ? targetText(say, common) : null));
    const worst = short[0].simulate!;
    parts.push(
      t.worst(
        hallName(say, short[0]),
        shareText(say, worst.within),
        shareSure(say, worst.within),
        say.fmt.percent(worst.target.share, 1),
      ),
    );
    const chance = short.filter(mayBeChance).map((h) => hallName(say, h));
    if (chance.length > 0) parts.push(t.chance(chance, short.length));
  }
  if (simulated.length < n) parts.push(t.notSimulated(n - simulated.length));
  const w = windowTotals(ranked);
  if (w.planned === 0) parts.push(t.noPlans);
  else {
    parts.push(w.more > 0 ? t.windows(w.more, w.halls, hallName(say, w.top!), windowGap(w.top!)!) : t.noWindows);
    if (w.unplanned > 0) parts.push(t.notPlanned(w.unplanned));
  }
  return parts.map((x) => x.trim());
}

/** The staff-hours of the halls with a plan, now and with the plan, in a sentence (null without a plan). */
export function staffHoursLine(say: Say, p: ProvinceResult): string | null {
  const planned = p.halls.filter((h) => h.plan !== null);
  if (planned.length === 0) return null;
  const now = planned.reduce((a, h) => a + h.plan!.staffHours.current, 0);
  const plan = planned.reduce((a, h) => a + h.plan!.staffHours.recommended, 0);
  const change = now > 0 ? `${plan >= now ? '+' : '−'}${say.fmt.percent(Math.abs(plan - now) / now, 0)}` : '';
  return say.t.headline.staffHours(say.fmt.number(now, 0), say.fmt.number(plan, 0), change);
}

/** The what-if's change of the mean wait: the difference, its range and whether it is clear. */
export interface WaitChange {
  value: string;
  range: string | null;
  /** The range holds 0: no clear change. */
  unclear: boolean;
}

const signed = (say: Say, v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${say.fmt.fixed(Math.abs(v), 2)}`;

export function waitChange(say: Say, h: HallResult): WaitChange | null {
  const d = meanWaitChange(h);
  if (!d) return null;
  const f = d.difference;
  const value = signed(say, f.mean);
  if (f.halfWidth === null) return { value, range: null, unclear: false };
  const lo = f.mean - f.halfWidth;
  const hi = f.mean + f.halfWidth;
  return { value, range: say.t.table.range(signed(say, lo), signed(say, hi)), unclear: lo <= 0 && hi >= 0 };
}

/** The what-ifs named in the file (usually one, the manifest's). */
export function whatIfNames(say: Say, halls: readonly HallResult[]): string[] {
  const names = halls.flatMap((h) =>
    h.compare ? [say.fmt.locale === 'en' ? h.compare.whatIf.en : h.compare.whatIf.zh] : [],
  );
  return [...new Set(names)];
}
