/**
 * Synthetic history, the inverse of reading: a replication's ticket log → ticket records (the
 * stamps of records.ts) and CSV text as queue-management systems export it — English headers and
 * ISO times, or Chinese headers (票号, 取号时间, …), times like 2026/3/5 9:12:00, business types by
 * Chinese name and windows like "3号窗口" — and hourly volumes by business type.
 *
 * The model's log (src/sim/hall/ticket-log.ts, through runReplication) holds when each abandoned
 * taxpayer left. In the CSV that moment is the abandoned ticket's call time — a real system calls
 * the number and finds nobody, which can only be later, so patience fitted from a real log leans
 * long.
 *
 * Windows are numbered through the groups in the scenario's order (general 1–12, invoice 13–14,
 * … in the demo).
 */
import { runReplication } from '../hall/run.ts';
import { civil, MINUTES_PER_DAY, parseIsoDate, type Scenario } from '../scenario/index.ts';
import type { TicketRow } from '../hall/ticket-log.ts';
import type { TicketRecord } from './records.ts';

/** A ticket of the model's log: with the moment an abandoned taxpayer left (ticket-log.ts). */
export type LoggedTicket = TicketRow;

/** One replication's ticket log, as the model records it on request. */
export function simulateTicketLog(scenario: Scenario, seed: number, replication: number): LoggedTicket[] {
  return runReplication(scenario, { seed, replication, ticketLog: true }).ticketLog!;
}

/** Global window number of each group's first window minus one (windows numbered through the groups). */
export function windowOffsets(s: Scenario): Map<string, number> {
  const out = new Map<string, number>();
  let n = 0;
  for (const g of s.windows.groups) {
    out.set(g.id, n);
    n += g.windows;
  }
  return out;
}

const startStamp = (s: Scenario) => parseIsoDate(s.calendar.startDate)! * MINUTES_PER_DAY;

/** The log as ticket records (what read.ts gives for such a file): stamps, global window numbers. */
export function toTicketRecords(
  log: readonly LoggedTicket[],
  s: Scenario,
  names: 'id' | 'zh' | 'en' = 'id',
): TicketRecord[] {
  const base = startStamp(s);
  const offsets = windowOffsets(s);
  const typeName = new Map(s.types.map((t) => [t.id, names === 'id' ? t.id : t.name[names]]));
  return log.map((r, i) => ({
    line: i + 2,
    id: String(r.id),
    ticket: base + r.ticket,
    call: r.call !== null ? base + r.call : r.left !== null ? base + r.left : null,
    start: r.start !== null ? base + r.start : null,
    end: r.end !== null ? base + r.end : null,
    type: typeName.get(r.type)!,
    window: r.group !== null && r.window !== null ? String(offsets.get(r.group)! + r.window) : null,
    channel: r.channel,
    outcome: r.outcome,
  }));
}

// --- CSV ------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');

/** A stamp (minutes since 1970, local) to the second: [y, m, d, h, min, s]. */
function parts(stamp: number): number[] {
  const seconds = Math.round(stamp * 60);
  const day = Math.floor(seconds / 86400);
  const rest = seconds - day * 86400;
  const { year, month, day: dom } = civil(day);
  return [year, month, dom, Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60];
}

/** "2026-03-05 09:12:34". */
export function isoStamp(stamp: number): string {
  const [y, m, d, h, mi, s] = parts(stamp);
  return `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** "2026/3/5 9:12:34", as Excel in China writes it. */
export function chineseStamp(stamp: number): string {
  const [y, m, d, h, mi, s] = parts(stamp);
  return `${y}/${m}/${d} ${h}:${pad(mi)}:${pad(s)}`;
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvLine = (cells: string[]) => cells.map(csvField).join(',');

const EN_CHANNEL = {
  walkIn: 'walk-in',
  appointment: 'appointment',
  staggered: 'staggered',
  green: 'green channel',
} as const;
const ZH_CHANNEL = { walkIn: '现场取号', appointment: '预约', staggered: '错峰预约', green: '绿色通道' } as const;
const EN_OUTCOME = { served: 'served', noShow: 'no-show', abandoned: 'abandoned', transferred: 'transferred' } as const;
const ZH_OUTCOME = { served: '已办结', noShow: '未到', abandoned: '弃号', transferred: '转办' } as const;

export const EN_TICKET_HEADER = [
  'ticket_id',
  'ticket_time',
  'call_time',
  'start_time',
  'end_time',
  'business_type',
  'window',
  'channel',
  'outcome',
];
export const ZH_TICKET_HEADER = [
  '票号',
  '取号时间',
  '叫号时间',
  '开始办理时间',
  '办结时间',
  '业务类型',
  '窗口',
  '渠道',
  '状态',
];

/** The ticket log as CSV text: English headers, ISO times and English names, or the Chinese layout. */
export function ticketCsv(log: readonly LoggedTicket[], s: Scenario, language: 'en' | 'zh'): string {
  const records = toTicketRecords(log, s, language);
  const stamp = language === 'en' ? isoStamp : chineseStamp;
  const opt = (x: number | null) => (x === null ? '' : stamp(x));
  const lines = [csvLine(language === 'en' ? EN_TICKET_HEADER : ZH_TICKET_HEADER)];
  const perDay = new Map<number, number>();
  for (const r of records) {
    const day = Math.floor(r.ticket / MINUTES_PER_DAY);
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const [y, m, d] = parts(day * MINUTES_PER_DAY);
    const id = language === 'en' ? r.id : `${y}${pad(m)}${pad(d)}-${String(seq).padStart(4, '0')}`;
    const window = r.window === null ? '' : language === 'en' ? r.window : `${r.window}号窗口`;
    const channel = language === 'en' ? EN_CHANNEL[r.channel!] : ZH_CHANNEL[r.channel!];
    const outcome = language === 'en' ? EN_OUTCOME[r.outcome!] : ZH_OUTCOME[r.outcome!];
    lines.push(csvLine([id, stamp(r.ticket), opt(r.call), opt(r.start), opt(r.end), r.type, window, channel, outcome]));
  }
  return lines.join('\r\n') + '\r\n';
}

export const VOLUME_HEADER = ['date', 'hour', 'business_type', 'count'];

/** Tickets taken (no-shows are not tickets) per date, hour (9 = 09:00–10:00) and business type. */
export function volumesCsv(log: readonly LoggedTicket[], s: Scenario): string {
  const base = startStamp(s);
  const counts = new Map<string, number>();
  const order = new Map(s.types.map((t, i) => [t.id, i]));
  for (const r of log) {
    if (r.outcome === 'noShow') continue;
    const stamp = base + r.ticket;
    const day = Math.floor(stamp / MINUTES_PER_DAY);
    const hour = Math.floor((stamp - day * MINUTES_PER_DAY) / 60);
    const key = `${day}|${String(hour).padStart(2, '0')}|${String(order.get(r.type)).padStart(3, '0')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [csvLine(VOLUME_HEADER)];
  for (const key of [...counts.keys()].sort()) {
    const [day, hour, t] = key.split('|');
    const [y, m, d] = parts(Number(day) * MINUTES_PER_DAY);
    lines.push(
      csvLine([`${y}-${pad(m)}-${pad(d)}`, String(Number(hour)), s.types[Number(t)].name.en, String(counts.get(key))]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
