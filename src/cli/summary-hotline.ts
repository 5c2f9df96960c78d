/**
 * The 12366 hotline's section of the terminal summary: calls, the voice menu, the agents'
 * service level at each threshold, hang-ups and redials, occupancy, the first-inquiry cases
 * the agents opened and, with callbacks, what became of them; each a mean over replications
 * with its half-width (hotline-results.ts defines every measure).
 */
import type { MergedResult } from '../sim/results/merge.ts';
import { DEFAULTS, type Scenario } from '../sim/scenario/index.ts';
import { num, pct, row } from './summary-format.ts';
import type { Lang } from './summary.ts';

const L = {
  en: {
    title: '12366 hotline (callers whose first call came after the warm-up)',
    fresh: 'fresh calls',
    bookingCalls: 'of which booking an appointment',
    fromOnline: 'of which about a matter moved online',
    ivr: 'finished by the voice menu',
    outsideHours: 'told the agents’ hours (no agent on)',
    offered: 'calls offered to agents (with redials)',
    serviceLevel: (s: number) => `answered within ${s} s (of offered)`,
    wait: 'mean wait of answered calls (s)',
    abandon: 'hung up while holding (of offered)',
    redial: 'redials (of all calls)',
    answered: 'callers answered in the end',
    lost: 'callers lost (hung up, did not call again)',
    occupancy: 'agent occupancy (busy / on the phones)',
    cases: 'first-inquiry cases opened by agents',
    callbacks: 'callbacks',
    cbOffered: 'offered (wait estimate above the threshold)',
    cbAccepted: 'accepted (hung up, not offered to agents)',
    cbAcceptShare: 'accepted (of offered)',
    cbMade: 'made by agents',
    cbReached: 'taxpayer reached (of made)',
    cbWithin: (m: number) => `made within ${m} min of the request (of made)`,
    cbDelay: 'mean delay from request to callback (min)',
    cbQueued: 'still queued at the end of the horizon',
  },
  'zh-CN': {
    title: '12366 热线（按预热期后首次来电的来电者统计）',
    fresh: '首次来电',
    bookingCalls: '其中电话预约',
    fromOnline: '其中因业务转网上办理而来电',
    ivr: '自助语音办结',
    outsideHours: '非人工时间（告知坐席时间）',
    offered: '转人工来电（含重拨）',
    serviceLevel: (s: number) => `${s} 秒内接通（占转人工）`,
    wait: '接通来电平均等待（秒）',
    abandon: '等待中挂断（占转人工）',
    redial: '重拨（占全部来电）',
    answered: '最终接通的来电者',
    lost: '流失的来电者（挂断后未再拨）',
    occupancy: '坐席占用率（忙碌 / 在线）',
    cases: '坐席登记的首问事项',
    callbacks: '回拨',
    cbOffered: '提供回拨（预计等待超过阈值）',
    cbAccepted: '接受回拨（挂机，不计入转人工）',
    cbAcceptShare: '接受率（占提供）',
    cbMade: '坐席已回拨',
    cbReached: '联系上纳税人（占已回拨）',
    cbWithin: (m: number) => `请求后 ${m} 分钟内回拨（占已回拨）`,
    cbDelay: '自请求至回拨的平均延迟（分钟）',
    cbQueued: '模拟结束时仍待回拨',
  },
};

export function hotlineLines(s: Scenario, merged: MergedResult, lang: Lang): string[] {
  const t = L[lang];
  const m = (k: string) => merged.metrics[`hotline.${k}`];
  const seconds = s.hotline?.answerWithinSeconds ?? [20, 30];
  const wait = m('wait.mean');
  const out = [t.title];
  out.push(row(t.fresh, num(m('fresh'), 1)));
  if (m('bookingCalls')?.mean) out.push(row(`  ${t.bookingCalls}`, num(m('bookingCalls'), 1)));
  if (m('fromOnline')?.mean) out.push(row(`  ${t.fromOnline}`, num(m('fromOnline'), 1)));
  out.push(row(t.ivr, num(m('ivr'), 1)));
  out.push(row(t.outsideHours, num(m('outsideHours'), 1)));
  out.push(row(t.offered, num(m('offered'), 1)));
  for (const sec of seconds) out.push(row(t.serviceLevel(sec), pct(m(`serviceLevel.${sec}s`))));
  out.push(
    row(
      t.wait,
      wait
        ? num({ ...wait, mean: wait.mean * 60, halfWidth: wait.halfWidth === null ? null : wait.halfWidth * 60 }, 1)
        : '—',
    ),
  );
  out.push(row(t.abandon, pct(m('abandonShare'))));
  out.push(row(t.redial, pct(m('redialShare'))));
  out.push(row(t.answered, pct(m('answeredShare'))));
  out.push(row(t.lost, pct(m('lostShare'))));
  out.push(row(t.occupancy, pct(m('occupancy'))));
  if (m('cases')?.mean) out.push(row(t.cases, num(m('cases'), 1)));
  if (s.hotline?.callbacks) {
    const within = s.hotline.callbacks.withinMinutes ?? DEFAULTS.hotline.callbackWithinMinutes;
    out.push(`  ${t.callbacks}`);
    out.push(row(`  ${t.cbOffered}`, num(m('callbacks.offered'), 1)));
    out.push(row(`  ${t.cbAccepted}`, num(m('callbacks.accepted'), 1)));
    out.push(row(`  ${t.cbAcceptShare}`, pct(m('callbacks.acceptShare'))));
    out.push(row(`  ${t.cbMade}`, num(m('callbacks.made'), 1)));
    out.push(row(`  ${t.cbReached}`, pct(m('callbacks.reachShare'))));
    out.push(row(`  ${t.cbWithin(within)}`, pct(m('callbacks.withinShare'))));
    out.push(row(`  ${t.cbDelay}`, num(m('callbacks.delay.mean'), 1)));
    out.push(row(`  ${t.cbQueued}`, num(m('callbacks.queuedAtHorizon'), 1)));
  }
  return out;
}
