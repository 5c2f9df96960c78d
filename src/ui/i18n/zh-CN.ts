/** 简体中文字符串（默认语言）。 */
import { appZh } from './app.zh-CN.ts';
import { chartsZh } from './charts.zh-CN.ts';
import { editorZh } from './editor.zh-CN.ts';
import type { Messages } from './en.ts';
import { viewsZh } from './views.zh-CN.ts';
import { planZh } from './plan.zh-CN.ts';
import { planPathZh } from './plan-path.zh-CN.ts';
import { historyZh } from './history.zh-CN.ts';
import { glossaryZh } from './glossary.zh-CN.ts';
import { aboutZh } from './about.zh-CN.ts';
import { recoveryZh } from './recovery.zh-CN.ts';
import { provinceZh } from './province.zh-CN.ts';

export const zhCN: Messages = {
  languageName: '中文',
  languageLabel: '语言',
  title: 'HallFlow 办税服务厅容量规划',
  subtitle: '办税服务厅窗口与人员容量规划',
  kernelNote:
    '模型校验：仿真内核运行 M/M/c 排队模型（泊松到达、指数办理时长、c 个窗口），并将估计值与 Erlang C 精确值对照。内核正确时，精确值约有 95% 的概率落在置信区间内。',
  privacyNote: '全部计算在本浏览器内完成，数据不会离开本页面。',

  formLegend: 'M/M/c 模型',
  fields: {
    arrivalRate: '到达率（人/分钟）',
    meanService: '平均办理时长（分钟）',
    servers: '服务窗口数',
    replications: '重复次数',
    seed: '随机种子',
  },
  fixedSettings: (horizon: number, warmup: number) => `每次重复先预热 ${warmup} 分钟，再仿真 ${horizon} 分钟。`,
  allowedPositive: (max: number) => `大于 0 且不超过 ${max} 的数`,
  allowedInteger: (min: number, max: number) => `${min} 到 ${max} 之间的整数`,
  emptyValue: '（空）',
  fieldError: (field: string, value: string, allowed: string) => `${field}：“${value}” 不可用。允许：${allowed}。`,
  formInvalid: '请先更正标出的字段。本次未运行。',

  run: '运行仿真',
  running: '正在运行…',
  cancel: '取消',
  cancelled: '已取消本次运行。',

  resultHeading: '仿真结果与 Erlang C 对照',
  offeredLoad: (rho: string) => `负荷率 ρ = λ / (c·μ) = ${rho}`,
  colMetric: '指标',
  colSimulated: (level: string) => `仿真值（均值 ± ${level} 置信区间半宽）`,
  colTheory: 'Erlang C（精确值）',
  colAgrees: (level: string) => `精确值落在 ${level} 置信区间内`,
  rowMeanWait: '平均排队等待时间（分钟）',
  rowPWait: '需要排队的概率 P(等待 > 0)',
  rowUtilisation: '窗口利用率',
  yes: '是',
  no: '否',
  unstable: '不稳定（ρ ≥ 1）',
  unstableNote:
    '到达率已达到或超过服务能力（λ ≥ c·μ）：队列将无限增长，不存在稳态值。仿真数值仅反映本次有限时长的运行。',
  runSummary: (replications: string, customers: string, events: string, seconds: string) =>
    `${replications} 次重复 · ${customers} 位纳税人 · ${events} 个事件 · 用时 ${seconds} 秒`,

  kernelRejected: (message: string) => `仿真器拒绝了参数：${message}`,
  workerCrashed: (detail: string) =>
    `仿真后台线程意外终止${detail ? `（${detail}）` : ''}。下次运行时将自动启动新的后台线程。`,
  runFailed: (detail: string) => `仿真失败：${detail}`,
  replicationFailed: (replication: number, seed: number, detail: string) =>
    `仿真在第 ${replication} 次重复（随机种子 ${seed}）时中止：${detail}。方案已保存，可以再运行一次，或恢复上一个可用方案。`,

  app: appZh,
  editor: editorZh,
  charts: chartsZh,
  views: viewsZh,
  plan: planZh,
  planPath: planPathZh,
  history: historyZh,
  glossary: glossaryZh,
  about: aboutZh,
  recovery: recoveryZh,
  province: provinceZh,
};
