/** 排班规划页的简体中文字符串。 */
import type { PlanMessages } from './plan.en.ts';

export const planZh: PlanMessages = {
  heading: '排班规划',
};
