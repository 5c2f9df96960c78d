/**
 * A pool of workers running hall replications: the same code drives Web Workers on the page and
 * worker threads in the CLI (each side supplies a `spawn`).
 *
 * Guarantees:
 *  - Replications are handed out one at a time, two in flight per worker (so a worker never
 *    idles while the main thread, busy or starved of a core, gets round to sending the next),
 *    and their results come back as they finish (typed arrays transferred). Each is merged as it
 *    arrives (collect.ts: folded in replication order, a result that comes early waiting for its
 *    predecessors) and dropped but for its scalar metrics, so memory stays flat however many
 *    replications run, and the merged result is bit-identical for any number of workers and any
 *    finishing order. Folding one costs the main thread about a millisecond for a year of a hall
 *    (a third of one for the demo's month), and the merged result at the end a few (7 and 2):
 *    no step grows with the replications, so a page stays responsive without a merging worker.
 *  - Several scenarios run with the same seeds replication by replication (common random
 *    numbers) for paired comparisons.
 *  - Early stopping looks at replications 0..k−1 only, for the first k that meets the rule, so
 *    it stops at the same k whatever the number of workers.
 *  - `cancel()` stops handing out work at once; replications still running get half a second to
 *    finish (a month of a big hall takes tens of milliseconds, and a worker started again costs
 *    more than that; on a busy machine 50 ms was too short and every cancel restarted the
 *    workers), then their workers are terminated (and replaced when next needed), so all work
 *    stops within about half a second. The outcome then has status 'cancelled' and the merged
 *    result of the replications finished so far (marked partial, never passed off as complete).
 *  - A replication that throws fails the run with a ReplicationError naming the replication and
 *    seed. A worker that dies is replaced and its replication retried once; dying again fails
 *    the run. Nothing waits for ever on a dead worker.
 */
import * as Comlink from 'comlink';
import type { MergedResult } from '../sim/results/merge.ts';
import type { ReplicationScalars } from '../sim/results/accumulate.ts';
import type { GroupLoadOptions } from '../sim/hall/group-load.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { ParameterError, integer } from '../sim/errors.ts';
import type { ReplicationWorkerApi, TaskOutcome } from './protocol.ts';
import { checkStopRule, type StopRule } from './early-stop.ts';
import { RunCollector } from './collect.ts';

export interface WorkerHandle {
  api: Comlink.Remote<ReplicationWorkerApi>;
  terminate(): void;
  /** Registers what to do when the worker dies (crash, failed load, out of memory). */
  onDeath(listener: (reason: Error) => void): void;
}

/** Starts the worker of a slot (slots are numbered from 0; the CLI runs slot 0 in its own thread). */
export type Spawn = (slot: number) => WorkerHandle;

export interface RunRequest {
  /** One scenario, or several compared replication by replication with the same seeds. */
  scenarios: Scenario[];
  seed: number;
  /** Replications per scenario (the cap when `stop` is given). */
  replications: number;
  /** Stop early when a measure is known precisely enough. */
  stop?: StopRule;
  /** Keep the ledgers of replication 0 (default true; other replications never carry them). */
  ledgers?: boolean;
  /** Record the planner's per-group load (`result.groupLoad`). Default false. */
  groupLoad?: boolean | GroupLoadOptions;
  /**
   * Merge each scenario's replications as they arrive (default true). Off, only their scalars
   * are kept: a paired comparison needs no more.
   */
  merge?: boolean;
}

export interface Progress {
  /** Replications finished (all scenarios), plus the finished share of those running. */
  done: number;
  total: number;
  fraction: number;
  elapsedSeconds: number;
  /** Estimated seconds left; null until something has finished. */
  etaSeconds: number | null;
}

export interface RunOutcome {
  /** 'complete': every replication ran; 'stopped': the stop rule was met; 'cancelled': partial. */
  status: 'complete' | 'stopped' | 'cancelled';
  /**
   * Per scenario, each replication's scalars (metrics), sorted by replication: for 'stopped',
   * replications 0..k−1; when cancelled, whatever had finished.
   */
  scalars: ReplicationScalars[][];
  /** Per scenario, the merged result of those replications (null when none finished, or `merge: false`). */
  merged: (MergedResult | null)[];
  /** Replications per scenario (for 'stopped', the k that met the rule; else the fewest finished). */
  replications: number;
  elapsedSeconds: number;
  /** Seconds the workers spent inside replications (all workers together). */
  busySeconds: number;
}

/** The detail of a ReplicationError whose worker died on it twice (the page words this one itself). */
export const WORKER_DIED_TWICE = 'its worker died twice';

/** A replication threw. */
export class ReplicationError extends Error {
  override readonly name = 'ReplicationError';
  constructor(
    readonly replication: number,
    readonly seed: number,
    readonly scenarioIndex: number,
    /** What went wrong, without the replication and seed around it (the page words those itself). */
    readonly detail: string,
  ) {
    super(
      `replication ${replication} (seed ${seed}) failed: ${detail}. Reproduce it with: hallflow simulate SCENARIO.json --seed ${seed} --replication ${replication}`,
    );
  }
}

