/**
 * The command line's default: start in this thread, add worker threads only when the run proves
 * long enough to repay them.
 *
 * Why not simply one worker per core: a worker thread starts cold. On this 2-core machine its
 * first demo-month replication takes about 240 ms against 22 ms once compiled, and it runs at
 * full speed only after about half a second; two cold workers compile at once and starve each
 * other. Measured, `hallflow simulate demo --reps 100` took 3.24 s in this thread and 3.53 s on
 * two workers. A run that ends in a second or two is fastest where it started. The main thread
 * is warm after a few replications, so it keeps running replications beside the workers it adds
 * (one fewer than the cores: it is the last core's occupant).
 *
 * The estimate uses the fastest of the last few replications, not the mean: the first ones run
 * cold and would make every run look long, and a window (not the fastest ever) notices a run
 * whose later days are heavier.
 */

/** Replications per judgement: the fastest of the last WINDOW estimates the time per replication. */
export const WINDOW = 3;
/** Replications finished in this thread before the run's length is judged (the first run cold). */
export const JUDGE_AFTER = 8;
/**
 * Seconds of work left above which worker threads are added. Measured on this 2-core machine
 * (`simulate` of the demo month): a worker added with about 2.5 s of work left made the run
 * about 15% slower (its compiling, and two threads sharing the memory bus each run a
 * replication about 1.3x slower); with about 7 s left, 1.3x faster.
 */
export const GROW_ABOVE_SECONDS = 4;

export class GrowthJudge {
  private lastDone = 0;
  private lastAt = 0;
  /** Seconds per replication of the last WINDOW reports that finished some. */
  private readonly recent: number[] = [];
  private decided = false;

  constructor(
    /** Worker threads to add when the run proves long (0: never). */
    private readonly extra: number,
    private readonly grow: (workers: number) => void,
  ) {}

  /** Called with each progress report: replications finished and seconds since the start. */
  observe(done: number, total: number, elapsedSeconds: number): void {
    if (this.decided || this.extra <= 0) return;
    const whole = Math.floor(done);
    if (whole <= this.lastDone) return;
    this.recent.push((elapsedSeconds - this.lastAt) / (whole - this.lastDone));
    if (this.recent.length > WINDOW) this.recent.shift();
    this.lastDone = whole;
    this.lastAt = elapsedSeconds;
    if (whole < JUDGE_AFTER) return;
    if ((total - whole) * Math.min(...this.recent) > GROW_ABOVE_SECONDS) {
      this.decided = true;
      this.grow(this.extra);
    }
  }

  /** Whether worker threads were added. */
  get grew(): boolean {
    return this.decided;
  }
}
