/**
 * The 12366 hotline's part of `hallflow plan`'s report: agents per interval for each kind of day
 * (the scenario's and the recommended, with the formula's expected service level), agent-hours
 * against now, and both schedules simulated with their 95% intervals (hotline-plan.ts).
 */
import type { HotlineAdvice, HotlineEvaluation } from '../sim/plan/hotline-plan.ts';
import type { ChannelDay } from '../sim/scenario/index.ts';
import type { Lang } from './summary.ts';
import { table } from './summary-format.ts';

const W = {
  en: {
    title: (share: number, seconds: number) =>
      `12366 hotline agents (target: ${share}% of calls to agents answered within ${seconds} s; lagged SIPP, Erlang A with redials)`,
    day: { ordinary: 'Ordinary days', filing: 'Filing days', deadline: 'Deadline days', closed: 'Closed days' },
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    head: ['time', 'calls/h', 'now', 'plan', 'formula'],
    hours: (now: number, plan: number) => `agent-hours over the period: now ${now}, plan ${plan}`,
    seats: (n: number) => `more agents than the ${n} seats in some intervals`,
    simulated: 'simulated (± 95% interval):',
    row: (what: string, e: HotlineEvaluation, seconds: number) =>
      `${what.padEnd(6)} answered within ${seconds} s ${pm(e.serviceLevel)}, hung up ${pm(e.abandonShare)}, agents busy ${pm(e.occupancy)}`,
    now: 'now',
    plan: 'plan',
  },
  'zh-CN': {
    title: (share: number, seconds: number) =>
      `12366 热线坐席（目标：转人工来电 ${share}% 在 ${seconds} 秒内接通；滞后 SIPP，含重拨的 Erlang A）`,
    day: { ordinary: '平日', filing: '申报期', deadline: '截止日', closed: '闭厅日' },
    days: (n: number) => `${n} 天`,
    head: ['时段', '来电/小时', '现行', '建议', '公式'],
    hours: (now: number, plan: number) => `全期坐席工时：现行 ${now}，建议 ${plan}`,
    seats: (n: number) => `部分时段所需坐席多于现有 ${n} 个坐席`,
    simulated: '仿真（± 为 95% 置信区间）：',
    row: (what: string, e: HotlineEvaluation, seconds: number) =>
      `${what} ${seconds} 秒内接通 ${pm(e.serviceLevel)}，等待中挂断 ${pm(e.abandonShare)}，坐席占用率 ${pm(e.occupancy)}`,
    now: '现行',
    plan: '建议',
  },
};

function pm(e: { mean: number; halfWidth: number | null } | null): string {
  if (!e) return '–';
  const hw = e.halfWidth !== null && e.halfWidth > 0 ? ` ±${(100 * e.halfWidth).toFixed(1)}` : '';
  return `${(100 * e.mean).toFixed(1)}%${hw}`;
}

export function hotlineReport(h: HotlineAdvice, lang: Lang): string[] {
  const w = W[lang];
  const out = [w.title(Math.round(h.target.share * 100), h.target.seconds)];
  for (const kind of h.kinds as ChannelDay[]) {
    out.push(`  ${w.day[kind]} (${w.days(h.days[kind])})`);
    const e = h.expected[kind];
    const rows = [w.head];
    h.labels.forEach((label, j) => {
      rows.push([
        label,
        (e.freshRate[j] * 60).toFixed(0),
        String(h.current[kind][j]),
        String(h.recommended[kind][j]),
        e.freshRate[j] > 0 ? `${(100 * e.level[j]).toFixed(0)}%` : '–',
      ]);
    });
    out.push(...table(rows).map((l) => `    ${l}`));
  }
  out.push(`  ${w.hours(Math.round(h.agentHours.current), Math.round(h.agentHours.recommended))}`);
  if (h.aboveSeats) out.push(`  ! ${w.seats(h.seats)}`);
  if (h.evaluation) {
    out.push(`  ${w.simulated}`);
    out.push(`    ${w.row(w.now, h.evaluation.current, h.target.seconds)}`);
    out.push(`    ${w.row(w.plan, h.evaluation.recommended, h.target.seconds)}`);
  }
  return out;
}
