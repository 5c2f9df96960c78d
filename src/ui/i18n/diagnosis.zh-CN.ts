/** 诊断面板（哪里在等、为什么等）的简体中文字符串。 */
import type { DiagnosisMessages } from './diagnosis.en.ts';

export const diagnosisZh: DiagnosisMessages = {
  title: '哪里在排队，为什么',
  toReasons: '原因与下一步',
  people: {
    walkIn: '现场取号的纳税人',
    appointment: '预约纳税人',
    staggered: '错峰预约纳税人',
  },
  where: (when, time, share, minutes, target, sure) =>
    `等候最集中在${when} ${time}：只有 ${share} 的人在 ${minutes} 分钟内办理（${sure}），目标为 ${target}。`,
  who: (people, group, queue, open) =>
    `没能及时办理的主要是${people}，在${group}排队（平均 ${queue} 人等候，开放 ${open} 个窗口）。`,
  idle: {
    channel: (idle, idleGroup, people, servedBy) =>
      `同一时段${idleGroup}平均有 ${idle} 个窗口空闲，但${people}只能在${servedBy}办理，增开${idleGroup}无济于事。`,
    preferred: (idle, idleGroup, people, group) =>
      `同一时段${idleGroup}平均有 ${idle} 个窗口空闲，但${group}开放时，${people}只在${group}排队，增开${idleGroup}无济于事。`,
    types: (idle, idleGroup, types) => `同一时段${idleGroup}平均有 ${idle} 个窗口空闲，但它只办理${types}。`,
    order: (idle, idleGroup, group) =>
      `同一时段${idleGroup}平均有 ${idle} 个窗口空闲，但按“首个可办窗口”分配，这些纳税人先到${group}排队。`,
  },
  busy: (group, busy, open) => `此时其他窗口组没有空闲；${group}平均开放 ${open} 个窗口，其中 ${busy} 个在忙。`,
  more: (n) => `另有 ${n} 个时段未达到目标，见下表。`,
  allMet: (total, minutes, share) => `全部 ${total} 个时段都达到目标：至少 ${share} 的人在 ${minutes} 分钟内办理。`,
  closest: (when, time, share, sure, group) =>
    `最接近未达标的是${when} ${time}：${share}（${sure}），主要在${group}等候。`,
  empty: '本次运行中没有人在窗口排队，没有需要解释的等候。',
  basis: (level) => `按各类日子的平均一天计算。范围为 ${level} 置信区间：有 ${level} 的把握真实值落在其中。`,
  tableTitle: (n) => `未达到目标的时段共 ${n} 个（按日子类型分列，每天等候过久的人数多的在前）`,
  tableLabel: (day) => `未达到目标的时段：${day}`,
  columns: {
    time: '时段',
    share: (minutes) => `${minutes} 分钟内办理`,
    range: (level) => `${level} 把握范围`,
    short: '每天等候过久（人）',
    binds: '主要卡在',
    idle: '同时空闲',
  },
  bindsCell: (group, channel) => `${group} · ${channel}`,
  idleCell: (group, idle) => `${group}：${idle} 个`,
  none: '—',
  moreRows: (n) => `该类日子另有 ${n} 个时段`,
  actionsLabel: '下一步',
  scheduleDay: {
    ordinary: '平日',
    filing: '申报期',
    deadline: '申报截止日',
  },
  actions: {
    schedule: (group, day) => `在编辑器中打开${group}的${day}排班`,
    channels: (group) => `在编辑器中查看${group}办理的渠道`,
    types: (group) => `在编辑器中查看${group}办理的业务`,
    routing: '在编辑器中查看分配规则',
    plan: '去“排班规划”页',
  },
};
