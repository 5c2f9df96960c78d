/**
 * Which window group a taxpayer joins. The eligible groups serve the taxpayer's business type and
 * channel; booked taxpayers go to the windows set up for them (the green channel for staggered
 * bookings, appointment windows for appointments) whenever one of those is open. Candidates are
 * ordered from the most specialised (fewest business types served) to the most general. Among
 * them: the first open one ('firstEligible'), or the one with the shortest expected wait (ties to
 * the more specialised),
 * (people ahead of equal or higher priority + 1) × mean handling time / open windows.
 */
import type { Resolved } from './resolve.ts';
import type { Station } from './station.ts';
import { APPOINTMENT, CHANNEL_INDEX, STAGGERED } from './taxpayers.ts';

export class Router {
  /** Eligible groups per (type, channel code): candidates[type * 3 + channel], preferred first. */
  private readonly candidates: Int32Array[] = [];
  /** How many leading candidates are the channel's own windows. */
  private readonly preferred: Int32Array;

  constructor(private readonly r: Resolved) {
    this.preferred = new Int32Array(r.types.length * 3);
    for (const t of r.types) {
      for (let ch = 0; ch < 3; ch++) {
        // Windows that serve fewer business types come first (a dedicated invoice window before a
        // general one), so that ties go to the specialist; a stable sort keeps the scenario's order otherwise.
        const breadth = (g: (typeof r.groups)[number]) => g.serves.reduce((a: number, x: number) => a + x, 0);
        const eligible = r.groups
          .filter((g) => g.serves[t.index] && g.channels[CHANNEL_INDEX[ch]])
          .sort((a, b) => breadth(a) - breadth(b));
        const own = ch === STAGGERED ? 'green' : ch === APPOINTMENT ? 'appointment' : null;
        const first = eligible.filter((g) => g.kind === own);
        this.candidates[t.index * 3 + ch] = Int32Array.from(
          [...first, ...eligible.filter((g) => g.kind !== own)].map((g) => g.index),
        );
        this.preferred[t.index * 3 + ch] = first.length;
      }
    }
  }

  /** The group index for a taxpayer of `type` on `channel` (a priority class code). */
  route(type: number, channel: number, stations: Station[]): number {
    const key = type * 3 + channel;
    const cands = this.candidates[key];
    let n = this.preferred[key];
    let anyOpen = false;
    for (let i = 0; i < n; i++) if (stations[cands[i]].pool.open > 0) anyOpen = true;
    if (!anyOpen) n = cands.length;
    if (n === 1 || this.r.routing === 'firstEligible') {
      for (let i = 0; i < n; i++) if (stations[cands[i]].pool.open > 0) return cands[i];
      return cands[0];
    }
    let best = cands[0];
    let bestWait = Infinity;
    for (let i = 0; i < n; i++) {
      const g = cands[i];
      const pool = stations[g].pool;
      if (pool.open === 0) continue;
      let ahead = 0;
      for (let k = 0; k <= channel; k++) ahead += pool.line.lengthOf(k);
      const expected =
        ahead === 0 && pool.busy < pool.open ? 0 : ((ahead + 1) * this.r.groups[g].meanService) / pool.open;
      if (expected < bestWait) {
        bestWait = expected;
        best = g;
      }
    }
    return best;
  }
}
