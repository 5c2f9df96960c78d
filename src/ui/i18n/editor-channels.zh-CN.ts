/** 方案编辑器渠道部分（12366 热线、网上办税）的简体中文字符串。 */
import type { ChannelDay } from '../../sim/scenario/index.ts';
import type { editorChannelsEn } from './editor-channels.en.ts';

export const editorChannelsZh: typeof editorChannelsEn = {
  channels: {
    hotline: '设有 12366 纳税服务热线',
    days: { ordinary: '平日', filing: '申报期', deadline: '截止日', closed: '闭厅日' } as Record<ChannelDay, string>,
    callsPerDay: (day: string) => `每日新来电（${day}）`,
    ivr: '自助语音办结的来电',
    seats: '坐席数',
    seatsUnit: '个',
    allDay: '24 小时',
    agentsNote: (hours: string, most: string) =>
      `人工坐席时间 ${hours}，同时在线最多 ${most} 名；各时段在线人数来自排班规划（12366 热线坐席）或方案文件。`,
    handling: '坐席处理一通来电的时间（通话与整理）',
    patience: '来电者等待坐席的耐心',
    redial: '挂断后再次来电的比例',
    caseShare: '非即办事项来电中登记为首问事项的比例',
    online: '部分需求转为网上办理',
    onlineNote:
      '哪些业务类型转为网上办理、转移多快，可在“排班规划”页的“如果更多业务转为网上办理”中试算，或在方案文件中设置（已转移比例、每月新增转移比例、不能网上办理的业务）。',
    onlineCallShare: '转为网上办理后致电 12366 的比例',
  },
};
