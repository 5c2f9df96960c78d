/**
 * What the Iterative Staffing Algorithm needs from the 12366 hotline (plan/hotline-isa.ts), as
 * group-load.ts records it for the windows: per kind of day (CHANNEL_DAYS order) and interval of
 * the agents' hours, the attempts offered to the agents, those answered, answered within the
 * threshold, hung up, and the distribution of the number each offered attempt found at the
 * agents (talking or holding): a caller waits exactly when it is at least the agents on the
 * phones. Counted attempts only (of callers whose first call came after the warm-up), by the
 * interval the attempt was made in, summed over the days of each kind.
 *
 * Recorded with the hall's load when its histograms are (`groupLoad` with `inSystem`), and only
 * when the scenario has a hotline. Cell index: kind · intervals + interval.
 */
import { CHANNEL_DAYS, type ChannelDay, MINUTES_PER_DAY, parseTimeOfDay } from '../scenario/index.ts';
import { channelDay } from './resolve-hotline.ts';
import type { Resolved } from './resolved.ts';

/** Bins of the number found: 0 … HOTLINE_BINS − 2, and the last for that many or more (a large centre's agents fit). */
export const HOTLINE_BINS = 400;

export interface HotlineLoad {
  /** The agents' hours: first interval's start (minutes of the day), interval length, intervals. */
  start: number;
  intervalMinutes: number;
  intervals: number;
  bins: number;
  /** Days of each kind in the horizon (after the warm-up). */
  days: Record<ChannelDay, number>;
  offered: Float64Array;
  answered: Float64Array;
  /** Answered within the first `answerWithinSeconds` threshold. */
  within: Float64Array;
  abandoned: Float64Array;
  /** cells × bins: offered attempts by the number they found at the agents. */
  inSystem: Float64Array;
}

export function hotlineLoadCell(intervals: number, kind: number, k: number): number {
  return kind * intervals + k;
}

export class HotlineLoadRecorder {
  readonly load: HotlineLoad;
  private readonly kindOf: Int8Array;

  constructor(private readonly r: Resolved) {
    const h = r.scenario.hotline!;
    const w = r.interval;
    const start = h.agents.hours === '24h' ? 0 : parseTimeOfDay(h.agents.hours.start)!;
    const end = h.agents.hours === '24h' ? MINUTES_PER_DAY : parseTimeOfDay(h.agents.hours.end)!;
    const intervals = Math.round((end - start) / w);
    const days = Object.fromEntries(CHANNEL_DAYS.map((k) => [k, 0])) as Record<ChannelDay, number>;
    this.kindOf = new Int8Array(r.days);
    const warmDay = Math.ceil(r.warmupEnd / MINUTES_PER_DAY);
    for (let d = 0; d < r.days; d++) {
      const kind = channelDay(r.calendar, d);
      this.kindOf[d] = CHANNEL_DAYS.indexOf(kind);
      if (d >= warmDay) days[kind]++;
    }
    const cells = CHANNEL_DAYS.length * intervals;
    this.load = {
      start,
      intervalMinutes: w,
      intervals,
      bins: HOTLINE_BINS,
      days,
      offered: new Float64Array(cells),
      answered: new Float64Array(cells),
      within: new Float64Array(cells),
      abandoned: new Float64Array(cells),
      inSystem: new Float64Array(cells * HOTLINE_BINS),
    };
  }

  /** The cell of an attempt made at `time`; −1 outside the agents' hours or the horizon. */
  cell(time: number): number {
    const day = Math.floor(time / MINUTES_PER_DAY);
    if (day >= this.kindOf.length) return -1;
    const k = Math.floor((time - day * MINUTES_PER_DAY - this.load.start) / this.load.intervalMinutes);
    if (k < 0 || k >= this.load.intervals) return -1;
    return hotlineLoadCell(this.load.intervals, this.kindOf[day], k);
  }

  /** A counted attempt made at `time` is offered to the agents, finding `inSystem` there. */
  offered(time: number, inSystem: number): void {
    const c = this.cell(time);
    if (c < 0) return;
    this.load.offered[c]++;
    this.load.inSystem[c * HOTLINE_BINS + Math.min(inSystem, HOTLINE_BINS - 1)]++;
  }

  /** A counted attempt made at `time` is answered after `wait`; `within`: inside the first threshold. */
  answered(time: number, within: boolean): void {
    const c = this.cell(time);
    if (c < 0) return;
    this.load.answered[c]++;
    if (within) this.load.within[c]++;
  }

  abandoned(time: number): void {
    const c = this.cell(time);
    if (c >= 0) this.load.abandoned[c]++;
  }
}

/** Sums over replications (counts and histograms alike), and the replications merged. */
export type MergedHotlineLoad = HotlineLoad & { replications: number };

export function mergeHotlineLoads(loads: readonly HotlineLoad[]): MergedHotlineLoad {
  const first = loads[0];
  const sum = (pick: (l: HotlineLoad) => Float64Array) => {
    const out = new Float64Array(pick(first).length);
    for (const l of loads) {
      const a = pick(l);
      for (let i = 0; i < out.length; i++) out[i] += a[i];
    }
    return out;
  };
  return {
    start: first.start,
    intervalMinutes: first.intervalMinutes,
    intervals: first.intervals,
    bins: first.bins,
    days: first.days,
    offered: sum((l) => l.offered),
    answered: sum((l) => l.answered),
    within: sum((l) => l.within),
    abandoned: sum((l) => l.abandoned),
    inSystem: sum((l) => l.inSystem),
    replications: loads.length,
  };
}
