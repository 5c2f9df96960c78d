/**
 * What came, day by day, in the scenario's units: "visitors" are the hall's demand before the
 * model's own diversions, so that the fitted scenario, run, gives back the rows the file shows.
 *
 * From a ticket log: walk-in tickets at windows, scaled up by the kiosk diversion when kiosk use
 * is not logged (the scenario sends that share of kiosk-able walk-ins to the kiosks, and they
 * never reach a window), plus logged kiosk rows, plus every booking (appointment rows, no-shows
 * included: the model books them and then draws the no-shows); staggered (错峰) bookings are
 * demand of the peak days they were moved from, so under the scenario's staggered policy each
 * one is spread evenly over the peak days that follow it within a month (as the model moves
 * them); the expected returns of those who gave up (the scenario's returnShare, spread over the
 * next working days as the model spreads them) are taken out of the walk-ins of those days.
 * The intraday profile counts walk-in and appointment tickets by the time they were taken.
 *
 * From a volumes file: the counts (tickets taken), scaled up by the kiosk diversion of walk-ins
 * and the bookings nobody came to, with the base scenario's shares.
 */
import { formatTimeOfDay, type Localized, MINUTES_PER_DAY, parseTimeOfDay, type Scenario } from '../scenario/index.ts';
import { APPOINTMENT, NO_SHOW, WALK_IN, ABANDONED, type TicketColumns, typeMatcher } from './fit-columns.ts';
import { isPeak, type HistoryCalendar } from './fit-calendar.ts';
import type { VolumeRecord } from './records.ts';

export interface Piece {
  start: number;
  end: number;
}

export interface ArrivalData {
  typeCount: number;
  days: number;
  /** Visitors per day (index day − firstDay). */
  visitors: Float64Array;
  /** Visitors per day and type (days × types), when the file has types. */
  visitorsByType: Float64Array | null;
  /** Rows behind the visitors per day and type (days × types), before any scaling. */
  rawByType: Float64Array | null;
  /** Bookings (appointment rows, no-shows included) over the whole history, by type. */
  booked: Float64Array;
  /** Rows per day, as read. */
  rows: Float64Array;
  /** Pieces of the day the intraday counts are kept in; null when the file has no times of day. */
  pieces: Piece[] | null;
  /** Walk-in and appointment tickets per day and piece (days × pieces). */
  profile: Float64Array | null;
  /** Tickets per type, day and piece (types × days × pieces), for the rate table. */
  typePiece: Float64Array | null;
  note: Localized;
  warnings: Localized[];
}

/** Kiosk diversion by type: the share of walk-ins the scenario sends to the hall's kiosks. */
export function kioskDiversion(s: Scenario): Float64Array {
  const out = new Float64Array(s.types.length);
  const hasHallSite = (s.kiosks?.sites ?? []).some((x) => x.kind === 'hall' && x.kiosks > 0);
  if (!hasHallSite) return out;
  const choice = s.kiosks?.choiceShare ?? 0.4;
  s.types.forEach((t, i) => (out[i] = t.kiosk ? (t.kiosk.eligibleShare ?? 1) * choice : 0));
  return out;
}

/** The scenario's intervals over the whole day (pieces of `intervalMinutes`). */
export function dayGrid(s: Scenario): Piece[] {
  const L = s.calendar.intervalMinutes ?? 30;
  return Array.from({ length: MINUTES_PER_DAY / L }, (_, k) => ({ start: k * L, end: (k + 1) * L }));
}