interface Slot {
  index: number;
  handle: WorkerHandle | null;
  loaded: Set<string>;
  /** Tasks sent to this worker and not yet answered. */
  inFlight: number;
}

/** Tasks in flight per worker. */
const DEPTH = 2;

interface Job {
  request: RunRequest;
  key: string;
  next: number;
  total: number;
  /** What is kept of the replications finished: scalars, merged results, the stop rule's k. */
  collector: RunCollector;
  /** Tasks in flight, by task number: the worker and the share of days done. */
  running: Map<number, { slot: Slot; fraction: number }>;
  finished: number;
  busyMs: number;
  cancelled: boolean;
  started: number;
  failure: Error | null;
  retries: Map<number, number>;
  /** Tasks to run again (their worker died). */
  pending: number[];
  /** Last fraction reported: progress never goes back. */
  reported: number;
  onProgress?: (p: Progress) => void;
  wake: () => void;
}

const GRACE_MS = 500;
let jobCounter = 0;

export class WorkerPool {
  private readonly slots: Slot[];
  private queue: Promise<unknown> = Promise.resolve();
  private current: Job | null = null;
  private destroyed = false;

  constructor(
    private readonly spawn: Spawn,
    size: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    integer('workers', size, 1);
    this.slots = [];
    this.addSlots(size);
  }

  private addSlots(n: number): void {
    for (let i = 0; i < n; i++)
      this.slots.push({ index: this.slots.length, handle: null, loaded: new Set<string>(), inFlight: 0 });
  }

