/**
 * Rows of a ticket log (排队叫号明细) → checked TicketRecords. A row is rejected, with every
 * problem it has, when a required field is empty (ticket time, business type, ticket id when the
 * file has an id column), a date or time cannot be read, the times decrease (ticket ≤ call ≤
 * start ≤ end; end before start is a negative duration), a channel or outcome word is unknown, its
 * business type is unknown to the scenario, or its ticket id already appeared the same day.
 *
 * Decisions: ticket ids are unique per day (queue systems restart A001 every morning); the first
 * accepted row with an id keeps it. Times of day in a file with a separate date column that fall
 * more than 12 hours before the previous time are taken as the next day (across midnight, with a
 * warning). A file without a start column takes the call as the start (the 叫号 is when the
 * window begins), and one without a call column the start as the call; waiting and handling
 * durations fill a missing call or end.
 */
import { type Localized, MINUTES_PER_DAY } from '../scenario/index.ts';
import { fmtStamp, msg, warn } from './read-messages.ts';
import { cell, column, detach, isTotal, Problems, type ReaderContext } from './read-cells.ts';
import { EXCLUDED } from './read-types.ts';
import type { RejectKind } from './read-report.ts';
import type { TicketChannel, TicketOutcome, TicketRecord } from './records.ts';
import { headerUnit } from './columns.ts';
import { DATE, DATETIME, newStamp, parseStamp, TIME, type StampContext } from './values.ts';
import { parseDuration, type DurationUnit } from './values-numbers.ts';
import { parseChannel, parseOutcome } from './values-words.ts';

const TIME_FIELDS = ['ticket', 'call', 'start', 'end'] as const;
/** Indexes of the four times (TIME_FIELDS). */
const TICKET = 0;
const CALL = 1;
const START = 2;
const END = 3;

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

export class TicketReader {
  readonly records: TicketRecord[] = [];
  private readonly times: { c: number; label: Localized }[];
  private readonly date: { c: number; label: Localized };
  private readonly id: { c: number; label: Localized };
  private readonly type: { c: number; label: Localized };
  private readonly window: number;
  private readonly channel: { c: number; label: Localized };
  private readonly outcome: { c: number; label: Localized };
  private readonly wait: { c: number; label: Localized; unit: DurationUnit };
  private readonly handle: { c: number; label: Localized; unit: DurationUnit };
  private readonly fillStart: boolean;
  private readonly fillCall: boolean;
  private readonly sctx: StampContext;
  private readonly st = newStamp();
  private readonly vals = new Float64Array(4);
  private readonly timeOnly = new Uint8Array(4);
  private readonly bad = new Uint8Array(4);
  private readonly texts: string[] = ['', '', '', ''];
  private readonly seen = new Map<number, Map<string, number>>();
  private seenDay = NaN;
  private seenMap: Map<string, number> | null = null;
  private readonly channels = new Map<string, TicketChannel | null>();
  private readonly outcomes = new Map<string, TicketOutcome | null>();
  private readonly windows = new Map<string, string>();
  private readonly knownList: string[];

  constructor(private readonly ctx: ReaderContext) {
    const r = ctx.reporter;
    this.times = TIME_FIELDS.map((f) => column(ctx, f));
    this.date = column(ctx, 'date');
    this.id = column(ctx, 'id');
    this.type = column(ctx, 'type');
    this.window = ctx.mapping.window ?? -1;
    this.channel = column(ctx, 'channel');
    this.outcome = column(ctx, 'outcome');
    const duration = (f: 'wait' | 'handle') => {
      const col = column(ctx, f);
      const unit = col.c >= 0 ? headerUnit(ctx.header[col.c]) : null;
      if (col.c >= 0 && unit === null) r.file(`unit-${f}`, warn.unitAssumed(col.label));
      return { ...col, unit: unit ?? 'minutes' };
    };
    this.wait = duration('wait');
    this.handle = duration('handle');
    this.fillStart = this.times[START].c < 0 && (this.times[CALL].c >= 0 || this.wait.c >= 0);
    this.fillCall = this.times[CALL].c < 0 && this.times[START].c >= 0;
    if (this.id.c < 0) r.file('noId', warn.noId());
    if (this.fillStart) r.file('noStart', warn.noStart());
    if (this.fillCall) r.file('noCall', warn.noCall());
    this.sctx = { order: ctx.order, compactTime: this.date.c >= 0 };
    this.knownList = ctx.types.knownList;
  }

