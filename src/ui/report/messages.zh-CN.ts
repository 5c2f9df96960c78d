/** 领导报告（issue 12）的中文用语。 */
import type { ReportMessages } from './messages.en.ts';

export const reportZh: ReportMessages = {
  title: '办税服务厅容量规划报告',
  synthetic: '合成数据：本报告的数据为示例估计，不是真实大厅的记录。',
  period: (from, to, days, working) => `${from} 至 ${to}，共 ${days} 天，其中工作日 ${working} 天`,
  sections: {
    answer: '一、结论',
    figures: '二、关键指标',
    waits: '三、何时何处等候',
    windows: '四、建议窗口数',
    roster: '五、排班表（整班）',
    kiosks: '六、自助终端',
    staggered: '七、错峰预约邀约',
    backOffice: '八、后台办理人员',
    cost: '九、成本：与现行对比',
    assumptions: '十、假设与数据来源',
    method: '十一、方法',
    reproduce: '十二、复现方式',
  },
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
