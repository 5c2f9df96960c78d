/**
 * Ticket records → typed columns, once: the fit then works on flat arrays (a million rows take
 * about 60 MB here, and every later pass is a loop over numbers, not objects).
 *
 * Business types are matched to the scenario's by id, Chinese or English name (case and spaces
 * ignored) or an explicit map; rows of unknown types are kept out and listed. Windows are numbered
 * in order of appearance; a window whose name says it is a kiosk (自助, 终端, kiosk), or one listed as
 * a kiosk, marks a kiosk row. A missing outcome is inferred from the times: started → served; a
 * booking never called → no-show; otherwise abandoned. A missing channel means walk-in.
 */
import { echo } from './echo.ts';
import { type Localized, MINUTES_PER_DAY, type Scenario } from '../scenario/index.ts';
import type { TicketRecord } from './records.ts';

export const WALK_IN = 0;
export const APPOINTMENT = 1;
export const STAGGERED = 2;
export const GREEN = 3;
export const SERVED = 0;
export const TRANSFERRED = 1;
export const ABANDONED = 2;
export const NO_SHOW = 3;

const CHANNEL_CODE = { walkIn: WALK_IN, appointment: APPOINTMENT, staggered: STAGGERED, green: GREEN } as const;
const OUTCOME_CODE = { served: SERVED, transferred: TRANSFERRED, abandoned: ABANDONED, noShow: NO_SHOW } as const;

export interface ColumnOptions {
  /** File value → scenario type id, for names the scenario does not know. */
  typeMap?: Record<string, string>;
  /** Windows (as written) that are self-service kiosks. Default: those whose name contains 自助, 终端 or "kiosk". */
  kioskWindows?: string[];
}

