/** 历史数据导入页的简体中文字符串。 */
import type { HistoryMessages } from './history.en.ts';

export const historyZh: HistoryMessages = {
  heading: '导入历史数据',
};
