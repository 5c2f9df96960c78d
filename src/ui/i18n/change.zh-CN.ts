/** 修改前后对比（关键指标）的简体中文字符串。 */
import type { ChangeMessages } from './change.en.ts';

export const changeZh: ChangeMessages = {
  heading: '本次修改的影响：',
  basisPaired: (n) =>
    `与修改前最近一次完整结果对比。两次运行到达的纳税人完全相同（同一随机种子），${n} 次重复逐一配对计算差值。`,
  basisUnpaired: (why) =>
    `与修改前最近一次完整结果对比。${why}，两次运行无法逐一配对，按两组独立结果比较（区间更宽）。`,
  whySeed: (was, now) => `随机种子已改（${was} → ${now}）`,
  whyReplications: (was, now) => `重复次数已改（${was} → ${now}）`,
  whyJoin: '，且',
  waiting: '与修改前结果的对比将在完整结果出来后显示。',
  partial: '运行已取消：这是部分结果，不与修改前的结果对比。',
  wasNow: (was, now) => `修改前 ${was} → 现在 ${now}`,
  difference: (diff, low, high) => `差值 ${diff}，95% 的把握在 ${low} 到 ${high}之间`,
  differenceOnly: (diff) => `差值 ${diff}`,
  intervals: (was, now, total) => `达标时段 ${was} → ${now} 个（共 ${total} 个）`,
  intervalsTotals: (wasMet, wasTotal, nowMet, nowTotal) =>
    `达标时段 ${wasTotal} 个中 ${wasMet} 个 → ${nowTotal} 个中 ${nowMet} 个`,
  targetBefore: (minutes, share) => `修改前按原目标（${minutes} 分钟内、${share}）计算`,
  missing: '两次结果中不都有此项',
  points: '个百分点',
  verdict: {
    better: '变好了',
    worse: '变差了',
    same: '差别不显著（可能只是随机波动）',
    higher: '升高了',
    lower: '降低了',
    none: '没有变化',
    unknown: '重复次数太少，无法判断',
  },
};
