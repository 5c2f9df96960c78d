/** charts 部分的简体中文字符串。 */
import type { ChartsMessages } from './charts.en.ts';

export const chartsZh: ChartsMessages = {};