export interface TicketColumns {
  n: number;
  line: Int32Array;
  /** Day number of the ticket (days since 1970-01-01). */
  day: Int32Array;
  /** Minutes of the day the ticket was taken. */
  tod: Float64Array;
  /** start − ticket; NaN when never started. */
  wait: Float64Array;
  /** For an abandoned ticket: (call, else end) − ticket, when it was found gone; NaN otherwise. */
  gone: Float64Array;
  /** end − start; NaN without both. */
  service: Float64Array;
  /** Start of service, minutes from the ticket's midnight; NaN when not started. */
  start: Float64Array;
  /** Scenario type index. */
  type: Int16Array;
  channel: Int8Array;
  outcome: Int8Array;
  /** Index into `windows`; −1 when none. */
  window: Int32Array;
  kiosk: Uint8Array;
  windows: string[];
  /** Whether any row had a channel, an outcome. */
  hasChannel: boolean;
  hasOutcome: boolean;
  unknownTypes: { value: string; rows: number; firstLine: number }[];
  /** Rows kept out, by reason. */
  excluded: { reason: Localized; rows: number; firstLine: number | null }[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const KIOSK_RE = /自助|终端|kiosk/i;

/** Maps file values to type indices: ids, names in both languages, then the explicit map. */
export function typeMatcher(s: Scenario, typeMap: Record<string, string> = {}): (value: string) => number {
  const index = new Map<string, number>();
  s.types.forEach((t, i) => {
    for (const key of [t.id, t.name.zh, t.name.en]) if (!index.has(norm(key))) index.set(norm(key), i);
  });
  for (const [value, id] of Object.entries(typeMap)) {
    const i = s.types.findIndex((t) => t.id === id);
    if (i >= 0) index.set(norm(value), i);
  }
  const cache = new Map<string, number>();
  return (value) => {
    let i = cache.get(value);
    if (i === undefined) {
      i = index.get(norm(value)) ?? -1;
      cache.set(value, i);
    }
    return i;
  };
}

export function ticketColumns(
  records: readonly TicketRecord[],
  s: Scenario,
  options: ColumnOptions = {},
): TicketColumns {
  const N = records.length;
  const c: TicketColumns = {
    n: 0,
    line: new Int32Array(N),
    day: new Int32Array(N),
    tod: new Float64Array(N),
    wait: new Float64Array(N),
    gone: new Float64Array(N),
    service: new Float64Array(N),
    start: new Float64Array(N),
    type: new Int16Array(N),
    channel: new Int8Array(N),
    outcome: new Int8Array(N),
    window: new Int32Array(N),
    kiosk: new Uint8Array(N),
    windows: [],
    hasChannel: false,
    hasOutcome: false,
    unknownTypes: [],
    excluded: [],
  };
  const matchType = typeMatcher(s, options.typeMap);
  const listed = options.kioskWindows ? new Set(options.kioskWindows) : null;
  const isKiosk = (w: string) => (listed ? listed.has(w) : KIOSK_RE.test(w));
  const windowIndex = new Map<string, number>();
  const kioskWindow: boolean[] = [];
  const unknown = new Map<string, { rows: number; firstLine: number }>();
  let k = 0;
  for (let i = 0; i < N; i++) {
    const r = records[i];
    const type = matchType(r.type);
    if (type < 0) {
      const u = unknown.get(r.type);
      if (u) u.rows++;
      else unknown.set(r.type, { rows: 1, firstLine: r.line });
      continue;
    }
    const day = Math.floor(r.ticket / MINUTES_PER_DAY);
    c.line[k] = r.line;
    c.day[k] = day;
    c.tod[k] = r.ticket - day * MINUTES_PER_DAY;
    c.type[k] = type;
    const channel = r.channel === null ? WALK_IN : CHANNEL_CODE[r.channel];
    if (r.channel !== null) c.hasChannel = true;
    c.channel[k] = channel;
    let outcome: number;
    if (r.outcome !== null) {
      c.hasOutcome = true;
      outcome = OUTCOME_CODE[r.outcome];
    } else if (r.start !== null) outcome = SERVED;
    else if (channel !== WALK_IN && r.call === null) outcome = NO_SHOW;
    else outcome = ABANDONED;
    c.outcome[k] = outcome;
    c.wait[k] = r.start !== null && outcome !== NO_SHOW ? r.start - r.ticket : NaN;
    c.start[k] = r.start !== null ? r.start - day * MINUTES_PER_DAY : NaN;
    c.service[k] = r.start !== null && r.end !== null ? r.end - r.start : NaN;
    const goneAt = r.call ?? r.end;
    c.gone[k] = outcome === ABANDONED && goneAt !== null ? goneAt - r.ticket : NaN;
    if (r.window !== null && r.window !== '') {
      let w = windowIndex.get(r.window);
      if (w === undefined) {
        w = c.windows.length;
        windowIndex.set(r.window, w);
        c.windows.push(r.window);
        kioskWindow.push(isKiosk(r.window));
      }
      c.window[k] = w;
      c.kiosk[k] = kioskWindow[w] ? 1 : 0;
    } else c.window[k] = -1;
    k++;
  }
  c.n = k;
  for (const [value, u] of unknown) c.unknownTypes.push({ value, ...u });
  c.unknownTypes.sort((a, b) => b.rows - a.rows);
  const unknownRows = c.unknownTypes.reduce((a, u) => a + u.rows, 0);
  if (unknownRows > 0) {
    c.excluded.push({
      reason: {
        en: `business type not in the scenario (${c.unknownTypes
          .slice(0, 5)
          .map((u) => JSON.stringify(echo(u.value).en))
          .join(', ')}${c.unknownTypes.length > 5 ? ', …' : ''}); map it to a type to use these rows`,
        zh: `业务类型不在场景中（${c.unknownTypes
          .slice(0, 5)
          .map((u) => `“${echo(u.value).zh}”`)
          .join('、')}${c.unknownTypes.length > 5 ? '等' : ''}）；将其对应到某一业务类型后方可使用`,
      },
      rows: unknownRows,
      firstLine: Math.min(...c.unknownTypes.map((u) => u.firstLine)),
    });
  }
  return c;
}
