/** 导入页请主任确认的决定（业务类型对应）、应用前的等待说明，以及回测中模拟与记录不符的时段：简体中文字符串。 */
import type { DecisionMessages } from './history-decisions.en.ts';

export const decisionsZh: DecisionMessages = {
  types: {
    heading: '业务类型对应：文件 → 本方案',
    leadPending: (n) =>
      `文件中有 ${n} 个业务类型与本方案的名称不完全一致，是按名称相近推断对应的。请逐项确认或更改；确认之前，拟合结果不能应用到方案。`,
    leadDone: (n) => `文件中的 ${n} 个业务类型都已对应到本方案。`,
    line: (value, type, how, rows) => `文件中的「${value}」→ 本方案的「${type}」（${how}，共 ${rows} 行）`,
    lineOut: (value, rows) => `文件中的「${value}」→ 不导入（您的选择，共 ${rows} 行）`,
    how: { guess: '按名称相近推断', exact: '名称一致', chosen: '您的选择' },
    basisInside: (value, part, name) => `「${value}」中含有「${part}」，是「${name}」名称的一部分。`,
    basisPart: (value, name) => `「${value}」是「${name}」名称的一部分。`,
    confirm: '确认',
    confirmLabel: (value, type) => `确认「${value}」就是「${type}」`,
    confirmed: '已确认',
    pendingMark: '待确认',
    change: '改为……',
    changeLabel: (value) => `将「${value}」改为其他业务类型（将重新读取文件）`,
    leaveOut: '不导入这些行',
    backToGuess: '恢复按名称自动对应',
    confirmAll: (n) => `全部确认（${n} 项推断）`,
    exactHeading: (n) => `与本方案名称一致的 ${n} 个（已确认）`,
    rereading: '正在按改动后的业务类型重新读取文件……',
    more: (n) => `……另有 ${n} 个未列出。`,
  },
  apply: {
    waits: (n) => `应用之前，请先确认 ${n} 个按名称相近推断的业务类型对应：`,
    item: (value, type, rows) => `「${value}」→「${type}」（${rows} 行）`,
    goConfirm: '去确认业务类型',
  },
  diverge: {
    lead: '以下时段模拟与记录不符（最严重的在前）：',
    item: (dayType, span, parts) => `${dayType} ${span}（${parts.join('；')}）`,
    wait: (simulated, observed) => `模拟平均等候 ${simulated}，记录 ${observed}，超出区间`,
    within: (target, simulated, observed) => `${target}内办理：模拟 ${simulated}，记录 ${observed}，超出区间`,
    tickets: (simulated, observed) => `日均取号：模拟 ${simulated} 张，记录 ${observed} 张`,
    more: (n) => `另有 ${n} 个时段超出区间，见下方各时段明细中标为“否”的行。`,
    longer:
      '这些时段模拟的等候偏长：可能是由记录推断的窗口数少于实际开放的、拟合的办理时长偏长，或模拟的到达比实际更集中。',
    shorter:
      '这些时段模拟的等候偏短：可能是记录中的窗口并非整个时段都在办理（推断的窗口数偏多）、拟合的办理时长偏短，或实际的到达比模拟更集中。',
    mixed: '这些时段有的模拟偏长、有的偏短：请逐一查看由记录推断的窗口数、办理时长和到达量。',
    arrivals: '取号量也相差较大的时段，请先看到达量（日内分布、日类型系数）。',
  },
};
