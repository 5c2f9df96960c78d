/** 各窗口组、各渠道图表的简体中文字符串。 */
import type { chartsGroupsEn } from './charts-groups.en.ts';

export const chartsGroupsZh: typeof chartsGroupsEn = {
  groups: {
    title: '各窗口组一天中的排队与窗口',
    groupPicker: '窗口组',
    xLabel: '时刻',
    queueLabel: '排队（人）',
    windowsLabel: '窗口',
    waitLabel: '等候（分钟）',
    queue: '排队人数',
    busy: '忙碌窗口',
    staffed: '开放窗口',
    wait: '平均等候（按取号时刻）',
    summary: (group, when, days, wait, waitSure, share, minutes, shareSure) =>
      `${group}${when}（${days} 天平均）：平均等候 ${wait}（${waitSure}）；${share} 的人在 ${minutes} 分钟内办理（${shareSure}）。`,
    peak: (time, queue, queueSure, staffed, busy) =>
      `排队最长在 ${time}：平均 ${queue}等候（${queueSure}），开放 ${staffed}，其中 ${busy} 个在忙。`,
    noLine: '没有形成排队。',
    summaryEmpty: (group, when) => `${when}没有人在${group}排队。`,
    csv: [
      '时段开始',
      '时段结束',
      '每天排队人数',
      '等候人数',
      '等候人数 ±',
      '忙碌窗口',
      '忙碌窗口 ±',
      '开放窗口',
      '开放窗口 ±',
      '平均等候（分钟）',
      '平均等候 ±（分钟）',
      '目标时间内办理比例',
      '比例 ±',
    ],
  },
  channels: {
    title: '各渠道的等候时间',
    xLabel: '取号时刻',
    yLabel: '平均等候（分钟）',
    names: {
      walkIn: '现场取号',
      appointment: '预约',
      staggered: '错峰预约',
    },
    clause: (name, wait, waitSure, share, minutes, shareSure) =>
      `${name}平均等候 ${wait}（${waitSure}），${share} 在 ${minutes} 分钟内办理（${shareSure}）`,
    summary: (when, clauses) => `${when}：${clauses.join('；')}。`,
    summaryEmpty: (when) => `${when}没有人在窗口排队。`,
    csv: [
      '渠道',
      '时段开始',
      '时段结束',
      '每天排队人数',
      '平均等候（分钟）',
      '平均等候 ±（分钟）',
      '目标时间内办理比例',
      '比例 ±',
    ],
  },
  table: {
    label: (what, day) => `${what}（${day}）`,
    name: '名称',
    joined: '每天排队人数',
    wait: '平均等候（分钟）',
    share: (minutes) => `${minutes} 分钟内办理`,
    range: (level) => `${level} 把握范围`,
    windows: '忙碌 / 开放（日均）',
    groupsWhat: '各窗口组',
    channelsWhat: '各渠道',
    none: '—',
  },
};
