/**
 * Time-weighted statistics of a level that changes at event times: queue length, busy windows,
 * open windows, number in system.
 *
 * The level is piecewise constant; `update(now, level)` closes the piece that ran since the last
 * change and starts a new one. The mean over [start, now] is ∫level dt / (now − start). Reset at
 * the end of a warm-up keeps the current level and forgets the past.
 */
import { ParameterError } from '../../errors.ts';

export class TimeWeighted {
  // Every number field starts as a number (set again in the constructor): a field declared
  // without one starts undefined, and V8 then stores each new double in a fresh heap box.
  private level = 0;
  private last = 0;
  private start = 0;
  private area = 0;
  private lo = 0;
  private hi = 0;

  constructor(
    readonly name = 'level',
    startTime = 0,
    initialLevel = 0,
  ) {
    this.level = initialLevel;
    this.last = startTime;
    this.start = startTime;
    this.lo = initialLevel;
    this.hi = initialLevel;
  }

  /** The current level. */
  get current(): number {
    return this.level;
  }

  /** Records that the level becomes `level` at time `now` (now >= the last update). */
  update(now: number, level: number): void {
    const dt = now - this.last;
    if (!(dt >= 0) || level - level !== 0) this.reject(now, level);
    this.area += this.level * dt;
    this.last = now;
    this.level = level;
    if (level < this.lo) this.lo = level;
    if (level > this.hi) this.hi = level;
  }

  private reject(now: number, level: number): never {
    if (!(now >= this.last))
      throw new ParameterError(this.name, now, `a time >= ${this.last}`, `不早于 ${this.last} 的时间`);
    throw new ParameterError(this.name, level, 'a finite level', '有限的数值');
  }

  /** Time-average of the level over [start, now]; null when no time has passed. */
  mean(now: number): number | null {
    const span = now - this.start;
    if (!(span > 0)) return null;
    return (this.area + this.level * (now - this.last)) / span;
  }

  /** ∫ level dt over [start, now]. */
  integral(now: number): number {
    return this.area + this.level * (now - this.last);
  }

  get min(): number {
    return this.lo;
  }

  get max(): number {
    return this.hi;
  }

  /** Forgets the past at time `now`; the current level stays. */
  reset(now: number): void {
    this.update(now, this.level);
    this.area = 0;
    this.start = now;
    this.lo = this.level;
    this.hi = this.level;
  }
}
