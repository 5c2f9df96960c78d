/**
 * Rows of a volumes file (date, optional hour or interval, optional business type, count) →
 * checked VolumeRecords. A row is rejected when its date or count is empty or unreadable, its
 * count is not a whole number >= 0, its hour is empty (when the file has an hour column) or
 * unreadable, or its business type is unknown to the scenario. Totals rows (合计, 小计, Total)
 * are rejected as such.
 *
 * Intervals written by their start only (09:00, 09:30, ...) last the file's step: the smallest
 * gap between the starts found. A date-and-time column without an hour column gives the start;
 * when every such time is midnight the counts are whole-day counts.
 */
import { formatIsoDate, type Localized, MINUTES_PER_DAY } from '../scenario/index.ts';
import { cell, column, isTotal, Problems, type ReaderContext } from './read-cells.ts';
import { msg, warn } from './read-messages.ts';
import type { RejectKind } from './read-report.ts';
import { EXCLUDED } from './read-types.ts';
import type { VolumeRecord } from './records.ts';
import { DATE, DATETIME, newStamp, parseStamp, type StampContext } from './values.ts';
import { parseCount, parseInterval, type Interval } from './values-numbers.ts';

export class VolumeReader {
  readonly records: VolumeRecord[] = [];
  private readonly date: { c: number; label: Localized };
  private readonly hour: { c: number; label: Localized };
  private readonly type: { c: number; label: Localized };
  private readonly count: { c: number; label: Localized };
  private readonly sctx: StampContext;
  private readonly st = newStamp();
  private readonly iv: Interval = { start: NaN, end: NaN };
  private readonly keys = new Map<string, number>();
  private p: Problems | null = null;

  constructor(private readonly ctx: ReaderContext) {
    this.date = column(ctx, 'date');
    this.hour = column(ctx, 'hour');
    this.type = column(ctx, 'type');
    this.count = column(ctx, 'count');
    this.sctx = { order: ctx.order, compactTime: false };
  }

  /** Records a problem of the current row with a column; the reason is made only when shown in full. */
  private problem(kind: RejectKind, col: { c: number; label: Localized }, make: () => Localized): void {
    this.addProblem(kind, this.ctx.reporter.reason(kind, col.c, col.label, make));
  }

  private addProblem(kind: RejectKind, reason: Localized): void {
    (this.p ??= new Problems()).add(kind, reason);
  }

  row(cells: string[], line: number): void {
    const { reporter, types } = this.ctx;
    for (const c of [0, this.date.c, this.hour.c, this.type.c]) {
      const t = cell(cells, c);
      if (isTotal(t)) {
        reporter.reject(line, ['total'], [reporter.reason('total', -1, msg.total(t), () => msg.total(t))], cells);
        return;
      }
    }
    this.p = null;
    const st = this.st;
    let day = NaN;
    let start: number | null = null;
    let end: number | null = null;
    const dt = cell(cells, this.date.c);
    if (dt === '') this.problem('missing', this.date, () => msg.missing(this.date.label));
    else if (parseStamp(dt, this.sctx, st) && (st.kind === DATE || st.kind === DATETIME)) {
      day = st.day;
      if (st.kind === DATETIME && this.hour.c < 0) start = st.minutes;
    } else this.problem('datetime', this.date, () => msg.badDate(this.date.label, dt));
    if (this.hour.c >= 0) {
      const t = cell(cells, this.hour.c);
      if (t === '') this.problem('missing', this.hour, () => msg.missing(this.hour.label));
      else if (parseInterval(t, this.sctx, this.iv, st)) {
        start = this.iv.start;
        end = this.iv.end === this.iv.end ? this.iv.end : null;
      } else this.problem('interval', this.hour, () => msg.interval(this.hour.label, t));
    }
    let type: string | null = null;
    if (this.type.c >= 0) {
      const t = cell(cells, this.type.c);
      if (t === '') this.problem('missing', this.type, () => msg.missing(this.type.label));
      else {
        const id = types.resolve(t);
        if (id === null) {
          types.countUnknown(t);
          this.addProblem(
            'unknownType',
            types.reason(t, () => msg.unknownType(this.type.label, t, types.knownList)),
          );
        } else if (id === EXCLUDED)
          this.addProblem(
            'excludedType',
            types.reason(t, () => msg.excludedType(this.type.label, t)),
          );
        else type = id;
      }
    } else if (this.ctx.singleType) {
      type = this.ctx.singleType;
    }
    const ct = cell(cells, this.count.c);
    const count = parseCount(ct);
    if (ct === '') this.problem('missing', this.count, () => msg.missing(this.count.label));
    else if (!(count >= 0)) this.problem('count', this.count, () => msg.count(this.count.label, ct));
    const problems = this.p as Problems | null; // set by this.problem() above
    if (problems) {
      reporter.reject(line, problems.kinds, problems.reasons, cells);
      return;
    }
    const key = `${day}|${start}|${type}`;
    const first = this.keys.get(key);
    if (first === undefined) this.keys.set(key, line);
    else {
      const what = [
        formatIsoDate(day),
        start === null ? '' : `${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')}`,
        type ?? '',
      ]
        .filter((s) => s !== '')
        .join(' ');
      reporter.line('volumeTwice', line, warn.volumeTwice(what, first), warn.volumeTwiceMore);
    }
    this.records.push({ line, day, start, end, type, count });
  }

  /** Ends of intervals written by their start only; whole days when every time was midnight. */
  finish(): VolumeRecord[] {
    const recs = this.records;
    if (this.hour.c < 0 && recs.every((r) => r.start === null || r.start === 0)) {
      for (const r of recs) r.start = r.end = null;
      return recs;
    }
    if (!recs.some((r) => r.start !== null && r.end === null)) return recs;
    const starts = [...new Set(recs.filter((r) => r.start !== null).map((r) => r.start!))].sort((a, b) => a - b);
    let step = Infinity;
    for (let i = 1; i < starts.length; i++) step = Math.min(step, starts[i] - starts[i - 1]);
    if (step === Infinity) {
      step = 60;
      this.ctx.reporter.file('step', warn.stepGuess());
    } else {
      step = Math.round(step * 60) / 60;
      this.ctx.reporter.file('step', warn.step(step));
    }
    for (const r of recs) if (r.start !== null && r.end === null) r.end = Math.min(r.start + step, MINUTES_PER_DAY);
    return recs;
  }
}
