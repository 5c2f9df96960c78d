/** Made-up halls for the province view's tests: a simulate, plan and compare record in a line each. */
import type { HallResult, ProvinceResult } from '../../../../sim/batch/province.ts';
import type { CompareRecord, PlanRecord, SimulateRecord } from '../../../../sim/batch/records.ts';

export const sim = (within: number, halfWidth: number | null, share = 0.9): SimulateRecord => ({
  task: 'simulate',
  replications: 20,
  target: { waitMinutes: 15, share },
  within: { mean: within, halfWidth },
  shortfall: Math.max(0, share - within),
  meanWait: null,
  p90Wait: null,
  abandoned: null,
  utilisation: null,
  arrivals: null,
});

export const plan = (
  needed: number,
  hours: [number, number] = [100, 120],
  kiosks: number | null = null,
): PlanRecord => ({
  task: 'plan',
  replications: 20,
  windowsNeeded: needed,
  windowsRostered: needed,
  kiosksRecommended: kiosks,
  staffHours: { current: hours[0], recommended: hours[1] },
  officers: null,
  withinCurrent: { mean: 0.8, halfWidth: 0.02 },
  withinRecommended: { mean: 0.95, halfWidth: 0.01 },
  warnings: 0,
});

export const compare = (mean: number, halfWidth: number | null): CompareRecord => ({
  task: 'compare',
  replications: 20,
  whatIf: { zh: '一成业务转为网上办理', en: '10% go online' },
  differences: [{ metric: 'wait.all.mean', asIs: 5, whatIf: 5 + mean, difference: { mean, halfWidth } }],
});

export const hall = (
  id: string,
  s: SimulateRecord | null,
  p: PlanRecord | null,
  windows = 5,
  c: CompareRecord | null = null,
): HallResult => ({
  id,
  name: { zh: `${id}厅`, en: `Hall ${id}` },
  installed: { windows, kiosks: 2 },
  simulate: s,
  plan: p,
  compare: c,
});

export const province = (halls: HallResult[]): ProvinceResult => ({
  kind: 'hallflow.province',
  version: 1,
  name: { zh: '测试省', en: 'Test province' },
  synthetic: true,
  seed: 1,
  replications: 20,
  halls,
});