  /**
   * Adds `n` workers, also to a run going on (it hands them work at once): the CLI starts a run
   * in its own thread and grows the pool when the run proves long (src/cli/auto-workers.ts).
   * Which worker runs a replication never changes its result.
   */
  grow(n: number): void {
    integer('workers', n, 0);
    if (this.destroyed || n === 0) return;
    this.addSlots(n);
    this.current?.wake();
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Starts every worker now, before the first run needs them: a page calls this before it
   * mounts, so the workers load their code while the page draws itself.
   */
  warm(): void {
    if (!this.destroyed) for (const slot of this.slots) this.ensure(slot);
  }

  /** Runs a request after any run already going (one at a time). */
  run(request: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> {
    checkRequest(request);
    const job = this.queue.then(() => this.execute(request, onProgress));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Cancels the running request (it resolves with status 'cancelled'). */
  cancel(): void {
    const job = this.current;
    if (!job || job.cancelled) return;
    job.cancelled = true;
    job.wake();
    setTimeout(() => {
      // Whatever still runs after the grace period is stopped hard.
      for (const { slot } of job.running.values()) this.kill(slot);
      job.running.clear();
      job.wake();
    }, GRACE_MS);
  }

  /** Terminates every worker; the pool cannot be used afterwards. */
  destroy(): void {
    this.cancel();
    this.destroyed = true;
    for (const slot of this.slots) this.kill(slot);
  }

  private kill(slot: Slot): void {
    slot.handle?.terminate();
    slot.handle = null;
    slot.loaded.clear();
    slot.inFlight = 0;
  }

  private ensure(slot: Slot): WorkerHandle {
    if (slot.handle) return slot.handle;
    const handle = this.spawn(slot.index);
    slot.handle = handle;
    slot.loaded.clear();
    void handle.api
      .listen(
        Comlink.proxy((id: number, fraction: number) => {
          // Progress ids are task numbers + 1 of the current job.
          const job = this.current;
          const r = job?.running.get(id - 1);
          if (job && r && r.slot === slot) {
            r.fraction = fraction;
            this.report(job);
          }
        }),
      )
      .catch(() => {});
    handle.onDeath(() => {
      if (slot.handle !== handle) return;
      slot.handle = null;
      slot.loaded.clear();
      slot.inFlight = 0;
      const job = this.current;
      if (!job) return;
      for (const [task, r] of [...job.running]) {
        if (r.slot !== slot) continue;
        job.running.delete(task);
        this.requeueAfterDeath(job, task);
      }
      job.wake();
    });
    return handle;
  }

  private requeueAfterDeath(job: Job, task: number): void {
    const tries = (job.retries.get(task) ?? 0) + 1;
    job.retries.set(task, tries);
    const { replication, scenario } = this.taskAt(job, task);
    if (tries > 1) {
      job.failure ??= new ReplicationError(replication, job.request.seed, scenario, WORKER_DIED_TWICE);
      return;
    }
    job.pending.push(task);
  }

  private taskAt(job: Job, task: number): { replication: number; scenario: number } {
    const n = job.request.scenarios.length;
    return { replication: Math.floor(task / n), scenario: task % n };
  }

  private async execute(request: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> {
    if (this.destroyed)
      throw new ParameterError('pool', 'destroyed', 'a pool that has not been destroyed', '未销毁的计算池');
    const n = request.scenarios.length;
    const job: Job = {
      request,
      key: `job${++jobCounter}`,
      next: 0,
      total: request.replications * n,
      collector: new RunCollector(n, request.replications, request.stop, request.merge ?? true),
      running: new Map(),
      finished: 0,
      busyMs: 0,
      cancelled: false,
      started: this.clock(),
      failure: null,
      retries: new Map(),
      onProgress,
      wake: () => {},
      pending: [],
      reported: 0,
    };
    this.current = job;
    try {
      await this.drive(job);
    } finally {
      this.current = null;
      for (const slot of this.slots) {
        if (slot.handle)
          for (let s = 0; s < n; s++)
            if (slot.loaded.delete(`${job.key}:${s}`)) void slot.handle.api.unload(`${job.key}:${s}`).catch(() => {});
      }
    }
    if (job.failure) throw job.failure;
    const elapsedSeconds = (this.clock() - job.started) / 1000;
    const stopped = job.collector.stoppedAt >= 0;
    return {
      status: stopped ? 'stopped' : job.cancelled ? 'cancelled' : 'complete',
      ...job.collector.collect(),
      elapsedSeconds,
      busySeconds: job.busyMs / 1000,
    };
  }

  /** Hands out tasks until all are done, the job is cancelled, stopped or failed. */
  private async drive(job: Job): Promise<void> {
    for (;;) {
      const stopping = job.cancelled || job.failure !== null || job.collector.stoppedAt >= 0;
      if (!stopping) {
        // Fill the workers round by round, so every worker gets work before any gets a second task.
        for (let depth = 1; depth <= DEPTH; depth++) {
          for (const slot of this.slots) {
            if (slot.inFlight >= depth) continue;
            const task = job.pending.length > 0 ? job.pending.shift()! : job.next < job.total ? job.next++ : -1;
            if (task < 0) break;
            this.start(job, slot, task);
          }
        }
      }
      if (job.running.size === 0 && (stopping || (job.next >= job.total && job.pending.length === 0))) return;
      await new Promise<void>((resolve) => (job.wake = resolve));
    }
  }

  private start(job: Job, slot: Slot, task: number): void {
    const { replication, scenario } = this.taskAt(job, task);
    const key = `${job.key}:${scenario}`;
    slot.inFlight++;
    job.running.set(task, { slot, fraction: 0 });
    const handle = this.ensure(slot);
    if (!slot.loaded.has(key)) {
      slot.loaded.add(key);
      void handle.api.load(key, job.request.scenarios[scenario]).catch(() => {});
    }
    const ledgers = (job.request.ledgers ?? true) && replication === 0;
    handle.api
      .run({
        scenarioKey: key,
        seed: job.request.seed,
        replication,
        ledgers,
        groupLoad: job.request.groupLoad ?? false,
        progressId: job.onProgress ? task + 1 : 0,
      })
      .then(
        (outcome: TaskOutcome) => this.finish(job, slot, handle, task, outcome),
        () => {
          // The call failed because the worker died or was terminated: onDeath or cancel handles it.
        },
      );
  }

  private finish(job: Job, slot: Slot, handle: WorkerHandle, task: number, outcome: TaskOutcome): void {
    if (slot.handle !== handle || job.running.get(task)?.slot !== slot) return; // killed meanwhile
    job.running.delete(task);
    slot.inFlight--;
    const { scenario } = this.taskAt(job, task);
    if (!outcome.ok) {
      job.failure ??= new ReplicationError(outcome.replication, outcome.seed, scenario, outcome.message);
    } else if (job.failure === null) {
      // Also kept when it finishes during a cancel's grace period: a cancelled run returns
      // what finished, marked partial. (Once a replication has failed the run is lost: nothing
      // more is merged.)
      try {
        job.collector.add(scenario, outcome.result, !job.cancelled);
      } catch (e) {
        job.failure = e instanceof Error ? e : new Error(String(e));
      }
      job.finished++;
      job.busyMs += outcome.ms;
    }
    this.report(job);
    job.wake();
  }

  private report(job: Job): void {
    if (!job.onProgress) return;
    let running = 0;
    for (const r of job.running.values()) running += r.fraction;
    const done = Math.min(job.total, job.finished + running);
    const elapsedSeconds = (this.clock() - job.started) / 1000;
    // Never backwards (a dead worker's share is lost; an early stop jumps to the end).
    const fraction = Math.max(job.reported, job.collector.stoppedAt >= 0 ? 1 : done / job.total);
    job.reported = fraction;
    job.onProgress({
      done,
      total: job.total,
      fraction,
      elapsedSeconds,
      etaSeconds: done > 0 ? (elapsedSeconds * (job.total - done)) / done : null,
    });
  }
}

function checkRequest(r: RunRequest): void {
  if (!r || !Array.isArray(r.scenarios) || r.scenarios.length === 0) {
    throw new ParameterError('scenarios', r?.scenarios, 'one or more scenarios', '一个或多个方案');
  }
  integer('seed', r.seed, 0);
  integer('replications', r.replications, 1);
  if (r.stop) checkStopRule(r.stop);
}
