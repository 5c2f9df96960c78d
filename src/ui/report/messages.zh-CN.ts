/** 领导报告（issue 12）的中文用语。 */
import type { ReportMessages } from './messages.en.ts';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as section numbers are written: 一, 十, 十二, 二十一. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

export const reportZh: ReportMessages = {
  title: '办税服务厅容量规划报告',
  synthetic: '合成数据：本报告的数据为示例估计，不是真实大厅的记录。',
  period: (from, to, days, working) => `${from} 至 ${to}，共 ${days} 天，其中工作日 ${working} 天`,
  sections: {
    answer: '结论',
    figures: '关键指标',
    waits: '何时何处等候',
    windows: '建议窗口数',
    roster: '排班表（整班）',
    kiosks: '自助终端',
    staggered: '错峰预约邀约',
    backOffice: '后台办理人员',
    hotline: '12366 纳税服务热线',
    cost: '成本：与现行对比',
    assumptions: '假设与数据来源',
    method: '方法',
    reproduce: '复现方式',
  },
  numbered: (n, name) => `${chineseNumber(n)}、${name}`,
  answer: {
    open: (parts) => `建议开窗：${parts}。各时段的窗口数见第四节。`,
    openPart: (day, n, at) => `${day}最多同时开 ${n} 个窗口（${at}）`,
    cost: (rostered, now, diff, required) =>
      `成本：按整班排出的排班共 ${rostered} 窗口小时，比现行 ${now} ${diff}；其中按时段所需 ${required}。`,
    more: (x) => `多 ${x}`,
    less: (x) => `少 ${x}`,
    same: '持平',
    service: (share, range, target, nowShare, met, total) =>
      `服务：按建议排班，全期 ${share} 的人在 ${target} 分钟内开始办理（有 95% 的把握在 ${range} 之间），现行排班为 ${nowShare}；${total} 个时段中有 ${met} 个达到目标。`,
    noPlan:
      '尚未为本方案制作排班规划：以下只报告现行排班的仿真结果。可在“排班规划”页制作规划，或用命令 hallflow plan 生成。',
  },
  figures: {
    lead: (reps) =>
      `现行排班，${reps} 次重复仿真的平均值；括号内为 95% 置信区间：同样的大厅再运行很多次，真实的平均值有 95% 的把握落在其中。`,
    interval: (lo, hi) => `有 95% 的把握在 ${lo} 到 ${hi} 之间`,
    single: '只有一次重复，无法给出区间',
    measure: '指标',
    value: '数值',
    range: '区间',
    note: '说明',
  },
  waits: {
    lead: (target) =>
      `每条线是一类日子里各时段开始办理前的平均等候（实线）和 90% 的人不超过的等候（虚线），阴影为平均等候的 95% 置信区间；横线为目标 ${target} 分钟。`,
    chart: (day) => `${day}：各时段等候时间（分钟）`,
    mean: '平均等候',
    p90: '90% 的人不超过',
    target: '目标',
    minutes: '分钟',
  },
  windows: {
    lead: (target) => `为达到目标（${target}），每个时段各窗口组应开的窗口数（相邻时段相同的已合并）。`,
    time: '时段',
    total: '合计',
    above: '超过已安装数',
  },
  roster: {
    shift: '班次',
    break: '休息',
    people: '人数',
    none: '—',
    total: (n) => `共 ${n} 人`,
    aboveInstalled: '所需窗口多于已安装，排班按已安装数封顶。',
  },
  kiosks: {
    none: '本方案没有自助终端，或未规划。',
    site: '地点',
    installed: '现有',
    recommended: '建议',
    p90: '90% 的人等候不超过（分钟）',
    notMet: '上限内无法达标',
  },
  staggered: {
    none: '未规划错峰预约（本方案不适用或未开启）。',
    share: '邀约比例',
    booked: '接受邀约人数（日均）',
    peak: '最高同时开窗',
    hours: '窗口小时',
    chosen: '建议',
    how: (hours, acceptance) => `邀约到 ${hours} 办理，接受率 ${acceptance}。`,
  },
  backOffice: {
    none: '本方案没有后台（非即办事项），或未规划。',
    count: '后台人员',
    onTime: '按时办结比例',
    chosen: '建议',
    lead: (installed, target) => `现有 ${installed} 人；目标：按时办结比例不低于 ${target}。`,
  },
  hotline: {
    lead: (seconds, level, interval) =>
      `按现行坐席排班，整个模拟期间转人工的来电中 ${level} 在 ${seconds} 秒内接通（${interval}）。等待中挂断、重拨和坐席占用率及其区间见下表。`,
    noCalls: '模拟期间没有来电转到人工坐席，无法给出接通率。',
    level: (seconds) => `${seconds} 秒内接通率`,
    levelNote: '占转人工来电（自助语音办结的不计）。',
    abandon: '等待中挂断',
    abandonNote: '占转人工来电。',
    redial: '重拨',
    redialNote: '占全部来电：挂断后再次拨打的来电。',
    occupancy: '坐席占用率',
    occupancyNote: '坐席在线时间中用于通话和整理的比例。',
    moved: '转为网上办理的业务',
    movedNote: '本期由大厅转到网上办理的业务量（件）。',
    fromOnline: '关于网上办理的来电',
    fromOnlineNote: (share) => `由此致电 12366 的新来电（通）；每件转移业务有 ${share} 会来电。`,
    exact: '按方案设定计算，不受随机波动影响',
    online: (moved, calls, interval) =>
      `本期共有 ${moved} 件业务转为网上办理，由此致电 12366 的来电 ${calls} 通（${interval}）。`,
    paren: (text) => `（${text}）`,
    noneMoved: '本期没有业务转为网上办理（方案未设定转移），因此没有相关的 12366 来电。',
    advice: '坐席建议',
    noAdvice: '排班规划未包含 12366 坐席（尚未为本方案制作排班规划，或规划时未包括热线）。',
  },
  cost: {
    item: '项目',
    now: '现行',
    plan: '建议',
    change: '变化',
    windowHours: '窗口小时（前台）',
    requiredHours: '其中按时段所需',
    officers: '后台人员（人）',
    officerHours: (hours) => `后台人员工时：每人每个工作日按 ${hours} 小时计。`,
    officerHoursRow: '后台人员工时（小时）',
    kiosks: '自助终端（台）',
    agentHours: '12366 坐席工时（小时）',
  },
  assumptions: {
    target: (text) => `服务目标：${text}。`,
    description: (text) => `方案说明：${text}`,
    history: (file, rows, rejected) =>
      `按历史数据拟合：${file}，读入 ${rows} 行${rejected > 0 ? `，拒绝 ${rejected} 行（导入时已逐行列出行号）` : ''}。`,
    noHistory: '没有导入历史数据：到达量与办理时长取自方案中的设定。',
    synthetic: '本方案标为合成数据。',
  },
  method:
    'HallFlow 用离散事件仿真逐个模拟纳税人：按日类型与时段的到达、取号、分流到自助终端与各窗口组、预约与错峰邀约、中途离开、后台限时办结，以及首问负责、延时服务与 24 小时自助五项制度。每个数字是多次独立重复仿真的平均值，并给出 95% 置信区间。建议窗口数由迭代排班算法（ISA）在仿真上逐时段求出，再用公共随机数逐个削减与补足，并与解析的 SIPP、滞后 SIPP 和修正提供负荷法对照；排班表以整数规划（集合覆盖）用整班覆盖各时段所需；建议方案在未参与规划的新随机种子上重新验证。',
  reproduce: (date, seed, reps) =>
    `本报告生成于 ${date}；仿真随机种子 ${seed}，${reps} 次重复。用同一方案文件、随机种子和重复次数运行 hallflow report，可得到相同的数字。`,
  page: (n, total) => `第 ${n} 页，共 ${total} 页`,
  none: '—',
  view: {
    open: '报告',
    back: '返回规划',
    print: '打印或保存为 PDF…',
    lead: '给局领导的报告，A4 纸：可直接打印，或在打印对话框中选“另存为 PDF”。',
    waiting: '报告需要当前方案的仿真结果：正在运行，完成后显示报告。',
    planOther: '“排班规划”页上的规划是为另一个方案做的（或方案之后已修改），报告中未包含：重新制作规划即可包含。',
    made: (date) => `生成于 ${date}`,
  },
};
