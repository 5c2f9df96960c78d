/**
 * The intervals where the backtest's simulation and the log disagree, worst first, in words: the
 * verdict names them ("申报期 10:00–10:30（模拟平均等候 12.1 分钟，记录 6.3 分钟，超出区间）") and says
 * what may cause them — the windows inferred from the log, the handling times, the arrivals — the
 * way the general verdict does, leaning on the direction of the misses.
 *
 * An interval diverges when it counts in the summary and its observed mean wait, or its observed
 * share within the target wait, lies outside the simulated prediction interval (the same test as
 * the table's "inside" and the coverage). Worst = furthest outside, in half-widths of that
 * interval. Guaranteed: every diverging interval is counted (those not listed are in `more`).
 */
import { type DayType, formatTimeOfDay } from '../../../sim/scenario/index.ts';
import type { BacktestCell, BacktestResult } from '../../../sim/history/backtest.ts';
import type { Formatters } from '../../charts/format.ts';
import type { DecisionMessages } from '../../i18n/history-decisions.en.ts';
import { DAY_TYPE_ORDER } from './backtest-view.ts';

/** Tickets per day that differ by more than this share point at the arrivals. */
export const ARRIVALS_GAP = 0.25;
/** Intervals named in the verdict; the rest are counted. */
export const LISTED = 5;

export interface Divergence {
  cell: BacktestCell;
  /** The mean wait lies outside the prediction interval. */
  wait: boolean;
  /** The share served within the target lies outside. */
  within: boolean;
  /** How far outside: the larger of |simulated − observed| / half-width over the measures outside. */
  severity: number;
  /** 1: the simulation waits longer (or serves fewer in time); −1: less; 0: the two measures disagree. */
  direction: 1 | -1 | 0;
  /** Simulated and observed tickets per day differ by more than ARRIVALS_GAP. */
  arrivals: boolean;
}

const ratio = (gap: number, hw: number) => Math.abs(gap) / Math.max(hw, 1e-9);

/** The diverging intervals of a backtest, worst first. */
export function divergences(bt: Pick<BacktestResult, 'cells'>): Divergence[] {
  const out: Divergence[] = [];
  for (const c of bt.cells) {
    if (!c.counted) continue;
    const wait = c.waitInside === false;
    const within = c.withinInside === false;
    if (!wait && !within) continue;
    const dWait = c.observed.meanWait === null ? 0 : c.simulated.meanWait - c.observed.meanWait;
    const dWithin = c.observed.withinShare === null ? 0 : c.simulated.withinShare - c.observed.withinShare;
    const severity = Math.max(
      wait ? ratio(dWait, c.simulated.meanWaitPi) : 0,
      within ? ratio(dWithin, c.simulated.withinPi) : 0,
    );
    const dirs = new Set<number>();
    if (wait) dirs.add(Math.sign(dWait));
    if (within) dirs.add(-Math.sign(dWithin));
    const direction = dirs.size === 1 ? ([...dirs][0] as 1 | -1 | 0) : 0;
    const obsTickets = c.observed.ticketsPerDay;
    const arrivals = Math.abs(c.simulated.ticketsPerDay - obsTickets) > ARRIVALS_GAP * Math.max(obsTickets, 1);
    out.push({ cell: c, wait, within, severity, direction, arrivals });
  }
  const order = (d: DayType) => DAY_TYPE_ORDER.indexOf(d);
  return out.sort(
    (a, b) =>
      b.severity - a.severity || order(a.cell.dayType) - order(b.cell.dayType) || a.cell.interval - b.cell.interval,
  );
}

/** What the misses lean to: the simulation waits longer, less, or both. */
export function leaning(list: readonly Divergence[]): 'longer' | 'shorter' | 'mixed' {
  if (list.length > 0 && list.every((d) => d.direction === 1)) return 'longer';
  if (list.length > 0 && list.every((d) => d.direction === -1)) return 'shorter';
  return 'mixed';
}

export interface DivergenceText {
  /** One line per interval named, worst first. */
  items: string[];
  /** "N more intervals outside", or null. */
  more: string | null;
  /** What may cause them, or null when none diverges. */
  cause: string | null;
  /** Point at the arrivals when tickets per day differ too, or null. */
  arrivals: string | null;
}

export interface DivergenceWords {
  diverge: DecisionMessages['diverge'];
  dayTypes: Record<string, string>;
  minutes: (v: string) => string;
}

/** Minutes per interval, from two cells of a day type (start = open + interval × length); 30 if none tell. */
export function intervalLength(cells: readonly BacktestCell[]): number {
  for (const a of cells) {
    const b = cells.find((c) => c.dayType === a.dayType && c.interval !== a.interval);
    if (b) return (b.start - a.start) / (b.interval - a.interval);
  }
  return 30;
}

/** The verdict's list in words. */
export function divergenceText(
  bt: Pick<BacktestResult, 'cells' | 'targetMinutes'>,
  w: DivergenceWords,
  fmt: Formatters,
  limit = LISTED,
): DivergenceText {
  const list = divergences(bt);
  if (list.length === 0) return { items: [], more: null, cause: null, arrivals: null };
  const step = intervalLength(bt.cells);
  const min = (v: number) => w.minutes(fmt.number(v, 1));
  const target = w.minutes(fmt.number(bt.targetMinutes, 0));
  const items = list.slice(0, limit).map((d) => {
    const c = d.cell;
    const parts: string[] = [];
    if (d.wait && c.observed.meanWait !== null)
      parts.push(w.diverge.wait(min(c.simulated.meanWait), min(c.observed.meanWait)));
    if (d.within && c.observed.withinShare !== null)
      parts.push(
        w.diverge.within(target, fmt.percent(c.simulated.withinShare, 0), fmt.percent(c.observed.withinShare, 0)),
      );
    if (d.arrivals)
      parts.push(w.diverge.tickets(fmt.number(c.simulated.ticketsPerDay, 1), fmt.number(c.observed.ticketsPerDay, 1)));
    return w.diverge.item(
      w.dayTypes[c.dayType] ?? c.dayType,
      `${formatTimeOfDay(c.start)}–${formatTimeOfDay(c.start + step)}`,
      parts,
    );
  });
  return {
    items,
    more: list.length > limit ? w.diverge.more(list.length - limit) : null,
    cause: w.diverge[leaning(list)],
    arrivals: list.some((d) => d.arrivals) ? w.diverge.arrivals : null,
  };
}