  /**
   * One data row: rejected with every problem it has, or kept as a record. In steps, each
   * recording the problems it finds (in this order, which is the order the reasons are listed):
   * a totals row; the date and the four times; times of day past midnight; the times a duration
   * or a missing column fills; their order; the business type; window, channel and outcome; the
   * ticket id, unique per day.
   */
  row(cells: string[], line: number): void {
    if (this.rejectTotal(cells, line)) return;
    this.p = null;
    const vals = this.vals;
    this.readTimes(cells);
    if (this.texts[TICKET] === '')
      this.problem('missing', this.times[TICKET], () => msg.missing(this.times[TICKET].label));
    const nextDay = this.timesOfDayPastMidnight();
    this.fillTimes(cells);
    const acrossDays = this.checkOrder();
    const type = this.readType(cells);
    const window = this.readWindow(cells);
    const channel = this.readChannel(cells);
    const outcome = this.readOutcome(cells);
    let id = this.readId(cells, line);
    const problems = this.p as Problems | null; // set by this.problem() above
    if (problems) {
      this.ctx.reporter.reject(line, problems.kinds, problems.reasons, cells);
      return;
    }
    const ticket = vals[TICKET];
    if (this.id.c >= 0) {
      const kept = this.firstOfDay(id, ticket, line, cells);
      if (kept === null) return;
      id = kept;
    }
    if (nextDay || acrossDays) this.ctx.reporter.line('midnight', line, warn.midnight(), warn.midnightMore);
    this.records.push({
      line,
      id,
      ticket,
      call: orNull(vals[CALL]),
      start: orNull(vals[START]),
      end: orNull(vals[END]),
      type,
      window,
      channel,
      outcome,
    });
  }

  /** A totals row (合计 in the first or the id column) is rejected as such. */
  private rejectTotal(cells: readonly string[], line: number): boolean {
    const { reporter } = this.ctx;
    const first = cell(cells, 0);
    if (!isTotal(first) && !(this.id.c > 0 && isTotal(cell(cells, this.id.c)))) return false;
    const t = isTotal(first) ? first : cell(cells, this.id.c);
    reporter.reject(line, ['total'], [reporter.reason('total', -1, msg.total(t), () => msg.total(t))], cells);
    return true;
  }

  /**
   * The date column and the four times into `vals` (minutes since 1970; NaN where empty or
   * unreadable, `bad` marking unreadable ones), `timeOnly` where a time of day took the date
   * column's day.
   */
  private readTimes(cells: readonly string[]): void {
    const { reporter } = this.ctx;
    const st = this.st;
    const vals = this.vals;
    let day = NaN;
    let dateText = '';
    if (this.date.c >= 0) {
      dateText = cell(cells, this.date.c);
      if (dateText !== '') {
        if (parseStamp(dateText, this.sctx, st) && (st.kind === DATE || st.kind === DATETIME)) day = st.day;
        else this.problem('datetime', this.date, () => msg.badDate(this.date.label, dateText));
      }
    }
    for (let i = 0; i < 4; i++) {
      vals[i] = NaN;
      this.timeOnly[i] = 0;
      this.bad[i] = 0;
      const { c, label } = this.times[i];
      const t = c < 0 ? '' : cell(cells, c);
      this.texts[i] = t;
      if (t === '') continue;
      if (!parseStamp(t, this.sctx, st)) {
        this.bad[i] = 1;
        this.problem('datetime', this.times[i], () => msg.badDateTime(label, t, this.date.c < 0));
        continue;
      }
      if (st.zone === 2) reporter.file('zone', warn.zone());
      if (st.kind === DATETIME) {
        vals[i] = st.day * MINUTES_PER_DAY + st.minutes;
      } else if (st.kind === TIME) {
        this.bad[i] = 1;
        if (this.date.c < 0) this.problem('datetime', this.times[i], () => msg.timeNoDate(label, t));
        else if (dateText === '')
          this.problem('missing', this.date, () => msg.missingDateFor(this.date.label, label, t));
        else if (!Number.isNaN(day)) {
          vals[i] = day * MINUTES_PER_DAY + st.minutes;
          this.timeOnly[i] = 1;
          this.bad[i] = 0;
        }
      } else {
        this.bad[i] = 1;
        this.problem('datetime', this.times[i], () => msg.dateNoTime(label, t));
      }
    }
  }