export function ticketVisitors(
  s: Scenario,
  cols: TicketColumns,
  hc: HistoryCalendar,
  divert: 'base' | 'none',
): ArrivalData {
  const T = s.types.length;
  const D = hc.days;
  const grid = dayGrid(s);
  const P = grid.length;
  const L = grid[0].end;
  const close = parseTimeOfDay(s.calendar.close)!;
  const lastPiece = Math.ceil(close / L) - 1;
  const logged = cols.kiosk.some((x) => x === 1);
  const k = logged || divert === 'none' ? new Float64Array(T) : kioskDiversion(s);
  const returnShare = s.behaviour?.returnShare ?? 0;
  const walk = new Float64Array(D * T);
  const gaveUp = new Float64Array(D * T);
  const visitors = new Float64Array(D);
  const byType = new Float64Array(D * T);
  const raw = new Float64Array(D * T);
  const booked = new Float64Array(T);
  const staggered = new Float64Array(D * T);
  const rows = new Float64Array(D);
  const profile = new Float64Array(D * P);
  const typePiece = new Float64Array(T * D * P);
  let late = 0;
  for (let i = 0; i < cols.n; i++) {
    const d = cols.day[i] - hc.firstDay;
    const t = cols.type[i];
    const ch = cols.channel[i];
    const out = cols.outcome[i];
    rows[d]++;
    raw[d * T + t]++;
    if (out === ABANDONED) gaveUp[d * T + t]++;
    if (cols.kiosk[i]) {
      byType[d * T + t]++;
      continue;
    }
    if (ch === WALK_IN) walk[d * T + t]++;
    else if (ch === APPOINTMENT) {
      byType[d * T + t]++;
      booked[t]++;
    } else staggered[d * T + t]++;
    if (out === NO_SHOW) continue;
    let p = Math.floor(cols.tod[i] / L);
    if (p > lastPiece) {
      p = lastPiece;
      late++;
    }
    typePiece[(t * D + d) * P + p]++;
    if (ch === WALK_IN || ch === APPOINTMENT) profile[d * P + p]++;
  }
  // Those who gave up and came back are walk-ins twice: as the model sends them back (returnShare
  // of them, evenly over the next returnWithinDays working days), they are taken out again.
  let returned = 0;
  if (returnShare > 0) {
    const within = s.behaviour?.returnWithinDays ?? 3;
    for (let d = 0; d < D; d++) {
      for (let j = 1; j <= within; j++) {
        const r = hc.calendar.workingDayAfter(d, j);
        if (r >= D) break;
        for (let t = 0; t < T; t++) {
          const back = Math.min(walk[r * T + t], (returnShare * gaveUp[d * T + t]) / within);
          walk[r * T + t] -= back;
          returned += back;
        }
      }
    }
  }
  for (let j = 0; j < D * T; j++) byType[j] += walk[j] / (1 - k[j % T]);
  // Staggered bookings go back to the peak days they were moved from.
  let unplaced = 0;
  for (let d = 0; d < D; d++) {
    const peaks: number[] = [];
    if (s.staggered) for (let p = d + 1; p < Math.min(D, d + 32); p++) if (isPeak(s, hc, p)) peaks.push(p);
    for (let t = 0; t < T; t++) {
      const n = staggered[d * T + t];
      if (n === 0) continue;
      if (peaks.length === 0) {
        byType[d * T + t] += n;
        booked[t] += n;
        if (s.staggered) unplaced += n;
      } else for (const p of peaks) byType[p * T + t] += n / peaks.length;
    }
  }
  for (let d = 0; d < D; d++) for (let t = 0; t < T; t++) visitors[d] += byType[d * T + t];
  const warnings: Localized[] = [];
  if (late > 0)
    warnings.push({
      en: `${late} ticket(s) taken after closing time are counted in the last interval before closing`,
      zh: `${late} 张闭厅后取的号计入闭厅前最后一个时段`,
    });
  if (unplaced > 0) {
    warnings.push({
      en: `${unplaced} staggered booking(s) have no peak day after them in the history; counted as bookings of the day they came`,
      zh: `${unplaced} 个错峰预约之后在历史数据中没有高峰日，按到厅当日的预约计`,
    });
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const maxK = Math.max(0, ...k);
  const note: Localized = {
    en:
      'Visitors = ' +
      (returned > 0
        ? `(walk-in tickets − ${Math.round(returned)} expected returns of those who gave up, returnShare ${returnShare})`
        : 'walk-in tickets') +
      (logged
        ? ' + kiosk rows'
        : maxK > 0
          ? ` ÷ (1 − the scenario's kiosk diversion of the type, up to ${pct(maxK)})`
          : '') +
      ' + appointment bookings (no-shows included)' +
      (s.staggered
        ? ' + staggered bookings, moved back to the peak days after them'
        : ' + staggered bookings on the day they came') +
      '.',
    zh:
      '来访人数 = ' +
      (returned > 0
        ? `（现场取号数 − 弃号后预计再次来厅的 ${Math.round(returned)} 人，再次来厅比例 ${returnShare}）`
        : '现场取号数') +
      (logged ? ' + 自助终端记录数' : maxK > 0 ? ` ÷（1 − 场景中该类型分流至自助终端的比例，最高 ${pct(maxK)}）` : '') +
      ' + 预约数（含未到）' +
      (s.staggered ? ' + 错峰预约数（计回其后的高峰日）' : ' + 错峰预约数（计入到厅当日）') +
      '。',
  };
  return {
    typeCount: T,
    days: D,
    visitors,
    visitorsByType: byType,
    rawByType: raw,
    booked,
    rows,
    pieces: grid,
    profile,
    typePiece,
    note,
    warnings,
  };
}

/** Rows of a volumes file per day (index day − firstDay), for the calendar. */
export function volumeRowsPerDay(records: readonly VolumeRecord[], firstDay: number, days: number): Float64Array {
  const out = new Float64Array(days);
  for (const r of records) out[r.day - firstDay] += r.count;
  return out;
}

export function volumeVisitors(
  s: Scenario,
  records: readonly VolumeRecord[],
  hc: HistoryCalendar,
  divert: 'base' | 'none',
  typeMap?: Record<string, string>,
): ArrivalData & { unknown: { value: string; rows: number; firstLine: number }[] } {
  const T = s.types.length;
  const D = hc.days;
  const hasTypes = records.some((r) => r.type !== null);
  const match = typeMatcher(s, typeMap);
  const k = divert === 'none' ? new Float64Array(T) : kioskDiversion(s);
  const a = s.appointments?.share ?? 0;
  const noShow = s.appointments?.noShow ?? 0;
  // A volume counts tickets at windows: walk-ins (1 − a) not sent to a kiosk, bookings (a) who came.
  const scaleOf = (t: number) => 1 / (a * (1 - noShow) + (1 - a) * (1 - t));
  let meanK = 0;
  s.types.forEach((ty, i) => (meanK += ty.share * k[i]));
  const scaled = meanK > 0 || a * noShow > 0;
  const ranges = new Map<string, Piece>();
  const rangedDay = new Uint8Array(D);
  for (const r of records) {
    if (r.start !== null && r.end !== null) {
      ranges.set(`${r.start}-${r.end}`, { start: r.start, end: r.end });
      rangedDay[r.day - hc.firstDay] = 1;
    }
  }
  let pieces: Piece[] | null = [...ranges.values()].sort((x, y) => x.start - y.start);
  const warnings: Localized[] = [];
  for (let i = 1; i < pieces.length; i++) {
    if (pieces[i].start < pieces[i - 1].end) {
      warnings.push({
        en: `the file's time ranges overlap (${formatTimeOfDay(pieces[i - 1].start)}–${formatTimeOfDay(pieces[i - 1].end)} and ${formatTimeOfDay(pieces[i].start)}–${formatTimeOfDay(pieces[i].end)}); no intraday profile is fitted`,
        zh: `文件中的时段相互重叠（${formatTimeOfDay(pieces[i - 1].start)}–${formatTimeOfDay(pieces[i - 1].end)} 与 ${formatTimeOfDay(pieces[i].start)}–${formatTimeOfDay(pieces[i].end)}），不拟合日内分布`,
      });
      pieces = null;
      break;
    }
  }
  if (pieces && pieces.length === 0) pieces = null;
  const P = pieces?.length ?? 0;
  const pieceIndex = new Map(pieces?.map((p, i) => [`${p.start}-${p.end}`, i]) ?? []);
  const visitors = new Float64Array(D);
  const byType = hasTypes ? new Float64Array(D * T) : null;
  const raw = hasTypes ? new Float64Array(D * T) : null;
  const rows = new Float64Array(D);
  const profile = pieces ? new Float64Array(D * P) : null;
  const typePiece = pieces && hasTypes ? new Float64Array(T * D * P) : null;
  const unknown = new Map<string, { rows: number; firstLine: number }>();
  let mixed = 0;
  for (const r of records) {
    const d = r.day - hc.firstDay;
    const ranged = r.start !== null && r.end !== null;
    if (rangedDay[d] && !ranged) {
      mixed++;
      continue;
    }
    let t = -1;
    if (hasTypes) {
      t = r.type === null ? -1 : match(r.type);
      if (t < 0) {
        const key = r.type ?? '';
        const u = unknown.get(key);
        if (u) u.rows++;
        else unknown.set(key, { rows: 1, firstLine: r.line });
        continue;
      }
    }
    rows[d] += r.count;
    const v = r.count * (t >= 0 ? scaleOf(k[t]) : scaleOf(meanK));
    visitors[d] += v;
    if (byType && raw && t >= 0) {
      byType[d * T + t] += v;
      raw[d * T + t] += r.count;
    }
    if (ranged && profile) {
      const p = pieceIndex.get(`${r.start}-${r.end}`)!;
      profile[d * P + p] += r.count;
      if (typePiece && t >= 0) typePiece[(t * D + d) * P + p] += r.count;
    }
  }
  if (mixed > 0) {
    warnings.push({
      en: `${mixed} whole-day row(s) on days that also have rows by time of day are left out (they would count the day twice)`,
      zh: `${mixed} 行全日合计与同日分时段数据并存，未计入（避免重复计数）`,
    });
  }
  const note: Localized = {
    en: `Visitors = counts${scaled ? " ÷ (share booked × (1 − no-show rate) + share walking in × (1 − the scenario's kiosk diversion of the type)), with the base scenario's shares" : ''}; a volumes file has no channels, outcomes or times of service.`,
    zh: `来访人数 = 业务量${scaled ? ' ÷（预约占比 ×（1 − 爽约率）+ 现场占比 ×（1 − 场景中该类型分流至自助终端的比例）），比例取自基础场景' : ''}；业务量文件没有渠道、结果和办理时间。`,
  };
  return {
    typeCount: T,
    days: D,
    visitors,
    visitorsByType: byType,
    rawByType: raw,
    booked: new Float64Array(T),
    rows,
    pieces,
    profile,
    typePiece,
    note,
    warnings,
    unknown: [...unknown].map(([value, u]) => ({ value, ...u })),
  };
}
