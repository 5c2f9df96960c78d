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
      `人工坐席时间 ${hours}，同时在线最多 ${most} 名；各时段在线人数在下表中设置，或在排班规划中采用“12366 热线坐席”的建议。`,
    agentHours: '人工坐席时间（每天相同）',
    hoursChanged: (hours: string) =>
      `坐席时间已改为 ${hours}：各时段坐席随之调整（仍在坐席时间内的时段保持原人数，新增时段沿用相邻时段的人数），请检查下表中的新增时段。`,
    agents: {
      heading: '12366 坐席排班（各时段在线坐席数）',
      caption: '12366 热线各时段在线坐席数（按日类型）',
      columns: { ordinary: '平日', filing: '申报期', deadline: '截止日', closed: '闭厅日' } as Record<
        ChannelDay,
        string
      >,
      cellLabel: (day: string, time: string) => `12366 坐席，${day}，${time}`,
      extra: '坐席时间后',
      keys: '每行是坐席时间内的一个统计时段，每列是一类日子；单元格为在线坐席数，0 到坐席数之间。直接输入即替换数值，按回车、Tab、方向键或点击别处后写入方案，Esc 还原；粘贴从 Excel 复制的一列，自当前单元格向下填充。',
      cellError: (day: string, time: string, shown: string, seats: number, kept: string) =>
        `12366 坐席排班 ${day} ${time}：“${shown}”无效，应为 0 到 ${seats}（坐席数）之间的整数。未写入方案，仍为 ${kept}。`,
      overSeats: (day: string, time: string, shown: string, seats: number, kept: string) =>
        `12366 坐席排班 ${day} ${time}：“${shown}”超过坐席数（${seats}），应为 0 到 ${seats} 之间的整数。未写入方案，仍为 ${kept}。`,
      overSeatsAndLimit: (day: string, time: string, shown: string, seats: number, limit: string, kept: string) =>
        `12366 坐席排班 ${day} ${time}：“${shown}”超过坐席数（${seats}），也超过 HallFlow 最多 ${limit} 个坐席的上限。未写入方案，仍为 ${kept}。`,
      raise: (n: number) => `将坐席数提高到 ${n}，并填入此格`,
      raised: (n: number) => `热线坐席数已提高到 ${n}，并已填入该时段（可撤销）。`,
      pasteError: (cells: string, seats: number) => `未粘贴任何值：${cells}，应为 0 到 ${seats}（坐席数）之间的整数。`,
      noHours: '坐席时间或统计时段长度无法读取，各行按序号而非时刻显示。',
      lengthOff: (n: number) => `坐席排班的值与坐席时间内的时段（${n} 个）不一一对应。`,
      fit: '按坐席时间调整',
      cap: (n: number) => `超过 ${n} 的改为 ${n}（坐席数）`,
      fillValue: '在线坐席数',
    },
    handling: '坐席处理一通来电的时间（通话与整理）',
    patience: '来电者等待坐席的耐心',
    redial: '挂断后再次来电的比例',
    caseShare: '非即办事项来电中登记为首问事项的比例',
    callbacks: '等待较长的来电者可预约回拨',
    callbacksHint:
      '向来电者播报的预计等待超过下面的时长时，来电者可按 1 预约回拨，不必在线等待。坐席只在没有来电者等待时才回拨，先约先回；坐席下班时仍未回拨的，在坐席下次上班时回拨。',
    secondsUnit: '秒',
    offerAbove: '预计等待超过多久时提供回拨',
    offerAboveHint:
      '预计等待 =（前面等待的来电者 + 1）÷ 在线坐席数 × 坐席处理一通来电的平均时间。填 0：凡需等待的来电者都可预约回拨。',
    acceptShare: '选择回拨的来电者比例',
    acceptShareHint: '选择回拨的来电者随即挂机等候回电；其余的照常在线等待。',
    reachShare: '回拨时联系上纳税人的比例',
    reachShareHint: '联系上的回拨与接听一通来电用时相同；联系不上的响铃后结束。',
    withinMinutes: '回拨时限',
    withinMinutesHint: '结果中报告在预约后这一时间内完成回拨的比例。',
    unreachedSeconds: '联系不上的回拨占用坐席的时间',
    unreachedSecondsHint: '响铃等待和记录所用的时间。',
    online: '部分需求转为网上办理',
    onlineNote:
      '哪些业务类型转为网上办理、转移多快，可在“排班规划”页的“如果更多业务转为网上办理”中试算，或在方案文件中设置（已转移比例、每月新增转移比例、不能网上办理的业务）。',
    onlineCallShare: '转为网上办理后致电 12366 的比例',
  },
};
