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
import type { Localized } from '../scenario/scenario.ts';
import { fmtStamp, msg, warn } from './read-messages.ts';
import { cell, column, detach, isTotal, Problems, type ReaderContext } from './read-cells.ts';
import { EXCLUDED } from './read-types.ts';
import type { RejectKind } from './read-report.ts';
import type { TicketChannel, TicketOutcome, TicketRecord } from './records.ts';
import { headerUnit } from './columns.ts';
import { DATE, DATETIME, newStamp, parseStamp, TIME, type StampContext } from './values.ts';
import { parseDuration, type DurationUnit } from './values-numbers.ts';
import { parseChannel, parseOutcome } from './values-words.ts';
import { MINUTES_PER_DAY } from '../scenario/time.ts';

const TIME_FIELDS = ['ticket', 'call', 'start', 'end'] as const;

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
    this.fillStart = this.times[2].c < 0 && (this.times[1].c >= 0 || this.wait.c >= 0);
    this.fillCall = this.times[1].c < 0 && this.times[2].c >= 0;
    if (this.id.c < 0) r.file('noId', warn.noId());
    if (this.fillStart) r.file('noStart', warn.noStart());
    if (this.fillCall) r.file('noCall', warn.noCall());
    this.sctx = { order: ctx.order, compactTime: this.date.c >= 0 };
    this.knownList = ctx.types.knownList;
  }

  row(cells: string[], line: number): void {
    const { reporter, types } = this.ctx;
    const first = cell(cells, 0);
    if (isTotal(first) || (this.id.c > 0 && isTotal(cell(cells, this.id.c)))) {
      const t = isTotal(first) ? first : cell(cells, this.id.c);
      reporter.reject(line, ['total'], [reporter.reason('total', -1, msg.total(t), () => msg.total(t))], cells);
      return;
    }
    this.p = null;
    const st = this.st;
    const vals = this.vals;
    // The date column, for times of day.
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
        else if (dateText === '') this.problem('missing', this.date, () => msg.missingDateFor(this.date.label, label, t));
        else if (day === day) {
          vals[i] = day * MINUTES_PER_DAY + st.minutes;
          this.timeOnly[i] = 1;
          this.bad[i] = 0;
        }
      } else {
        this.bad[i] = 1;
        this.problem('datetime', this.times[i], () => msg.dateNoTime(label, t));
      }
    }
    if (this.texts[0] === '') this.problem('missing', this.times[0], () => msg.missing(this.times[0].label));
    // Times of day that fall more than 12 hours before the previous time are on the next day.
    let prev = NaN;
    let crossed = false;
    for (let i = 0; i < 4; i++) {
      const v = vals[i];
      if (v !== v) continue;
      if (this.timeOnly[i] && prev - v > 720) {
        vals[i] = v + MINUTES_PER_DAY;
        crossed = true;
      }
      prev = vals[i];
    }
    // Durations and missing columns fill what the times leave open.
    const w = this.duration(cells, this.wait);
    const h = this.duration(cells, this.handle);
    if (vals[1] !== vals[1] && !this.bad[1] && w >= 0 && vals[0] === vals[0]) vals[1] = vals[0] + w;
    if (this.fillStart && vals[2] !== vals[2]) vals[2] = vals[1];
    if (this.fillCall && vals[1] !== vals[1]) vals[1] = vals[2];
    if (vals[3] !== vals[3] && !this.bad[3] && h >= 0 && vals[2] === vals[2]) vals[3] = vals[2] + h;
    // Order: ticket ≤ call ≤ start ≤ end (end before start: a negative duration).
    prev = NaN;
    let prevI = -1;
    for (let i = 0; i < 4; i++) {
      const v = vals[i];
      if (v !== v) continue;
      if (prevI >= 0) {
        if (v < prev) {
          const later = this.times[i].label;
          const earlier = this.times[prevI].label;
          const lt = this.texts[i] || fmtStamp(v);
          const et = this.texts[prevI] || fmtStamp(prev);
          if (i === 3) this.problem('negative', this.times[i], () => msg.negative(later, lt, earlier, et, v - prev));
          else this.problem('order', this.times[i], () => msg.order(later, lt, earlier, et));
        } else if (Math.floor(v / MINUTES_PER_DAY) !== Math.floor(prev / MINUTES_PER_DAY)) {
          crossed = true;
        }
      }
      prev = v;
      prevI = i;
    }
    // Business type.
    let type = this.ctx.singleType ?? '';
    if (this.type.c >= 0) {
      const t = cell(cells, this.type.c);
      if (t === '') this.problem('missing', this.type, () => msg.missing(this.type.label));
      else {
        const id = types.resolve(t);
        if (id === null) {
          types.countUnknown(t);
          this.addProblem('unknownType', types.reason(t, () => msg.unknownType(this.type.label, t, this.knownList)));
        } else if (id === EXCLUDED) {
          this.addProblem('excludedType', types.reason(t, () => msg.excludedType(this.type.label, t)));
        } else {
          type = id;
        }
      }
    }
    // Window, channel, outcome.
    let window: string | null = null;
    if (this.window >= 0) {
      const t = cell(cells, this.window);
      if (t !== '') {
        window = this.windows.get(t) ?? null;
        if (window === null) this.windows.set((window = detach(t)), window);
      }
    }
    let channel: TicketChannel | null = null;
    if (this.channel.c >= 0) {
      const t = cell(cells, this.channel.c);
      if (t !== '') {
        channel = this.channels.get(t) ?? (this.channels.has(t) ? null : this.cacheWord(this.channels, t, parseChannel(t)));
        if (channel === null) this.problem('channel', this.channel, () => msg.channel(this.channel.label, t));
      }
    }
    let outcome: TicketOutcome | null = null;
    if (this.outcome.c >= 0) {
      const t = cell(cells, this.outcome.c);
      if (t !== '') {
        outcome = this.outcomes.get(t) ?? (this.outcomes.has(t) ? null : this.cacheWord(this.outcomes, t, parseOutcome(t)));
        if (outcome === null) this.problem('outcome', this.outcome, () => msg.outcome(this.outcome.label, t));
        else if (
          (outcome === 'served' || outcome === 'transferred') &&
          (this.times[2].c >= 0 || this.times[3].c >= 0) &&
          vals[2] !== vals[2] && vals[3] !== vals[3] && !this.bad[2] && !this.bad[3]
        ) {
          this.problem('served', this.outcome, () => msg.servedNoTimes(this.outcome.label, t));
        }
      }
    }
    // Ticket id, unique per day.
    let id: string;
    if (this.id.c >= 0) {
      id = cell(cells, this.id.c);
      if (id === '') this.problem('missing', this.id, () => msg.missing(this.id.label));
    } else {
      id = String(line);
    }
    const problems = this.p as Problems | null; // set by this.problem() above
    if (problems) {
      reporter.reject(line, problems.kinds, problems.reasons, cells);
      return;
    }
    const ticket = vals[0];
    if (this.id.c >= 0) {
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
        reporter.reject(line, ['duplicate'], [reporter.reason('duplicate', this.id.c, this.id.label, () => msg.duplicate(this.id.label, id, d, firstLine))], cells);
        return;
      }
      id = detach(id);
      seen.set(id, line);
    }
    if (crossed) reporter.line('midnight', line, warn.midnight(), warn.midnightMore);
    this.records.push({
      line,
      id,
      ticket,
      call: vals[1] === vals[1] ? vals[1] : null,
      start: vals[2] === vals[2] ? vals[2] : null,
      end: vals[3] === vals[3] ? vals[3] : null,
      type,
      window,
      channel,
      outcome,
    });
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
