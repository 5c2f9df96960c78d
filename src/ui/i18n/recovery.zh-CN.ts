/** 出错时的简体中文字符串：方案无法读取或检查、某个视图出错、恢复上一个可用方案。 */
import type { RecoveryMessages } from './recovery.en.ts';

export const recoveryZh: RecoveryMessages = {
  restore: '恢复上一个可用方案',
  restoreHint: '上一个运行成功并得出结果的方案（尚无时为示例方案）。当前方案保留在撤销记录中。',
  restored: (name: string) => `已恢复上一个可用方案“${name}”。`,
  dismiss: '知道了',
  checkFailed: (detail: string) =>
    `无法检查此方案（${detail}），因此不会运行。请恢复上一个可用方案，或导出此方案修正后再导入。`,
  invalidLead: '此方案有问题，修正前不会运行。请修正标出的字段，或者：',
  runFailedLead: '上次仿真未能完成（见下方运行栏）。可以再运行一次，或者：',
  reasons: {
    notJson: (detail: string) => `内容不是有效的 JSON（${detail}）`,
    notObject: (what: string) => `内容是${what}，而不是方案`,
    damagedLink: '链接不完整或已损坏',
    unreadable: (detail: string) => `无法读取（${detail}）`,
  },
  kinds: {
    number: '一个数字',
    string: '一段文字',
    boolean: '一个真/假值',
    null: '空值（null）',
    array: '一个列表',
    other: '其他内容',
  },
  startup: {
    notice: (what: string, instead: string) => `${what}${instead}`,
    saved: (why: string) => `浏览器中保存的方案无法使用：${why}。`,
    link: (why: string) => `链接中的方案无法使用：${why}。`,
    opened: {
      saved: '已改为打开您上次保存的方案。',
      lastGood: '已改为打开上一个可用方案。',
      demo: '已改为打开示例方案。',
    },
  },
  presetFailed: (name: string, why: string) => `无法载入预设方案“${name}”：${why}`,
  boundary: {
    failed: (part: string) => `${part}出错，暂时无法显示。`,
    detail: (detail: string) => `出错原因：${detail}`,
    rest: '页面的其他部分仍可正常使用，您的方案已保存。',
    retry: '重试',
  },
  parts: {
    page: '页面',
    header: '页头',
    editor: '方案编辑器',
    section: (title: string) => `“${title}”一节`,
    runBar: '运行栏',
    view: (tab: string) => `“${tab}”页面`,
  },
};