  /** Times of day more than 12 hours before the previous time are on the next day; true when one was. */
  private timesOfDayPastMidnight(): boolean {
    const vals = this.vals;
    let prev = NaN;
    let crossed = false;
    for (let i = 0; i < 4; i++) {
      const v = vals[i];
      if (Number.isNaN(v)) continue;
      if (this.timeOnly[i] && prev - v > 720) {
        vals[i] = v + MINUTES_PER_DAY;
        crossed = true;
      }
      prev = vals[i];
    }
    return crossed;
  }

  /** Durations and missing columns fill what the times leave open. */
  private fillTimes(cells: readonly string[]): void {
    const vals = this.vals;
    const wait = this.duration(cells, this.wait);
    const handle = this.duration(cells, this.handle);
    if (Number.isNaN(vals[CALL]) && !this.bad[CALL] && wait >= 0 && !Number.isNaN(vals[TICKET]))
      vals[CALL] = vals[TICKET] + wait;
    if (this.fillStart && Number.isNaN(vals[START])) vals[START] = vals[CALL];
    if (this.fillCall && Number.isNaN(vals[CALL])) vals[CALL] = vals[START];
    if (Number.isNaN(vals[END]) && !this.bad[END] && handle >= 0 && !Number.isNaN(vals[START]))
      vals[END] = vals[START] + handle;
  }

  /**
   * Ticket ≤ call ≤ start ≤ end (end before start: a negative duration); true when two of them fall
   * on different days.
   */
  private checkOrder(): boolean {
    const vals = this.vals;
    let prev = NaN;
    let prevI = -1;
    let crossed = false;
    for (let i = 0; i < 4; i++) {
      const v = vals[i];
      if (Number.isNaN(v)) continue;
      if (prevI >= 0) {
        if (v < prev) {
          const later = this.times[i].label;
          const earlier = this.times[prevI].label;
          const lt = this.texts[i] || fmtStamp(v);
          const et = this.texts[prevI] || fmtStamp(prev);
          const before = prev;
          if (i === END)
            this.problem('negative', this.times[i], () => msg.negative(later, lt, earlier, et, v - before));
          else this.problem('order', this.times[i], () => msg.order(later, lt, earlier, et));
        } else if (Math.floor(v / MINUTES_PER_DAY) !== Math.floor(prev / MINUTES_PER_DAY)) {
          crossed = true;
        }
      }
      prev = v;
      prevI = i;
    }
    return crossed;
  }

  /** The business type's id (the scenario's only type when the file has no type column). */
  private readType(cells: readonly string[]): string {
    const { types } = this.ctx;
    if (this.type.c < 0) return this.ctx.singleType ?? '';
    const t = cell(cells, this.type.c);
    if (t === '') {
      this.problem('missing', this.type, () => msg.missing(this.type.label));
      return this.ctx.singleType ?? '';
    }
    const id = types.resolve(t);
    if (id === null) {
      types.countUnknown(t);
      this.addProblem(
        'unknownType',
        types.reason(t, () => msg.unknownType(this.type.label, t, this.knownList)),
      );
    } else if (id === EXCLUDED) {
      this.addProblem(
        'excludedType',
        types.reason(t, () => msg.excludedType(this.type.label, t)),
      );
    } else {
      return id;
    }
    return this.ctx.singleType ?? '';
  }

