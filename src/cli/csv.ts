/**
 * `--csv DIR`: the merged result as CSV files a planner opens in a spreadsheet (UTF-8 with BOM,
 * so that Excel in China shows the Chinese headers): metrics, the per-interval table, the daily
 * table and the ledgers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MergedResult } from '../sim/results/merge.ts';
import { fourDecimals, toCsv } from '../sim/history/csv-write.ts';
import { formatIsoDate, formatTimeOfDay, MINUTES_PER_DAY, parseIsoDate, type Scenario } from '../sim/scenario/index.ts';

function write(file: string, header: string[], rows: unknown[][]): void {
  writeFileSync(file, toCsv(header, rows, fourDecimals), 'utf8');
}

/** Minutes since the start date as "YYYY-MM-DD HH:MM". */
function stamp(start: number, minutes: number | null): string | null {
  if (minutes === null) return null;
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  return `${formatIsoDate(start + day)} ${formatTimeOfDay(minutes - day * 1440)}`;
}

export function writeCsv(dir: string, scenario: Scenario, merged: MergedResult): string[] {
  mkdirSync(dir, { recursive: true });
  const start = parseIsoDate(scenario.calendar.startDate)!;
  const files: string[] = [];
  const out = (name: string, header: string[], rows: unknown[][]) => {
    const f = join(dir, name);
    write(f, header, rows);
    files.push(f);
  };

  out(
    'metrics.csv',
    ['metric 指标', 'mean 均值', 'half_width 置信区间半宽', 'replications 重复次数'],
    Object.entries(merged.metrics).map(([k, e]) => [k, e.mean, e.halfWidth, e.n]),
  );

  const iv = merged.intervals;
  const rows: unknown[][] = [];
  for (let i = 0; i < iv.tickets.mean.length; i++) {
    const day = Math.floor(i / iv.intervalsPerDay);
    const tod = (i % iv.intervalsPerDay) * iv.intervalMinutes;
    const busy = iv.open.mean[i] + iv.busy.mean[i] + iv.tickets.mean[i] + iv.kioskQueue.mean[i] + iv.kioskUp.mean[i];
    if (busy === 0) continue; // closed: nothing happened
    rows.push([
      formatIsoDate(start + day),
      formatTimeOfDay(tod),
      iv.tickets.mean[i],
      iv.waitMean.mean[i],
      iv.waitMean.halfWidth[i],
      iv.waitP90.mean[i],
      iv.queue.mean[i],
      iv.busy.mean[i],
      iv.open.mean[i],
      iv.kioskQueue.mean[i],
      iv.kioskBusy.mean[i],
      iv.kioskUp.mean[i],
    ]);
  }
  out(
    'intervals.csv',
    [
      'date 日期',
      'start 开始',
      'tickets 取号数',
      'wait_mean 平均等候',
      'wait_mean_hw 半宽',
      'wait_p90 90%等候',
      'queue 排队人数',
      'busy 忙碌窗口',
      'open 开放窗口',
      'kiosk_queue 终端排队',
      'kiosks_busy 终端忙碌',
      'kiosks_up 可用终端',
    ],
    rows,
  );

  const d = merged.days;
  out(
    'days.csv',
    [
      'date 日期',
      'tickets 取号数',
      'served 办结',
      'wait_mean 平均等候',
      'wait_p90 90%等候',
      'abandoned 中途离开',
      'overtime_min 延时分钟',
      'moved_from 错峰移出',
      'moved_to 错峰移入',
    ],
    Array.from(d.tickets.mean, (_, i) => [
      formatIsoDate(start + i),
      d.tickets.mean[i],
      d.served.mean[i],
      d.waitMean.mean[i],
      d.waitP90.mean[i],
      d.abandoned.mean[i],
      d.overtimeMinutes.mean[i],
      d.movedFrom.mean[i],
      d.movedTo.mean[i],
    ]),
  );

  out(
    'cases.csv',
    [
      'id 编号',
      'type 事项',
      'credit 信用等级',
      'source 来源',
      'group 窗口组',
      'window 首问窗口',
      'limit_days 时限',
      'accepted 受理',
      'transferred 转办',
      'handle_start 承办开始',
      'handled 承办完成',
      'answered 反馈',
      'deadline 截止',
      'warned 预警',
      'extended 延期',
      'working_days 工作日',
      'on_time 按时',
      'overdue_stage 超时环节',
    ],
    merged.ledgers.cases.map((c) => [
      c.id,
      c.type,
      c.credit,
      c.source,
      c.group,
      c.window,
      c.limitDays,
      stamp(start, c.acceptedAt),
      stamp(start, c.transferredAt),
      stamp(start, c.handleStartAt),
      stamp(start, c.handledAt),
      stamp(start, c.answeredAt),
      stamp(start, c.deadlineAt),
      stamp(start, c.warnedAt),
      stamp(start, c.extendedAt),
      c.workingDays,
      c.onTime === null ? null : c.onTime ? 'yes' : 'no',
      c.overdueStage,
    ]),
  );
  out(
    'overtime.csv',
    ['date 日期', 'group 窗口组', 'window 窗口', 'minutes 延时分钟'],
    merged.ledgers.overtime.map((o) => [o.date, o.group, o.window, o.minutes]),
  );
  out(
    'timeoff.csv',
    ['group 窗口组', 'window 窗口', 'earned_on 累计达标日', 'minutes 调休分钟', 'take_on 安排调休日'],
    merged.ledgers.timeOff.map((o) => [o.group, o.window, o.earnedOn, o.minutes, o.takeOn]),
  );
  return files;
}
