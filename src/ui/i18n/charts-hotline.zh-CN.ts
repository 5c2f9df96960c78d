/** 12366 热线图表的中文文字（结构同英文版）。 */
import type { ChannelDay } from '../../sim/scenario/index.ts';
import type { chartsHotlineEn } from './charts-hotline.en.ts';

export const chartsHotlineZh: typeof chartsHotlineEn = {
  hotline: {
    title: '12366 热线的一天',
    picker: '日类型',
    kinds: { ordinary: '平日', filing: '申报期', deadline: '截止日', closed: '闭厅日' } as Record<ChannelDay, string>,
    xLabel: (kind: string, days: string) => `时刻（${days} 个${kind}的平均）`,
    summary: (seconds: string, level: string, abandon: string, occupancy: string) =>
      `整个模拟期间，转人工的来电中 ${level} 在 ${seconds} 秒内接通；${abandon} 在等待中挂断；坐席在线时间中 ${occupancy} 在通话（± 为 95% 置信区间）。`,
    callbacks: (accept: string, minutes: string, within: string) =>
      `可预约回拨的来电中 ${accept} 选择了回拨；已完成的回拨中 ${within} 在预约后 ${minutes} 分钟内完成。`,
    callbacksNoneMade: (accept: string) => `可预约回拨的来电中 ${accept} 选择了回拨，没有完成任何回拨。`,
    sentences: (a: string, b: string) => `${a}${b}`,
    offeredLabel: '转人工来电',
    offered: '转人工来电数',
    levelLabel: (s: string) => `${s} 秒内接通`,
    level: (s: string) => `${s} 秒内接通（占转人工）`,
    agentsLabel: '坐席',
    busy: '通话中的坐席',
    staffed: '在线坐席',
    seats: (n: string) => `坐席数：${n}`,
    band: '95% 置信带（最宽不超过）',
    closed: '无人工坐席（坐席时间以外）',
    calls: (n: string) => `${n} 通`,
    agents: (n: string) => `${n} 名坐席`,
    atMost: (value: string, hw: string) => `${value}（± 不超过 ${hw}）`,
    none: '此方案没有 12366 热线。',
    csv: (s: string) => [
      '日类型',
      '开始',
      '结束',
      '转人工来电（平均）',
      '半宽（不超过）',
      `${s} 秒内接通（比例）`,
      '在线坐席',
      '通话中的坐席',
      '半宽（不超过）',
      '坐席数',
    ],
  },
};
