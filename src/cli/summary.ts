/**
 * The readable summary of a merged result for the terminal, in English or Chinese: what a
 * planner reads first. Every figure is a mean over replications with its confidence half-width.
 */
import { attainment, uniformTargets } from '../sim/results/attainment.ts';
import type { MergedResult } from '../sim/results/merge.ts';
import { displayWidth, LABEL, num, pad, pct, pctOf, row } from './summary-format.ts';
import { hotlineLines } from './summary-hotline.ts';
import type { Scenario } from '../sim/scenario/index.ts';

export type Lang = 'en' | 'zh-CN';

const L = {
  en: {
    reps: (n: number, seed: number, level: number) =>
      `${n} replications · seed ${seed} · ± is the ${Math.round(level * 100)}% confidence half-width`,
    synthetic: '(synthetic data)',
    taxpayers: 'Taxpayers',
    arrivals: 'arrivals',
    servedWindow: 'served at windows',
    servedKiosk: 'served at kiosks',
    abandoned: 'left the line (abandoned)',
    balked: 'did not join (balked, after cut-off, after a prediction)',
    forfeited: 'appointments forfeited',
    leftAsCase: 'matters left with the hall at closing',
    returned: 'came back another day',
    target: 'Target',
    targetLine: (t: number, share: string) => `at least ${share} served within ${t} min`,
    period: 'whole period: served within target',
    periodMet: (met: boolean) => (met ? 'meets the target' : 'below the target'),
    intervals: 'intervals meeting the target',
    intervalsOf: (met: number, total: number) => `${met} of ${total}`,
    waits: 'Waits at windows (minutes)',
    within: (t: number) => `within ${t} min`,
    cols: ['mean', 'p50', 'p90', 'p95'],
    all: 'all',
    channel: { walkIn: 'walk-in', appointment: 'appointment', staggered: 'staggered (green channel)' } as Record<
      string,
      string
    >,
    windows: 'Windows',
    utilisation: 'utilisation',
    overtime: 'overtime (minutes, all windows)',
    kiosks: 'Kiosks (people over the horizon after the warm-up)',
    kioskSite: (name: string, kiosks: number, hours: string) => `${name} (${kiosks} kiosks, ${hours})`,
    allDay: 'around the clock',
    hoursWorking: (hours: string) => `${hours}, working days only`,
    availability: 'availability (kiosks in working order)',
    kioskUtilisation: 'utilisation (busy / working while open)',
    kioskWait: 'mean wait (min)',
    kioskP90: '90% waited at most (min)',
    kioskLine: 'mean line (people)',
    kioskArrivals: 'came',
    kioskServed: 'served',
    turnedAway: 'could not use it on arrival:',
    closed: 'site closed',
    down: 'every kiosk down',
    line: 'line too long',
    gaveUp: 'gave up waiting',
    outOfService: 'sent away: last kiosk failed',
    went: 'of all those it failed, went:',
    toWindows: 'to the hall windows at once',
    toOtherSite: 'to another site',
    toHall: 'to the hall later',
    left: 'home unserved',
    removed: 'window minutes taken over by kiosks',
    closing: 'Closing (Rule 4)',
    shown: 'shown a predicted wait',
    predicted: 'predicted / actual mean wait (min)',
    cases: 'Cases (Rules 1 and 2)',
    accepted: 'accepted',
    onTime: 'on time',
    workingDays: 'mean working days (all / A-class)',
    overdue: 'overdue (transfer / queue / handle / answer)',
    staggered: 'Staggered bookings moved off peak days',
  },
  'zh-CN': {
    reps: (n: number, seed: number, level: number) =>
      `${n} 次重复 · 随机种子 ${seed} · ± 为 ${Math.round(level * 100)}% 置信区间半宽`,
    synthetic: '（合成数据）',
    taxpayers: '纳税人',
    arrivals: '到达',
    servedWindow: '窗口办结',
    servedKiosk: '自助终端办结',
    abandoned: '排队中途离开',
    balked: '未排队（放弃、截止后到达、看到预计时间后离开）',
    forfeited: '预约作废',
    leftAsCase: '下班时留存资料转为事项',
    returned: '改日再来',
    target: '服务目标',
    targetLine: (t: number, share: string) => `至少 ${share} 在 ${t} 分钟内开始办理`,
    period: '全期：在目标时间内办理',
    periodMet: (met: boolean) => (met ? '全期达标' : '全期未达标'),
    intervals: '达标时段',
    intervalsOf: (met: number, total: number) => `${total} 个时段中 ${met} 个达标`,
    waits: '窗口等候时间（分钟）',
    within: (t: number) => `${t} 分钟内`,
    cols: ['均值', '中位数', 'P90', 'P95'],
    all: '全部',
    channel: { walkIn: '现场取号', appointment: '预约', staggered: '错峰预约（绿色通道）' } as Record<string, string>,
    windows: '窗口',
    utilisation: '利用率',
    overtime: '延时服务时长（分钟，全部窗口）',
    kiosks: '自助办税终端（人数为预热期后整个模拟期合计）',
    kioskSite: (name: string, kiosks: number, hours: string) => `${name}（${kiosks} 台，${hours}）`,
    allDay: '24 小时',
    hoursWorking: (hours: string) => `${hours}，仅工作日`,
    availability: '可用率（终端正常运行）',
    kioskUtilisation: '利用率（开放时忙碌 / 可用）',
    kioskWait: '平均等候（分钟）',
    kioskP90: '90% 的人等候不超过（分钟）',
    kioskLine: '平均排队（人）',
    kioskArrivals: '到达',
    kioskServed: '办结',
    turnedAway: '到达时未能使用：',
    closed: '网点未开放',
    down: '终端全部故障',
    line: '排队过长',
    gaveUp: '等不及离开',
    outOfService: '最后一台终端故障被迫离开',
    went: '未能在此办理者的去向：',
    toWindows: '当即去大厅窗口',
    toOtherSite: '改去其他网点',
    toHall: '稍后去大厅',
    left: '未办理离开',
    removed: '终端分流的窗口工作量（分钟）',
    closing: '延时服务（制度四）',
    shown: '提示预计等候时间',
    predicted: '预计 / 实际平均等候（分钟）',
    cases: '非即办事项（制度一、二）',
    accepted: '受理',
    onTime: '按时办结',
    workingDays: '平均工作日（全部 / A 级）',
    overdue: '超时（转办 / 排队 / 承办 / 反馈）',
    staggered: '错峰预约从高峰日移出',
  },
};

