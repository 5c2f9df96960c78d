/**
 * Rules 1 and 2: the first-inquiry ledger (首问登记台账) and time-limited completion (限时办结).
 *
 * A non-immediate matter accepted at a window (or left with the hall at closing) becomes a case
 * that moves accept → transfer → handle → answer. Transfer and answer take working minutes of the
 * back office's hours; handling waits for an officer (first come first served, earliest deadline
 * first, or A-class first) and takes the case's work. The deadline is the end of the working day
 * `limit` working days after acceptance; a warning is raised `warningDays` working days before
 * it, when an extension may be granted (always before the deadline); a case not answered at its
 * deadline is overdue and traced to the stage that held it then. Every timestamp is kept.
 */
import { Rng } from '../engine/rng.ts';
import type { Simulator } from '../engine/simulator.ts';
import { Outcome, ServerPool } from '../engine/pool.ts';
import type { Distribution } from '../engine/distributions.ts';
import type { Resolved } from './resolve.ts';
import { hallSetup } from './setup.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

/** Stages, in order; also the codes of `stageAtDeadline`. */
export const STAGES = ['transfer', 'queue', 'handle', 'answer'] as const;

/** Where a case was opened, in the order of their codes in storage. */
export const CASE_SOURCES = ['window', 'closing', 'hotline'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export type Stage = (typeof STAGES)[number];

export interface CaseRow {
  id: number;
  type: string;
  credit: string;
  /** 'window' (non-immediate matter), 'closing' (left with the hall at closing) or 'hotline'
   *  (registered by a 12366 agent: the agent is the first-inquiry officer). */
  source: CaseSource;
  /** First-inquiry officer: window group and window number (1-based); for a hotline case the
   *  group is null and `window` is the agent's seat; both null for the closing desk. */
  group: string | null;
  window: number | null;
  limitDays: number;
  acceptedAt: number;
  transferredAt: number | null;
  handleStartAt: number | null;
  handledAt: number | null;
  answeredAt: number | null;
  deadlineAt: number;
  warnedAt: number | null;
  extendedAt: number | null;
  workingDays: number | null;
  onTime: boolean | null;
  /** Stage holding the case at its deadline when it was overdue. */
  overdueStage: Stage | null;
}

const CREDIT = ['A', 'B', 'M', 'C', 'D'];

/** A draw from d, or 0 when the case has no such stage. */
function sample(d: Distribution | undefined, rng: Rng): number {
  return d ? d.sample(rng) : 0;
}

export class BackOffice {
  readonly pool: ServerPool;
  // Case storage: one entry per case, never recycled (the ledger keeps them all).
  private type: number[] = [];
  private credit: number[] = [];
  private source: number[] = [];
  private group: number[] = [];
  private window: number[] = [];
  private limit: number[] = [];
  private acceptedAt: number[] = [];
  private acceptDay: number[] = [];
  private deadlineDay: number[] = [];
  private transferredAt: number[] = [];
  private startedAt: number[] = [];
  private handledAt: number[] = [];
  private answeredAt: number[] = [];
  private warnedAt: number[] = [];
  private extendedAt: number[] = [];
  private overdue: number[] = [];
  private work: number[] = [];
  private answerDelay: number[] = [];
  private counted: number[] = [];
  open = 0;
  private readonly transferKind: number;
  private readonly answerKind: number;
  private readonly warnKind: number;
  private readonly deadlineKind: number;
  private readonly streams: Map<number, Rng> = new Map();
  // Warnings and deadlines are checked once per working day for the cases due that day
  // (buckets by day), instead of two far-future events per case: the calendar stays small.
  private readonly warnDue = new Map<number, number[]>();
  private readonly deadlineDue = new Map<number, number[]>();
  private readonly warnChecked = new Set<number>();
  private readonly extensionRng: Rng;

  constructor(
    private readonly sim: Simulator,
    private readonly r: Resolved,
    private readonly seed: number,
    private readonly replication: number,
  ) {
    const bo = r.backOffice!;
    this.pool = new ServerPool(sim, {
      name: 'backOffice',
      capacity: 0,
      order: bo.discipline === 'edf' ? 'key' : 'priority',
      classes: bo.discipline === 'aClassFirst' ? 2 : 1,
      onStart: (c) => (this.startedAt[c] = sim.now),
      onLeave: (c, outcome) => {
        if (outcome !== Outcome.served) return;
        this.handledAt[c] = sim.now;
        sim.schedule(r.calendar.addWorkTime(sim.now, this.answerDelay[c], bo.hours), this.answerKind, c);
      },
    });
    // Officers on working days during the back office's hours, past the horizon too: the steps
    // are built once per scenario (setup.ts) and applied here as the pool would apply them as
    // its capacity (one event at a time, each scheduling the next), without the pool checking
    // and copying some 600 steps every replication.
    const { times, counts } = hallSetup(r).officers!;
    const officerKind = sim.register((i) => {
      this.pool.setOpen(counts[i]);
      if (i + 1 < times.length) sim.scheduleTrusted(times[i + 1], officerKind, i + 1);
    });
    let current = 0;
    let next = 0;
    while (next < times.length && times[next] <= sim.now) current = counts[next++];
    if (next < times.length) sim.schedule(times[next], officerKind, next);
    if (current !== 0) this.pool.setOpen(current);
    this.transferKind = sim.register((c) => this.transferred(c));
    this.answerKind = sim.register((c) => this.answered(c));
    this.warnKind = sim.register((day) => this.warnDay(day));
    this.deadlineKind = sim.register((day) => this.deadlineDay_(day));
    this.extensionRng = Rng.stream(seed, replication, 'cases:extensions');
  }

  private stream(typeIndex: number, hotline = false): Rng {
    const key = hotline ? -2 - typeIndex : typeIndex;
    let rng = this.streams.get(key);
    if (!rng) {
      const name = typeIndex < 0 ? 'closing' : `${hotline ? 'hotline:' : ''}${this.r.types[typeIndex].id}`;
      rng = Rng.stream(this.seed, this.replication, `cases:${name}`);
      this.streams.set(key, rng);
    }
    return rng;
  }

  /**
   * Opens a case accepted now. `limitDays` overrides the type's limit (matters left at closing);
   * `work` overrides the type's work (then transfer and answer take no time). A hotline case
   * (`source` 'hotline', `group` −1, `window` the agent's seat) draws its times from streams of
   * its own, so adding a hotline leaves the window cases' times as they were.
   */
  accept(
    typeIndex: number,
    credit: number,
    group: number,
    window: number,
    counted: boolean,
    override?: { limitDays: number; work: number },
    source: 'window' | 'hotline' = 'window',
  ): number {
    const r = this.r;
    const now = this.sim.now;
    const spec = r.types[typeIndex].case;
    const rng = this.stream(override ? -1 : typeIndex, source === 'hotline');
    const c = this.type.length;
    const limit = override ? override.limitDays : spec!.limitDays[credit];
    const day = Math.floor(now / MINUTES_PER_DAY);
    this.type.push(typeIndex);
    this.credit.push(credit);
    this.source.push(override ? 1 : source === 'hotline' ? 2 : 0);
    this.group.push(group);
    this.window.push(window);
    this.limit.push(limit);
    this.acceptedAt.push(now);
    this.acceptDay.push(day);
    this.deadlineDay.push(r.calendar.workingDayAfter(day, limit));
    const transfer = override ? 0 : sample(spec?.transfer, rng);
    this.work.push(override ? override.work : sample(spec?.work, rng));
    this.answerDelay.push(override ? 0 : sample(spec?.answer, rng));
    this.transferredAt.push(NaN);
    this.startedAt.push(NaN);
    this.handledAt.push(NaN);
    this.answeredAt.push(NaN);
    this.warnedAt.push(NaN);
    this.extendedAt.push(NaN);
    this.overdue.push(-1);
    this.counted.push(counted ? 1 : 0);
    this.open++;
    const bo = r.backOffice!;
    this.sim.schedule(r.calendar.addWorkTime(now, transfer, bo.hours), this.transferKind, c);
    const warnDay = r.calendar.workingDayAfter(day, Math.max(0, limit - bo.warningDays));
    if (bo.warningDays > 0 && warnDay < this.deadlineDay[c]) {
      // Due today and today's check is past: warn now.
      if (this.warnChecked.has(warnDay)) this.warn(c);
      else this.due(this.warnDue, warnDay, c, warnDay * MINUTES_PER_DAY + bo.hours.start, this.warnKind);
    }
    this.due(this.deadlineDue, this.deadlineDay[c], c, this.deadlineTime(c), this.deadlineKind);
    return c;
  }

  /** Adds case c to the bucket of `day`, scheduling that day's check when it is the first. */
  private due(buckets: Map<number, number[]>, day: number, c: number, at: number, kind: number): void {
    const list = buckets.get(day);
    if (list) list.push(c);
    else {
      buckets.set(day, [c]);
      this.sim.schedule(Math.max(this.sim.now, at), kind, day);
    }
  }

  private warnDay(day: number): void {
    this.warnChecked.add(day);
    for (const c of this.warnDue.get(day) ?? []) this.warn(c);
    this.warnDue.delete(day);
  }

  private deadlineDay_(day: number): void {
    for (const c of this.deadlineDue.get(day) ?? []) this.deadline(c, day);
    this.deadlineDue.delete(day);
  }

  /** End of the back office's working day on the case's current deadline day. */
  private deadlineTime(c: number): number {
    return this.deadlineDay[c] * MINUTES_PER_DAY + this.r.backOffice!.hours.end;
  }

  private transferred(c: number): void {
    this.transferredAt[c] = this.sim.now;
    const bo = this.r.backOffice!;
    const key =
      bo.discipline === 'edf'
        ? this.deadlineDay[c]
        : bo.discipline === 'aClassFirst'
          ? this.credit[c] === 0
            ? 0
            : 1
          : 0;
    this.pool.arrive(c, key, this.work[c], Infinity);
  }

  private answered(c: number): void {
    this.answeredAt[c] = this.sim.now;
    this.open--;
  }

  private warn(c: number): void {
    if (!Number.isNaN(this.answeredAt[c])) return;
    this.warnedAt[c] = this.sim.now;
    // An extension is asked for at the warning, before the deadline, for a case not yet handled.
    if (Number.isNaN(this.handledAt[c]) && this.extensionRng.next() < this.r.backOffice!.extensionProbability) {
      this.extendedAt[c] = this.sim.now;
      this.deadlineDay[c] = this.r.calendar.workingDayAfter(this.deadlineDay[c], this.r.backOffice!.extensionDays);
      this.due(this.deadlineDue, this.deadlineDay[c], c, this.deadlineTime(c), this.deadlineKind);
    }
  }

  private deadline(c: number, day: number): void {
    if (this.deadlineDay[c] !== day) return; // extended: checked on its new day
    if (!Number.isNaN(this.answeredAt[c])) return;
    this.overdue[c] = Number.isNaN(this.transferredAt[c])
      ? 0
      : Number.isNaN(this.startedAt[c])
        ? 1
        : Number.isNaN(this.handledAt[c])
          ? 2
          : 3;
  }

  get count(): number {
    return this.type.length;
  }

  /** Figures over the counted cases. */
  summary(): {
    accepted: number;
    answered: number;
    onTime: number;
    workingDaysSum: number[];
    workingDaysN: number[];
    byTypeSum: Map<number, number>;
    byTypeN: Map<number, number>;
    overdueByStage: number[];
    /** Accepted by source (CASE_SOURCES order). */
    bySource: number[];
    warnings: number;
    extensions: number;
    openAtEnd: number;
  } {
    const s = {
      accepted: 0,
      answered: 0,
      onTime: 0,
      workingDaysSum: [0, 0, 0, 0, 0],
      workingDaysN: [0, 0, 0, 0, 0],
      byTypeSum: new Map<number, number>(),
      byTypeN: new Map<number, number>(),
      overdueByStage: [0, 0, 0, 0],
      bySource: [0, 0, 0],
      warnings: 0,
      extensions: 0,
      openAtEnd: 0,
    };
    for (let c = 0; c < this.type.length; c++) {
      if (!this.counted[c]) continue;
      s.accepted++;
      s.bySource[this.source[c]]++;
      if (!Number.isNaN(this.warnedAt[c])) s.warnings++;
      if (!Number.isNaN(this.extendedAt[c])) s.extensions++;
      if (this.overdue[c] >= 0) s.overdueByStage[this.overdue[c]]++;
      if (Number.isNaN(this.answeredAt[c])) {
        s.openAtEnd++;
        continue;
      }
      s.answered++;
      if (this.answeredAt[c] <= this.deadlineTime(c)) s.onTime++;
      const days = this.workingDays(c);
      s.workingDaysSum[this.credit[c]] += days;
      s.workingDaysN[this.credit[c]]++;
      // Matters left at closing have a limit of their own, not the type's.
      if (this.source[c] !== 1) {
        s.byTypeSum.set(this.type[c], (s.byTypeSum.get(this.type[c]) ?? 0) + days);
        s.byTypeN.set(this.type[c], (s.byTypeN.get(this.type[c]) ?? 0) + 1);
      }
    }
    return s;
  }

  private workingDays(c: number): number {
    return this.r.calendar.workingDaysBetween(this.acceptDay[c], Math.floor(this.answeredAt[c] / MINUTES_PER_DAY));
  }

  /**
   * Cases accepted on each of the first `days` days, and open (accepted, not yet answered) at
   * each day's end: the ledger's figures by day, without building the ledger.
   */
  backlog(days: number): { accepted: Float64Array; open: Float64Array } {
    const accepted = new Float64Array(days);
    const open = new Float64Array(days);
    for (let c = 0; c < this.type.length; c++) {
      const a = Math.floor(this.acceptedAt[c] / MINUTES_PER_DAY);
      if (a >= days) continue;
      accepted[a]++;
      const answered = this.answeredAt[c];
      const end = Number.isNaN(answered) ? days : Math.min(days, Math.floor(answered / MINUTES_PER_DAY));
      for (let d = a; d < end; d++) open[d]++;
    }
    return { accepted, open };
  }

  /** The ledger: one row per case with every stage's timestamp (minutes since the start). */
  ledger(groupIds: string[]): CaseRow[] {
    const rows: CaseRow[] = [];
    const t = (x: number) => (Number.isNaN(x) ? null : x);
    for (let c = 0; c < this.type.length; c++) {
      const answered = !Number.isNaN(this.answeredAt[c]);
      rows.push({
        id: c + 1,
        type: this.r.types[this.type[c]].id,
        credit: CREDIT[this.credit[c]],
        source: CASE_SOURCES[this.source[c]],
        group: this.group[c] >= 0 ? groupIds[this.group[c]] : null,
        window: this.group[c] >= 0 || this.source[c] === 2 ? this.window[c] + 1 : null,
        limitDays: this.limit[c],
        acceptedAt: this.acceptedAt[c],
        transferredAt: t(this.transferredAt[c]),
        handleStartAt: t(this.startedAt[c]),
        handledAt: t(this.handledAt[c]),
        answeredAt: t(this.answeredAt[c]),
        deadlineAt: this.deadlineTime(c),
        warnedAt: t(this.warnedAt[c]),
        extendedAt: t(this.extendedAt[c]),
        workingDays: answered ? this.workingDays(c) : null,
        onTime: answered ? this.answeredAt[c] <= this.deadlineTime(c) : null,
        overdueStage: this.overdue[c] >= 0 ? STAGES[this.overdue[c]] : null,
      });
    }
    return rows;
  }
}