  private readWindow(cells: readonly string[]): string | null {
    if (this.window < 0) return null;
    const t = cell(cells, this.window);
    if (t === '') return null;
    let window = this.windows.get(t) ?? null;
    if (window === null) this.windows.set((window = detach(t)), window);
    return window;
  }

  private readChannel(cells: readonly string[]): TicketChannel | null {
    if (this.channel.c < 0) return null;
    const t = cell(cells, this.channel.c);
    if (t === '') return null;
    const channel =
      this.channels.get(t) ?? (this.channels.has(t) ? null : this.cacheWord(this.channels, t, parseChannel(t)));
    if (channel === null) this.problem('channel', this.channel, () => msg.channel(this.channel.label, t));
    return channel;
  }

  /** The outcome word; a served ticket needs a start or an end when the file has those columns. */
  private readOutcome(cells: readonly string[]): TicketOutcome | null {
    if (this.outcome.c < 0) return null;
    const t = cell(cells, this.outcome.c);
    if (t === '') return null;
    const vals = this.vals;
    const outcome =
      this.outcomes.get(t) ?? (this.outcomes.has(t) ? null : this.cacheWord(this.outcomes, t, parseOutcome(t)));
    if (outcome === null) this.problem('outcome', this.outcome, () => msg.outcome(this.outcome.label, t));
    else if (
      (outcome === 'served' || outcome === 'transferred') &&
      (this.times[START].c >= 0 || this.times[END].c >= 0) &&
      Number.isNaN(vals[START]) &&
      Number.isNaN(vals[END]) &&
      !this.bad[START] &&
      !this.bad[END]
    ) {
      this.problem('served', this.outcome, () => msg.servedNoTimes(this.outcome.label, t));
    }
    return outcome;
  }

  /** The ticket id (the line number when the file has no id column). */
  private readId(cells: readonly string[], line: number): string {
    if (this.id.c < 0) return String(line);
    const id = cell(cells, this.id.c);
    if (id === '') this.problem('missing', this.id, () => msg.missing(this.id.label));
    return id;
  }

  /** The id kept for this ticket's day, or null when the day already had it (the row is rejected as a duplicate). */
  private firstOfDay(id: string, ticket: number, line: number, cells: readonly string[]): string | null {
    const { reporter } = this.ctx;
    const d = Math.floor(ticket / MINUTES_PER_DAY);
    let seen = this.seenMap;
    if (d !== this.seenDay || seen === null) {
      seen = this.seen.get(d) ?? null;
      if (seen === null) this.seen.set(d, (seen = new Map()));
      this.seenMap = seen;
      this.seenDay = d;
    }
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      reporter.reject(
        line,
        ['duplicate'],
        [reporter.reason('duplicate', this.id.c, this.id.label, () => msg.duplicate(this.id.label, id, d, firstLine))],
        cells,
      );
      return null;
    }
    const kept = detach(id);
    seen.set(kept, line);
    return kept;
  }

  /** The current row's problems (null while it has none). */
  private p: Problems | null = null;

  /** Records a problem of the current row with a column; the reason is made only when shown in full. */
  private problem(kind: RejectKind, col: { c: number; label: Localized }, make: () => Localized): void {
    this.addProblem(kind, this.ctx.reporter.reason(kind, col.c, col.label, make));
  }

  private addProblem(kind: RejectKind, reason: Localized): void {
    (this.p ??= new Problems()).add(kind, reason);
  }

  /** A duration cell in minutes: NaN when absent or empty; a problem is recorded when unreadable. */
  private duration(cells: readonly string[], col: { c: number; label: Localized; unit: DurationUnit }): number {
    if (col.c < 0) return NaN;
    const t = cell(cells, col.c);
    if (t === '') return NaN;
    const v = parseDuration(t, col.unit);
    if (v >= 0) return v;
    this.problem('duration', col, () => msg.duration(col.label, t));
    return NaN;
  }

  private cacheWord<T>(cache: Map<string, T | null>, key: string, value: T | null): T | null {
    cache.set(detach(key), value);
    return value;
  }
}