export function summaryLines(s: Scenario, merged: MergedResult, lang: Lang): string[] {
  const t = L[lang];
  const m = merged.metrics;
  const name = lang === 'en' ? s.name.en : s.name.zh;
  const out: string[] = [];
  out.push(`HallFlow — ${name}${s.synthetic ? ` ${t.synthetic}` : ''}`);
  out.push(t.reps(merged.replications, merged.seed, merged.level));
  out.push('', t.taxpayers);
  out.push(row(t.arrivals, num(m['count.arrivals'], 1)));
  out.push(row(t.servedWindow, num(m['count.served.window'], 1)));
  if (m['count.served.kiosk']?.mean) out.push(row(t.servedKiosk, num(m['count.served.kiosk'], 1)));
  out.push(row(t.abandoned, num(m['count.abandoned'], 1)));
  out.push(row(t.balked, num(m['count.balked'], 1)));
  if (m['count.forfeited']?.mean) out.push(row(t.forfeited, num(m['count.forfeited'], 1)));
  if (m['count.leftAsCase']?.mean) out.push(row(t.leftAsCase, num(m['count.leftAsCase'], 1)));
  if (m['count.returned']?.mean) out.push(row(t.returned, num(m['count.returned'], 1)));

  const target = s.target?.waitMinutes ?? 15;
  // "Meets the target": the one meaning the app and the plan use too (attainment.ts).
  if (merged.groupLoad) {
    const share = s.target?.share ?? 0.9;
    const a = attainment(merged.groupLoad, uniformTargets(share));
    out.push('', t.target);
    out.push(row(t.targetLine(target, `${(100 * share).toFixed(0)}%`), ''));
    out.push(row(t.period, `${pctOf(a.period.mean, a.period.halfWidth)}  ${t.periodMet(a.period.met)}`));
    out.push(row(t.intervals, t.intervalsOf(a.intervals.met, a.intervals.total)));
  }
  out.push('', t.waits);
  const [c0, c1, c2, c3] = t.cols;
  const right = (x: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(x))) + x;
  out.push(
    `  ${pad('', LABEL - 14)} ${right(c0, 14)} ${right(c1, 7)} ${right(c2, 7)} ${right(c3, 7)}   ${t.within(target)}`,
  );
  const waitRow = (label: string, key: string) => {
    const e = (k: string) => m[`${key}.${k}`];
    if (!e('mean')) return;
    out.push(
      `  ${pad(label, LABEL - 14)} ${num(e('mean')).padStart(14)} ${(e('p50')?.mean ?? 0).toFixed(1).padStart(7)} ${(e('p90')?.mean ?? 0).toFixed(1).padStart(7)} ${(e('p95')?.mean ?? 0).toFixed(1).padStart(7)}   ${pct(e('withinTarget'))}`,
    );
  };
  waitRow(t.all, 'wait.all');
  for (const ch of ['walkIn', 'appointment', 'staggered']) waitRow(t.channel[ch], `wait.channel.${ch}`);
  for (const g of s.windows.groups) waitRow(lang === 'en' ? g.name.en : g.name.zh, `wait.group.${g.id}`);
  for (const ty of s.types) waitRow(lang === 'en' ? ty.name.en : ty.name.zh, `wait.type.${ty.id}`);

  out.push('', t.windows);
  for (const g of s.windows.groups) {
    const u = m[`windows.${g.id}.utilisation`];
    if (u) out.push(row(`${lang === 'en' ? g.name.en : g.name.zh} ${t.utilisation}`, pct(u)));
  }
  out.push(row(t.overtime, num(m['windows.overtimeMinutes'], 0)));

  if (s.kiosks && s.kiosks.sites.length > 0) out.push('', ...kioskLines(s, merged, lang));
  if (s.hotline) out.push('', ...hotlineLines(s, merged, lang));

  out.push('', t.closing);
  out.push(row(t.shown, num(m['closing.shown'], 1)));
  if (m['closing.predicted.mean'])
    out.push(row(t.predicted, `${num(m['closing.predicted.mean'])} / ${num(m['closing.actual.mean'])}`));

  if (m['cases.accepted']) {
    out.push('', t.cases);
    out.push(row(t.accepted, num(m['cases.accepted'], 1)));
    out.push(row(t.onTime, pct(m['cases.onTimeShare'])));
    out.push(row(t.workingDays, `${num(m['cases.workingDays.mean'])} / ${num(m['cases.workingDays.A'])}`));
    const od = ['transfer', 'queue', 'handle', 'answer']
      .map((k) => (m[`cases.overdue.${k}`]?.mean ?? 0).toFixed(1))
      .join(' / ');
    out.push(row(t.overdue, od));
  }
  if (m['count.staggered.booked']?.mean) out.push('', row(t.staggered, num(m['count.staggered.booked'], 1)));
  return out;
}

