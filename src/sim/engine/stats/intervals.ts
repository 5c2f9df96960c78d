/**
 * Per-interval statistics (15, 30 or 60 minutes...): counts of events by interval and
 * time-averages of levels by interval, over a fixed grid [start, start + count·width).
 *
 * Events or time outside the grid are ignored (a grid covers the horizon the planner looks at).
 * Levels are integrated exactly across interval boundaries: a queue of 4 from 10:25 to 10:35
 * adds 5·4 to the 10:00–10:30 interval and 5·4 to the next one.
 */
import { finite, integer, positive } from '../../errors.ts';

export class IntervalGrid {
  readonly start: number;
  readonly width: number;
  readonly count: number;
  constructor(start: number, width: number, count: number) {
    this.start = finite('intervals.start', start);
    this.width = positive('intervals.width', width);
    this.count = integer('intervals.count', count, 1);
  }
  get end(): number {
    return this.start + this.width * this.count;
  }
  /** Interval index of time t, or −1 outside the grid. */
  index(t: number): number {
    const i = Math.floor((t - this.start) / this.width);
    return i >= 0 && i < this.count ? i : -1;
  }
}

/** Counts (or sums) by the interval of the event's time. */
export class IntervalCounts {
  readonly values: Float64Array;
  constructor(readonly grid: IntervalGrid) {
    this.values = new Float64Array(grid.count);
  }
  add(t: number, amount = 1): void {
    const i = this.grid.index(t);
    if (i >= 0) this.values[i] += amount;
  }
  reset(): void {
    this.values.fill(0);
  }
}

/** Time-integral of a piecewise-constant level by interval. */
export class IntervalLevel {
  /** ∫ level dt within each interval. */
  readonly area: Float64Array;
  private level = 0;
  private last = 0; // a number from the start (not undefined): V8 then updates it in place
  /** The interval `last` falls in, and where it ends: the common case adds without dividing. */
  private cell = -1;
  private cellEnd = -Infinity;
  constructor(
    readonly grid: IntervalGrid,
    initialLevel = 0,
  ) {
    this.area = new Float64Array(grid.count);
    this.level = initialLevel;
    this.last = grid.start;
  }

  get current(): number {
    return this.level;
  }

  /** The level becomes `level` at time `now`. */
  update(now: number, level: number): void {
    if (this.level !== 0) this.accumulate(now);
    this.last = now;
    this.level = level;
  }

  /** Closes the current piece at `now` (call at the end of a run before reading `means`). */
  close(now: number): void {
    this.update(now, this.level);
  }

  /**
   * Mean level in each interval over the part of it observed up to `until` (default: the end
   * of the grid); 0 for intervals not reached. Close the level at `until` first.
   */
  means(until = this.grid.end): Float64Array {
    const g = this.grid;
    return this.area.map((a, i) => {
      const seen = Math.min(g.width, until - (g.start + i * g.width));
      return seen > 0 ? a / seen : 0;
    });
  }

  reset(now: number): void {
    this.area.fill(0);
    this.last = now;
  }

  private accumulate(now: number): void {
    if (now <= this.cellEnd && this.cell >= 0 && this.last >= this.cellEnd - this.grid.width) {
      this.area[this.cell] += this.level * (now - this.last);
      return;
    }
    const g = this.grid;
    let a = Math.max(this.last, g.start);
    const b = Math.min(now, g.end);
    if (!(b > a)) return;
    let i = Math.floor((a - g.start) / g.width);
    while (a < b && i < g.count) {
      const edge = Math.min(b, g.start + (i + 1) * g.width);
      this.area[i] += this.level * (edge - a);
      a = edge;
      this.cell = i;
      this.cellEnd = g.start + (i + 1) * g.width;
      i++;
    }
  }
}
