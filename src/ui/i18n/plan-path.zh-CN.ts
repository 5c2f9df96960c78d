/** 计划路径（议题 11 第 4、5 项）的中文文字：目标表单、全部阶段的进度、先给答案、随方案保存的计划、应用前的审阅。 */
import type { PlanPathMessages } from './plan-path.en.ts';

export const planPathZh: PlanPathMessages = {
  target: {
    legend: '服务目标',
    perDayType: '按日类型分别设置目标',
    row: '日类型',
    all: '所有日类型',
    fields: {
      wait: '等候不超过（分钟）',
      share: '在此时限内办理的比例（%）',
      scope: '考核方式',
      mean: '平均等候上限（分钟，可选）',
      abandon: '中途离开比例上限（%，可选）',
      occupancy: '窗口占用率上限（%，可选）',
    },
    scopes: { interval: '逐时段考核', day: '按全天考核' },
    problem: (row, field, value, allowed) => `${row} · ${field}：“${value}” 不可用。允许：${allowed}。`,
    empty: '（空）',
    invalid: '请先更正标出的目标字段：字段有误时不会开始制定计划。',
    advanced: '高级：用文字写目标',
    advancedNote: '同一目标的文字写法（与命令行相同）。文字有效时会填入上面的字段；修改字段也会改写这段文字。',
    textInvalid: '文字目标有误：请更正或撤回修改（有误时不会开始制定计划）。',
    settings: (target, reps) => `规划设置 — ${target}每次仿真 ${reps} 次重复。`,
  },
  progress: {
    step: (n, of) => `第 ${n} 步，共 ${of} 步`,
    left: (time) => `约剩 ${time}`,
    estimating: '正在估计剩余时间',
    seconds: (s) => `${s} 秒`,
    minutes: (m, s) => `${m} 分 ${s} 秒`,
  },
  kept: {
    restored: (when) => `已从本浏览器恢复计划（制定于 ${when}）。`,
    notApplicable: '不适用：制定此计划后方案已更改。请为当前方案重新制定计划。',
    otherHall: (hall) => `不适用：此计划是为另一个办税服务厅（“${hall}”）制定的。请为当前办税服务厅重新制定计划。`,
    saveFailed: '无法在本浏览器中保存计划（存储被拒绝）；关闭页面前计划仍在。',
  },
  answer: {
    heading: '答案：每半小时开几个窗口',
    lead: (target) => `为达到目标（${target}），每个时段各窗口组应开的窗口数。相邻时段数字相同的已合并。`,
    day: '日类型',
    time: '时段',
    total: '窗口合计',
    why: '说明',
    instruction: (day, from, to, counts) => `${day} ${from}–${to}：${counts}`,
    count: (name, n) => `${name} ${n} 个`,
    sep: '、',
    most: (day, n, at, rows) => `${day}：同时最多开 ${n} 个窗口（${at}），全天分 ${rows} 段。`,
    aboveInstalled: (n) => `超过已安装的 ${n} 个`,
    odd: {
      afterCutoff: (cutoff, arrivals, windows) =>
        `${cutoff} 停止取号：此时段只到达 ${arrivals} 人，但停止取号前已取号的排队者仍在办理，所以需要 ${windows} 个窗口。`,
      carryOver: (arrivals, work, from, fromWork, windows) =>
        `此时段到达 ${arrivals} 人（工作量约 ${work} 个窗口），但 ${from} 起的排队（工作量约 ${fromWork} 个窗口）仍在等候，所以需要 ${windows} 个窗口。`,
      aboveWork: (arrivals, work, windows) =>
        `此时段到达 ${arrivals} 人（工作量约 ${work} 个窗口）；${windows} 个窗口还要接待按时段成批到达的预约，并为估计的不确定性留出余量。`,
      belowWork: (work, windows) => `工作量约 ${work} 个窗口，只开 ${windows} 个：排队可延续到下一个半小时，仍能达标。`,
      gridShort: (group, work, open) =>
        `排班表会在此标“!”：工作量约 ${work} 个窗口，但${group}只安装了 ${open} 个窗口。`,
      hall: '全厅接待现场取号的窗口合计',
      at: (time, text) => `${time}：${text}`,
    },
  },
  roster: {
    why: (rostered, required, extra, share) =>
      `为什么多于所需：排班在岗 ${rostered} 窗口小时，所需 ${required}（多 ${extra}，${share}）。所需窗口数每半小时都在变，而人员按整班上岗（全天班、半天班，含休息），每个班次要覆盖它跨越的所有时段，所以班次中较闲的时段会有富余人员。`,
    same: '排班在岗人数与所需窗口数完全一致。',
  },
  methods: {
    heading: '方法与明细（SIPP、滞后 SIPP、MOL、逐时段表、成本与服务）',
  },
  review: {
    heading: '审阅并应用',
    open: '审阅改动…',
    intro: '计划会做的每项改动，附原因和预期效果。不需要的请取消勾选；应用是一步操作，可用页首的“撤销”撤回。',
    choice: '应用哪种窗口数',
    part: '改动',
    reason: '原因',
    effect: '预期效果',
    windows: (group, day) => `${group} · ${day}`,
    range: (from, to, before, after) => `${from}–${to}：${before} → ${after}`,
    more: (n) => `另有 ${n} 段时段`,
    windowsReason: { required: '仿真得出的达标所需窗口数', recommended: '按整班排班的在岗窗口数' },
    windowsEffect: (before, after) => `每天窗口小时 ${before} → ${after}`,
    installed: (group, from, to) => `${group}：已安装窗口数 ${from} → ${to}`,
    installedReason: (most, installed) => `计划在本组最多开 ${most} 个窗口，而本组窗口数（已安装）为 ${installed} 个`,
    installedEffect: '排班表可以开这么多窗口（须有相应柜台和人员）',
    installedCap: (installed) => `不勾选：排班按已安装的 ${installed} 个窗口封顶`,
    kiosk: (site, from, to) => `${site}：自助终端 ${from} → ${to} 台`,
    kioskReason: '仍能达到自助终端目标的最少台数（已仿真故障与维修）',
    kioskEffect: (p90, up) => `90% 的自助终端使用者等候不超过 ${p90} 分钟；至少一台可用的时间占 ${up}`,
    staggered: (share) => `邀请高峰日需求的 ${share} 改为错峰预约`,
    staggeredReason: (saved) => `高峰时可少开 ${saved} 个窗口`,
    staggeredEffect: (hours) => `全期少用 ${hours} 窗口小时（按各方案的估算公式）`,
    staggeredEffectMore: (hours) => `全期多用 ${hours} 窗口小时（按各方案的估算公式）：高峰降低，其他日子更忙`,
    backOffice: (from, to) => `后台人员 ${from} → ${to} 人`,
    backOfficeReason: '能在时限内办结的最少后台人数',
    backOfficeEffect: (share) => `${share} 按时办结`,
    overall: (nowMet, planMet, total) =>
      `整个计划在新的随机数上重新仿真：${total} 个时段中 ${planMet} 个达标（现在 ${nowMet} 个）。`,
    cautionsHeading: '注意',
    caution: {
      bigCut: (what, from, to) => `${what}：大幅减少（${from} → ${to}），应用前请确认。`,
      allDay: (site) => `${site}全天 24 小时开放：台数少时，夜间一台故障，修好之前纳税人可能无机可用。`,
      bigRise: (group, from, to) =>
        `${group}：大幅增加（现在最多开 ${from} 个，计划 ${to} 个），请确认柜台和人员到位。`,
      aboveInstalled: (group, most, installed) =>
        `${group}：计划最多开 ${most} 个窗口，超过已安装的 ${installed} 个。勾选“提高已安装窗口数”才会照此排班；不勾选则按 ${installed} 个封顶。`,
      partial: '有部分改动未选：窗口数是按全部改动都到位时计算的，实际结果可能与计划中的数字不同。',
      marks: (n) => `应用后，排班表会在 ${n} 个时段标“!”：那里需要的窗口多于所开窗口。`,
      noMarks: '应用后，排班表不会在任何时段标“!”。',
      stale: '制定此计划后方案已更改：应用会覆盖这些部分后来的修改。',
    },
    apply: '应用勾选的改动',
    nothing: '未勾选任何改动：没有可应用的内容。',
    done: (n) => `已应用 ${n} 项改动。这是一步操作：可用页首的“撤销”撤回。`,
    close: '关闭审阅',
  },
  files: {
    hallColumn: '办税服务厅',
  },
};
