/**
 * The overtime ledger summed per window (Rule 4: each officer's extra time is recorded and,
 * past a threshold, given back as time off).
 */
import type { OvertimeLedgerRow } from '../../../sim/hall/results.ts';

export interface WindowTotal {
  group: string;
  window: number;
  /** Days on which this window worked past closing. */
  days: number;
  minutes: number;
}

/** Totals per window, in the scenario's group order (unknown groups last, by id) and window number. */
export function overtimeTotals(rows: readonly OvertimeLedgerRow[], groupOrder: readonly string[] = []): WindowTotal[] {
  const byWindow = new Map<string, WindowTotal>();
  for (const r of rows) {
    const key = `${r.group}\u0000${r.window}`;
    const w = byWindow.get(key) ?? { group: r.group, window: r.window, days: 0, minutes: 0 };
    w.days++;
    w.minutes += r.minutes;
    byWindow.set(key, w);
  }
  const rank = (g: string) => {
    const i = groupOrder.indexOf(g);
    return i < 0 ? groupOrder.length : i;
  };
  return [...byWindow.values()].sort(
    (a, b) =>
      rank(a.group) - rank(b.group) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || a.window - b.window,
  );
}

export function totalMinutes(rows: readonly { minutes: number }[]): number {
  let s = 0;
  for (const r of rows) s += r.minutes;
  return s;
}
