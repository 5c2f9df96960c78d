/**
 * A queue-system ticket log (排队叫号系统) of a replication, as the hall's ticketing system would
 * export it: one row per ticket taken at a window line, with when it was taken, called, served
 * and finished, the business type, the window, the channel and the outcome; plus the booked
 * appointments nobody came to. Recorded only on request (`runReplication(..., { ticketLog: true })`),
 * for the synthetic history in data/history and the import round-trip tests.
 *
 * Times are minutes from the start of the horizon. The call is the start of service (the model
 * has no walk to the window). A served non-immediate matter is "transferred" (first inquiry:
 * accepted at the window, handed to the back office). Only taxpayers counted in the statistics
 * (after the warm-up) are logged.
 */
import type { Resolved } from './resolve.ts';
import { APPOINTMENT, STAGGERED } from './taxpayers.ts';

export type LogChannel = 'walkIn' | 'appointment' | 'staggered' | 'green';
export type LogOutcome = 'served' | 'abandoned' | 'noShow' | 'transferred';

export interface TicketRow {
  /** Ticket number, in the order tickets were taken. */
  id: number;
  ticket: number;
  call: number | null;
  start: number | null;
  end: number | null;
  /** Business type id. */
  type: string;
  /** Window group id and window number (1-based); null when nobody served the ticket. */
  group: string | null;
  window: number | null;
  channel: LogChannel;
  outcome: LogOutcome;
  /**
   * When an abandoned taxpayer left the line; null otherwise. A real system does not know it (it
   * calls the number later and finds nobody): the synthetic history writes it as that call.
   */
  left: number | null;
}

export class TicketLogRecorder {
  readonly rows: TicketRow[] = [];
  /**
   * Row of each taxpayer in a line now, by taxpayer id (ids are small and reused, rows are not):
   * an array rather than a Map, looked up three times a ticket.
   */
  private readonly open: (TicketRow | null)[] = [];
  private next = 1;

  constructor(private readonly r: Resolved) {}

  joined(taxpayer: number, time: number, type: number, channel: number, group: number): void {
    const g = this.r.groups[group];
    const row: TicketRow = {
      id: this.next++,
      ticket: time,
      call: null,
      start: null,
      end: null,
      type: this.r.types[type].id,
      group: null,
      window: null,
      channel:
        channel === APPOINTMENT
          ? 'appointment'
          : channel === STAGGERED
            ? g.kind === 'green'
              ? 'green'
              : 'staggered'
            : 'walkIn',
      outcome: 'abandoned',
      left: null,
    };
    this.rows.push(row);
    while (this.open.length <= taxpayer) this.open.push(null);
    this.open[taxpayer] = row;
  }

  started(taxpayer: number, time: number, group: number, window: number): void {
    const row = this.open[taxpayer];
    if (!row) return;
    row.call = time;
    row.start = time;
    row.group = this.r.groups[group].id;
    row.window = window + 1;
  }

  finished(taxpayer: number, time: number, transferred: boolean): void {
    const row = this.open[taxpayer];
    if (!row) return;
    row.end = time;
    row.outcome = transferred ? 'transferred' : 'served';
    this.open[taxpayer] = null;
  }

  abandoned(taxpayer: number, time: number): void {
    const row = this.open[taxpayer];
    if (row) row.left = time;
    if (taxpayer < this.open.length) this.open[taxpayer] = null;
  }

  /**
   * The log, with the bookings nobody came to (after the warm-up) merged in by time: in order of
   * ticket time, a no-show before the tickets taken at its slot's start, then renumbered. The
   * tickets are already in that order (taken as the clock runs), so only the no-shows are
   * sorted, and merged in.
   */
  finish(noShows: readonly { type: number; channel: number; slot: number }[]): TicketRow[] {
    const missed: TicketRow[] = [];
    for (const n of noShows) {
      if (n.slot < this.r.warmupEnd) continue;
      missed.push({
        id: 0,
        ticket: n.slot,
        call: null,
        start: null,
        end: null,
        type: this.r.types[n.type].id,
        group: null,
        window: null,
        channel: n.channel === APPOINTMENT ? 'appointment' : 'staggered',
        outcome: 'noShow',
        left: null,
      });
    }
    missed.sort((a, b) => a.ticket - b.ticket); // stable: equal slots keep their order
    const rows = this.rows;
    const out: TicketRow[] = [];
    let k = 0;
    for (const row of rows) {
      while (k < missed.length && missed[k].ticket <= row.ticket) out.push(missed[k++]);
      out.push(row);
    }
    while (k < missed.length) out.push(missed[k++]);
    out.forEach((row, i) => (row.id = i + 1));
    return out;
  }
}
