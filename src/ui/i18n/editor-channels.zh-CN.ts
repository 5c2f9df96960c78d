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
    online: '部分需求转为网上办理',
    onlineNote:
      '哪些业务类型转为网上办理、转移多快，可在“排班规划”页的“如果更多业务转为网上办理”中试算，或在方案文件中设置（已转移比例、每月新增转移比例、不能网上办理的业务）。',
    onlineCallShare: '转为网上办理后致电 12366 的比例',
  },
};