/**
 * The kiosk section: per site, a heading (name, kiosks, hours) and one measure a row, each with
 * its half-width, so the table stays narrow whatever the number of sites.
 */
export function kioskLines(s: Scenario, merged: MergedResult, lang: Lang): string[] {
  const t = L[lang];
  const m = merged.metrics;
  const out = [t.kiosks];
  const sub = (label: string, value: string) => row(`  ${label}`, value);
  const subsub = (label: string, value: string) => row(`    ${label}`, value);
  for (const k of s.kiosks?.sites ?? []) {
    const e = (key: string) => m[`kiosk.${k.id}.${key}`];
    const hours = k.hours === '24h' ? t.allDay : `${k.hours.start}–${k.hours.end}`;
    out.push(
      `  ${t.kioskSite(lang === 'en' ? k.name.en : k.name.zh, k.kiosks, k.days === 'working' ? t.hoursWorking(hours) : hours)}`,
    );
    out.push(sub(t.availability, pct(e('availability'))));
    out.push(sub(t.kioskUtilisation, pct(e('utilisation'))));
    out.push(sub(t.kioskWait, num(e('wait.mean'))));
    out.push(sub(t.kioskP90, num(e('wait.p90'))));
    out.push(sub(t.kioskLine, num(e('queue.mean'))));
    out.push(sub(t.kioskArrivals, num(e('arrivals'), 1)));
    out.push(sub(t.kioskServed, num(e('served'), 1)));
    out.push(`    ${t.turnedAway}`);
    out.push(subsub(t.closed, num(e('turnedAway.closed'), 1)));
    out.push(subsub(t.down, num(e('turnedAway.down'), 1)));
    out.push(subsub(t.line, num(e('turnedAway.line'), 1)));
    out.push(sub(t.gaveUp, num(e('gaveUp'), 1)));
    out.push(sub(t.outOfService, num(e('outOfService'), 1)));
    out.push(`    ${t.went}`);
    out.push(subsub(t.toWindows, num(e('toWindows'), 1)));
    out.push(subsub(t.toOtherSite, num(e('toOtherSite'), 1)));
    out.push(subsub(t.toHall, num(e('toHall'), 1)));
    out.push(subsub(t.left, num(e('left'), 1)));
  }
  out.push(row(t.removed, num(m['kiosk.windowMinutesRemoved'], 0)));
  return out;
}
