/** 拟合改动清单的简体中文字符串：字段的通俗名称，以及每项改动"怎么得来"的一句话说明。 */
import type { ChangeMessages } from './history-changes.en.ts';

const DAYS = {
  ordinary: '平日',
  filing: '申报期',
  filingFirst: '申报期最初几个工作日',
  filingLast: '截止前最后几个工作日',
  deadline: '截止日',
};

export const changesZh: ChangeMessages = {
  why: '怎么得来的',
  names: {
    dailyVolume: '日取号量',
    dayTypeFactors: '日类型系数',
    filingPositionFactors: '申报期首尾几天的系数',
    weekdayFactors: '星期系数',
    intraday: '日内到达分布',
    share: (type) => `${type} 占比`,
    monthShare: (type, month) => `${type} ${month}占比`,
    service: (type) => `${type} 窗口办理时长`,
    acceptance: (type) => `${type} 窗口受理时长`,
    kioskTime: (type) => `${type} 自助终端办理时长`,
    appointmentShare: '预约来访占比',
    noShow: '预约爽约比例',
    kioskChoice: '现场来访者选择自助终端的比例',
    patience: '等候耐心（等多久会中途离开）',
  },
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  month: (m) => `${m} 月`,
  oneDay: DAYS,
  days: DAYS,
  list: (items) => items.join('、'),
  numbers: (items) => items.join('、'),
  sentence: {
    dailyVolume: (a) =>
      `现为${a.ref}基数（${a.ref}系数为 1${a.was ? `；原方案相当于 ${a.was} 人` : ''}）；${a.classes}按系数 ${a.factors} 放大；系数由 ${a.days} 个工作日的记录重新估计，基数随之换算，使基数 × 系数重现记录中各天的人数${a.month ? `（${a.month}）` : ''}${a.online ? `；基数未扣除网上办理的 ${a.online}` : ''}。`,
    monthFactor: (month, factor) => `${month}另乘月份系数 ${factor}`,
    factors: (a) =>
      `由 ${a.days} 个工作日的记录重新估计，以${a.ref}为 1：${a.names}分别是${a.ref}的 ${a.now} 倍${a.was ? `（原方案折合 ${a.was} 倍）` : ''}${a.missing ? `；记录中没有${a.missing}，沿用原方案的比例` : ''}。`,
    weekdays: (a) =>
      `由各星期几的来访人数重新估计，再调整为平均（几何平均）为 1，使日取号量代表平均的一天：${a.high}最高（${a.highValue}），${a.low}最低（${a.lowValue}）${a.missing ? `；记录中没有${a.missing}，按原方案的比例换算` : ''}。`,
    intraday: (a) =>
      `按 ${a.tickets} 张现场和预约号在各时段的取号数计算，${a.pooled ? '所有日期合并为一条' : '每种日期类型一条'}，${a.smoothing ?? '不平滑'}；各时段比例经舍入后合计为 100%。`,
    smoothing: (k) => `再按 ${k} 个时段移动平均平滑（高峰会略低）`,
    share: (a) => `占记录中来访人数的 ${a.measured}；各类型占比合计归一为 100%。`,
    shareScaled: (a) =>
      `占记录中其余类型来访人数的 ${a.measured}；${a.own}在 ${a.months}另有分月占比，其全年占比 ${a.kept} 保持不变，其余类型合计按 ${a.rest} 归一，故为 ${a.after}。`,
    shareScaledShort: (a) => `占记录中其余类型来访人数的 ${a.measured}，同上按 ${a.rest} 归一，故为 ${a.after}。`,
    monthShare: (a) => `由记录直接计数：${a.month}${a.type}占当月来访人数的比例；全年占比不受影响。`,
    handlingBest: (a) =>
      `在对数正态和伽马两种分布中，${a.chosen}与 ${a.n} 条办理记录最贴近：两者的累计比例最多相差 ${a.gap}，低于 5% 检验的临界值 ${a.critical}（KS 检验），故选用。`,
    handlingNeither: (a) =>
      `对数正态和伽马与 ${a.n} 条办理记录的差距都超过 5% 检验的临界值 ${a.critical}（KS 检验），故直接采用记录本身的分布（经验分布）。`,
    handlingForced: (a) =>
      `按您的选择采用${a.chosen}分布，由 ${a.n} 条办理记录拟合（与记录的累计比例最多相差 ${a.gap}）。`,
    patience: (a) =>
      `由 ${a.events} 张弃号被发现离开的时刻和 ${a.censored} 张已办理号的等候时间，按 Kaplan–Meier 方法估计：已办理的人只说明其耐心至少有那么长（删失），不能当作耐心直接平均；再选用与曲线更贴近的${a.chosen}分布（AIC 较小）。`,
    counted: (rows) => `由记录直接计数：${rows}。`,
    estimated: (rows, method) => `由记录估计（${method}）：${rows}。`,
  },
};
