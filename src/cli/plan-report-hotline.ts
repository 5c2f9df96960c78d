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
      `12366 hotline agents (target: ${share}% of calls to agents answered within ${seconds} s)`,
    method: {
      isa: (n: number, converged: boolean) =>
        `plan: Iterative Staffing Algorithm, ${n} simulation${n === 1 ? '' : 's'} from lagged SIPP${converged ? '' : ' (not settled: the last step is shown)'}; formula: lagged SIPP, Erlang A with redials`,
      laggedSipp: 'plan and formula: lagged SIPP, Erlang A with redials (no simulation steps)',
    },
    methods: (sipp: number, lagged: number) => `agent-hours by the formulas: SIPP ${sipp}, lagged SIPP ${lagged}`,
    day: { ordinary: 'Ordinary days', filing: 'Filing days', deadline: 'Deadline days', closed: 'Closed days' },
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    head: ['time', 'calls/h', 'now', 'plan', 'SIPP', 'lagged SIPP', 'its level'],
    pool: (pooled: number, separate: number) =>
      `one officer pool for windows and phones: ${pooled} officer-hours over the period, against ${separate} with two rosters (${pct(separate - pooled, separate)} fewer)`,
    poolDay: (day: string, pooled: number, hall: number, phones: number) =>
      `${day}: pool ${pooled} h a day; apart ${hall + phones} (hall ${hall}, phones ${phones})`,
    noPool: (why: string) => `one officer pool for windows and phones: not available. ${why}`,
    hours: (now: number, plan: number) => `agent-hours over the period: now ${now}, plan ${plan}`,
    seats: (n: number) => `more agents than the ${n} seats in some intervals`,
    simulated: 'simulated (± 95% interval):',
    row: (what: string, e: HotlineEvaluation, seconds: number) =>
      `${what.padEnd(6)} answered within ${seconds} s ${pm(e.serviceLevel)}, hung up ${pm(e.abandonShare)}, agents busy ${pm(e.occupancy)}`,
    now: 'now',
    plan: 'plan',
  },
  'zh-CN': {
    title: (share: number, seconds: number) => `12366 热线坐席（目标：转人工来电 ${share}% 在 ${seconds} 秒内接通）`,
    method: {
      isa: (n: number, converged: boolean) =>
        `建议：迭代排班算法（ISA），自滞后 SIPP 起仿真 ${n} 轮${converged ? '' : '（未收敛，显示最后一轮）'}；公式：滞后 SIPP，含重拨的 Erlang A`,
      laggedSipp: '建议与公式：滞后 SIPP，含重拨的 Erlang A（未做仿真迭代）',
    },
    methods: (sipp: number, lagged: number) => `按公式的坐席工时：SIPP ${sipp}，滞后 SIPP ${lagged}`,
    day: { ordinary: '平日', filing: '申报期', deadline: '截止日', closed: '闭厅日' },
    days: (n: number) => `${n} 天`,
    head: ['时段', '来电/小时', '现行', '建议', 'SIPP', '滞后 SIPP', '其服务水平'],
    pool: (pooled: number, separate: number) =>
      `窗口与坐席一个人员池：全期 ${pooled} 人·小时，分开排班为 ${separate}（少 ${pct(separate - pooled, separate)}）`,
    poolDay: (day: string, pooled: number, hall: number, phones: number) =>
      `${day}：合并每天 ${pooled} 小时；分开 ${hall + phones}（大厅 ${hall}，坐席 ${phones}）`,
    noPool: (why: string) => `窗口与坐席一个人员池：不可用。${why}`,
    hours: (now: number, plan: number) => `全期坐席工时：现行 ${now}，建议 ${plan}`,
    seats: (n: number) => `部分时段所需坐席多于现有 ${n} 个坐席`,
    simulated: '仿真（± 为 95% 置信区间）：',
    row: (what: string, e: HotlineEvaluation, seconds: number) =>
      `${what} ${seconds} 秒内接通 ${pm(e.serviceLevel)}，等待中挂断 ${pm(e.abandonShare)}，坐席占用率 ${pm(e.occupancy)}`,
    now: '现行',
    plan: '建议',
  },
};

function pct(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–';
}

function pm(e: { mean: number; halfWidth: number | null } | null): string {
  if (!e) return '–';
  const hw = e.halfWidth !== null && e.halfWidth > 0 ? ` ±${(100 * e.halfWidth).toFixed(1)}` : '';
  return `${(100 * e.mean).toFixed(1)}%${hw}`;
}

export function hotlineReport(h: HotlineAdvice, lang: Lang): string[] {
  const w = W[lang];
  const out = [w.title(Math.round(h.target.share * 100), h.target.seconds)];
  out.push(
    `  ${h.method === 'isa' && h.isa ? w.method.isa(h.isa.iterations.length, h.isa.converged) : w.method.laggedSipp}`,
  );
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
        String(h.sipp[kind][j]),
        String(h.laggedSipp[kind][j]),
        e.freshRate[j] > 0 ? `${(100 * e.level[j]).toFixed(0)}%` : '–',
      ]);
    });
    out.push(...table(rows).map((l) => `    ${l}`));
  }
  out.push(`  ${w.hours(Math.round(h.agentHours.current), Math.round(h.agentHours.recommended))}`);
  out.push(`  ${w.methods(Math.round(h.agentHours.sipp), Math.round(h.agentHours.laggedSipp))}`);
  if (h.aboveSeats) out.push(`  ! ${w.seats(h.seats)}`);
  if (h.evaluation) {
    out.push(`  ${w.simulated}`);
    out.push(`    ${w.row(w.now, h.evaluation.current, h.target.seconds)}`);
    out.push(`    ${w.row(w.plan, h.evaluation.recommended, h.target.seconds)}`);
  }
  const pool = h.pooled;
  if (pool && !pool.available) out.push(`  ${w.noPool(pool.why[lang === 'en' ? 'en' : 'zh'])}`);
  if (pool && pool.available) {
    const r = pool.roster;
    out.push(`  ${w.pool(Math.round(r.total.pooled), Math.round(r.total.separate))}`);
    for (const d of r.days)
      out.push(
        `    ${w.poolDay(w.day[d.day], d.hours.pooled, d.separate.windows.staffHours, d.separate.agents.staffHours)}`,
      );
  }
  return out;
}
