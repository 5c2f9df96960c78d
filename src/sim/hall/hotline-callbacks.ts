/**
 * Callbacks on the 12366 hotline (`hotline.callbacks`, issue 14): a caller about to hold for an
 * agent hears the estimated wait and may press 1 to be called back instead.
 *
 * The model:
 *  - The offer: made when the caller would hold (no open agent idle) and the estimated wait is
 *    above `offerAboveSeconds`. The estimate is the usual announcement, (callers holding + 1) ÷
 *    agents on the phones × mean handling: the mean wait of the k-th in line with c agents busy
 *    and exponential handling (k/(cμ)). Queued callbacks do not delay a caller and are not in it.
 *  - The caller accepts with `acceptShare` and hangs up at once: neither offered to the agents
 *    nor an abandonment. A callback job joins the agents' pool (hotline.ts) in class 1, behind
 *    every caller holding (class 0, non-preemptive): an agent makes a callback only when no
 *    caller holds. Jobs waiting when the agents' hours end stay queued until agents are back.
 *  - Reaching the taxpayer (`reachShare`) is drawn at the request (a draw of its own, so it is
 *    the same whenever the callback is made); the job's time is then the handling time the
 *    caller drew for the call (the same taxpayer needs the same time: common random numbers),
 *    or `unreachedSeconds` when not reached. A reached callback is served like an answered call
 *    (a first-inquiry case with `caseShare`); an unreached one ends.
 *  - No callback is made after the horizon: a job still queued then leaves the line at the
 *    horizon (its patience is the time left) and is counted as queued at the horizon.
 *
 * Guarantees (over the counted callers, those whose fresh call came after the warm-up):
 *    accepted = made + queued at the horizon, made = reached + not reached, accepted ≤ offered;
 *  with hotline.ts's fresh = voice menu + answered + gave up + told the hours + redial beyond
 *  the horizon + accepted. Random streams of their own (`hotline:callbacks`,
 *  `hotline:callbacks:reach`, `hotline:callbacks:cases`): a scenario without callbacks draws
 *  nothing here, and the other streams draw the same whatever the callers answer.
 */
import { Rng } from '../engine/rng.ts';
import type { ServerPool } from '../engine/pool.ts';
import type { ResolvedCallbacks } from './resolve-hotline.ts';

/** Pool class of callback jobs (callers holding are class 0). */
export const CALLBACK_CLASS = 1;

/** What happened to the counted callers' callbacks. */
export class CallbackCounts {
  /** Attempts offered a callback (about to hold, the estimated wait above the threshold). */
  offered = 0;
  /** Of those, callers who accepted and hung up: each a callback job. */
  accepted = 0;
  /** Callbacks an agent made (before the horizon). */
  made = 0;
  /** Of those made, the taxpayer reached (served as an answered call)... */
  reached = 0;
  /** ...and not reached (the callback ends). */
  notReached = 0;
  /** Made within the target (`withinMinutes`) of the request. */
  madeWithin = 0;
  /** Sum of the minutes from request to callback, over those made. */
  delaySum = 0;
  /** Accepted but still queued at the horizon (never made). */
  queuedAtHorizon = 0;
  /** First-inquiry cases opened on reached callbacks (also in the hotline's `cases`). */
  cases = 0;
}

/** Job marks per caller id. */
const NO_JOB = 0;
const REACHED = 1;
const NOT_REACHED = 2;

export class HotlineCallbacks {
  /** Draws for the cases of reached callbacks (hotline.ts opens them). */
  readonly casesRng: Rng;
  private readonly accept: Rng;
  private readonly reach: Rng;
  /** Per caller id: NO_JOB, or the callback job it has (REACHED, NOT_REACHED). */
  private job = new Uint8Array(1024);

  constructor(
    private readonly spec: ResolvedCallbacks,
    private readonly c: CallbackCounts,
    private readonly pool: ServerPool,
    private readonly meanHandling: number,
    private readonly horizon: number,
    seed: number,
    replication: number,
  ) {
    this.accept = Rng.stream(seed, replication, 'hotline:callbacks');
    this.reach = Rng.stream(seed, replication, 'hotline:callbacks:reach');
    this.casesRng = Rng.stream(seed, replication, 'hotline:callbacks:cases');
  }

  /**
   * A caller is about to join the agents' line now (the pool has agents open). Returns whether it
   * accepted a callback: then its job is queued (`handling` is the time the call would take) and
   * the caller has hung up.
   */
  offer(id: number, counted: boolean, handling: number, now: number): boolean {
    const pool = this.pool;
    if (pool.idleOpen > 0) return false;
    const estimate = ((pool.line.lengthOf(0) + 1) / pool.open) * this.meanHandling;
    if (!(estimate > this.spec.offerAbove)) return false;
    if (counted) this.c.offered++;
    if (this.accept.next() >= this.spec.acceptShare) return false;
    if (counted) this.c.accepted++;
    const reached = this.reach.next() < this.spec.reachShare;
    if (id >= this.job.length) {
      let n = this.job.length * 2;
      while (n <= id) n *= 2;
      const grown = new Uint8Array(n);
      grown.set(this.job);
      this.job = grown;
    }
    this.job[id] = reached ? REACHED : NOT_REACHED;
    pool.arrive(id, CALLBACK_CLASS, reached ? handling : this.spec.unreached, this.horizon - now);
    return true;
  }

  /** Whether the pool's customer `id` is a callback job (a caller who accepted never holds again). */
  owns(id: number): boolean {
    return id < this.job.length && this.job[id] !== NO_JOB;
  }

  /** An agent makes callback `id` now, `delay` minutes after the request. Returns whether it reached the taxpayer. */
  made(id: number, counted: boolean, delay: number): boolean {
    const reached = this.job[id] === REACHED;
    if (!counted) return reached;
    const c = this.c;
    c.made++;
    if (reached) c.reached++;
    else c.notReached++;
    c.delaySum += delay;
    if (delay <= this.spec.within) c.madeWithin++;
    return reached;
  }

  /** Callback `id` was still queued at the horizon. */
  expired(counted: boolean): void {
    if (counted) this.c.queuedAtHorizon++;
  }
}
