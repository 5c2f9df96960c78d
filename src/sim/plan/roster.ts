/**
 * The roster: per-interval window requirements turned into shifts by set covering.
 *
 *   minimise Σ_j cost_j · x_j
 *   subject to  Σ_j a_kj · x_j >= r_k          every interval k (r_k: requirement, or minOnDuty if higher)
 *               Σ_j a_kj · x_j <= maxOnDuty    every interval k (the installed windows), when given
 *               Σ_{j of template t} x_j <= maxCount_t
 *               x_j integer >= 0
 *
 * x_j is the number of people working column j (a template, a start time and a break start,
 * see shift-templates.ts); a_kj = 1 when that person is at a window for the whole of interval k.
 *
 * Solver: yalps (pure TypeScript LP/MIP: simplex with branch and bound). The model is small
 * (tens to a few hundred columns, one row per interval), and yalps solves it exactly by branch
 * and bound in pure TypeScript, so it runs in Node and in a Web Worker without WebAssembly and
 * the app's Content-Security-Policy needs no 'wasm-unsafe-eval'. HiGHS (the `highs` package)
 * would add a ~2.5 MB WebAssembly module and that CSP exception.
 *
 * Before solving, columns that cover nothing are dropped, and a column is dropped when another
 * one covers a superset of its intervals at no higher cost and could replace it in any roster
 * (same template, or a template without maxCount; with maxOnDuty, identical coverage only). This
 * changes neither the integer optimum nor the LP bound, and keeps branch and bound small.
 *
 * The LP relaxation's optimum is reported as `lowerBound`: no roster costs less, so the
 * roster's cost lies in [lowerBound, cost] and the gap shows how much integrality costs.
 * Branch and bound is best-first and exact; a budget of search nodes (default ROSTER_MAX_NODES,
 * far above what a hall's day takes) only guards against pathological templates, and a roster
 * cut short by it is reported as 'feasible', never as optimal. The budget counts nodes, not
 * milliseconds, so the answer never depends on the machine's speed or load: the result is
 * deterministic (the columns are built in a fixed order, the solver draws no random numbers and
 * reads no clock).
 *
 * When there is no roster, the result says why in English and Chinese, naming the intervals:
 * those no template covers, those needing more than maxOnDuty, or (when only the limits taken
 * together fail) those an elastic model with the fewest missing windows leaves short.
 */
import { solve, type Constraint, type Options } from 'yalps';
import { ParameterError } from '../errors.ts';
import { formatTimeOfDay, type Localized, MINUTES_PER_DAY, parseTimeOfDay } from '../scenario/index.ts';
import {
  buildColumns,
  coverageOf,
  intervalLabel,
  validateTemplates,
  type IntervalGrid,
  type ShiftColumn,
  type ShiftTemplate,
} from './shift-templates.ts';

export {
  DEFAULT_TEMPLATES,
  MAX_COLUMNS,
  breakStarts,
  buildColumns,
  coverageOf,
  defaultTemplates,
  intervalLabel,
  startTimes,
  validateTemplates,
} from './shift-templates.ts';
export type { IntervalGrid, ShiftBreak, ShiftColumn, ShiftStarts, ShiftTemplate } from './shift-templates.ts';

export interface RosterInput {
  /** Length of an interval, minutes (the scenario's `calendar.intervalMinutes`). */
  intervalMinutes: number;
  /** Minutes of the day at which interval 0 begins (the scenario's `calendar.open`). */
  open: number;
  /** Windows needed per interval, integers >= 0. */
  requirements: number[];
  templates: readonly ShiftTemplate[];
  /** Installed windows: on duty never exceeds this. Default: no cap. */
  maxOnDuty?: number;
  /** At least this many on duty per interval (one entry per interval), on top of the requirements. */
  minOnDuty?: number[];
  /** Give up branch and bound after this many nodes, keeping the best roster found. Default ROSTER_MAX_NODES. */
  maxNodes?: number;
}

/** People starting one way of working a template. */
export interface RosterShift {
  templateId: string;
  /** "HH:MM". */
  start: string;
  end: string;
  breakStart: string | null;
  breakEnd: string | null;
  count: number;
}

/** Why an interval blocks the roster. */
export interface BlockingInterval {
  interval: number;
  /** "10:00–10:30". */
  time: string;
  /** noTemplate: no column covers it; aboveMax: needs more than maxOnDuty;
   *  short: the limits together leave it short by `short` windows. */
  reason: 'noTemplate' | 'aboveMax' | 'short';
  needed: number;
  short: number;
}

export interface RosterResult {
  /** optimal: proven optimal; infeasible: no roster meets the requirements (see `message` and
   *  `blocking`); feasible: the time limit stopped the search with a roster in hand (its cost
   *  within [lowerBound, cost]); timedout: the time limit came before any roster was found. */
  status: 'optimal' | 'feasible' | 'infeasible' | 'timedout';
  shifts: RosterShift[];
  /** Windows on duty per interval (what the simulation uses as the schedule). */
  onDuty: number[];
  /** onDuty − requirement per interval. */
  surplus: number[];
  /** Paid hours, breaks included. */
  staffHours: number;
  cost: number;
  /** The LP relaxation's optimum: no roster costs less. NaN when infeasible. */
  lowerBound: number;
  /** Columns (template × start × break start) in the model, after dropping useless and dominated ones. */
  columns: number;
  /** Columns generated from the templates. */
  columnsGenerated: number;
  /** Why there is no roster (infeasible, timedout) or why it may not be optimal (feasible); else null. */
  message: Localized | null;
  blocking: BlockingInterval[];
}

/** Branch-and-bound nodes before a roster search gives up (a hall's day takes far fewer). */
export const ROSTER_MAX_NODES = 50_000;

/** Checks the input; throws a ParameterError naming the field. Returns the grid. */
export function validateRosterInput(input: RosterInput): IntervalGrid {
  if (typeof input !== 'object' || input === null)
    throw new ParameterError('input', input, 'a roster input object', '排班输入对象');
  const { intervalMinutes, open, requirements, maxOnDuty, minOnDuty, maxNodes } = input;
  if (
    typeof intervalMinutes !== 'number' ||
    !Number.isInteger(intervalMinutes) ||
    intervalMinutes < 1 ||
    intervalMinutes > MINUTES_PER_DAY
  ) {
    throw new ParameterError(
      'intervalMinutes',
      intervalMinutes,
      'an integer from 1 to 1440 (minutes)',
      '1 至 1440 之间的整数（分钟）',
    );
  }
  if (typeof open !== 'number' || !Number.isInteger(open) || open < 0 || open >= MINUTES_PER_DAY) {
    throw new ParameterError(
      'open',
      open,
      'an integer from 0 to 1439 (minutes after midnight)',
      '0 至 1439 之间的整数（零点后的分钟数）',
    );
  }
  if (!Array.isArray(requirements) || requirements.length === 0) {
    throw new ParameterError('requirements', requirements, 'a non-empty list of integers >= 0', '非空的非负整数列表');
  }
  if (open + requirements.length * intervalMinutes > MINUTES_PER_DAY) {
    throw new ParameterError(
      'requirements',
      `${requirements.length} intervals`,
      `at most ${Math.floor((MINUTES_PER_DAY - open) / intervalMinutes)} intervals (the day ends at 24:00)`,
      `至多 ${Math.floor((1440 - open) / intervalMinutes)} 个时段（一天止于 24:00）`,
    );
  }
  requirements.forEach((r, k) => {
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 0) {
      throw new ParameterError(`requirements[${k}]`, r, 'an integer >= 0', '不小于 0 的整数');
    }
  });
  if (maxOnDuty !== undefined && (typeof maxOnDuty !== 'number' || !Number.isInteger(maxOnDuty) || maxOnDuty < 0)) {
    throw new ParameterError(
      'maxOnDuty',
      maxOnDuty,
      'an integer >= 0 (installed windows)',
      '不小于 0 的整数（已设窗口数）',
    );
  }
  if (minOnDuty !== undefined) {
    if (!Array.isArray(minOnDuty) || minOnDuty.length !== requirements.length) {
      throw new ParameterError(
        'minOnDuty',
        minOnDuty,
        `a list of ${requirements.length} integers >= 0 (one per interval)`,
        `${requirements.length} 个非负整数的列表（每时段一个）`,
      );
    }
    minOnDuty.forEach((r, k) => {
      if (typeof r !== 'number' || !Number.isInteger(r) || r < 0) {
        throw new ParameterError(`minOnDuty[${k}]`, r, 'an integer >= 0', '不小于 0 的整数');
      }
    });
  }
  if (maxNodes !== undefined && (typeof maxNodes !== 'number' || !Number.isInteger(maxNodes) || maxNodes < 1)) {
    throw new ParameterError(
      'maxNodes',
      maxNodes,
      'an integer >= 1 (branch-and-bound nodes)',
      '不小于 1 的整数（分支定界节点数）',
    );
  }
  const grid = { open, intervalMinutes, count: requirements.length };
  validateTemplates(input.templates, grid);
  return grid;
}

/** True when column a can replace column b in any roster at no higher cost. */
function dominates(a: ShiftColumn, b: ShiftColumn, templates: readonly ShiftTemplate[], capped: boolean): boolean {
  if (a.cost > b.cost) return false;
  if (a.template !== b.template && templates[a.template].maxCount !== undefined) return false;
  for (let k = 0; k < a.coverage.length; k++) {
    if (capped ? a.coverage[k] !== b.coverage[k] : a.coverage[k] < b.coverage[k]) return false;
  }
  return true;
}

/** The columns worth solving over: covering something, and not dominated (the first of equals kept). */
export function usefulColumns(
  columns: readonly ShiftColumn[],
  templates: readonly ShiftTemplate[],
  capped: boolean,
): ShiftColumn[] {
  const live = columns.filter((c) => c.coverage.some((v) => v > 0) && templates[c.template].maxCount !== 0);
  return live.filter(
    (b, j) =>
      !live.some(
        (a, i) => i !== j && dominates(a, b, templates, capped) && (i < j || !dominates(b, a, templates, capped)),
      ),
  );
}

/** Windows on duty per interval of a roster (e.g. one a planner edited): the schedule to simulate. */
export function onDutyOf(
  shifts: readonly RosterShift[],
  templates: readonly ShiftTemplate[],
  grid: IntervalGrid,
): number[] {
  const out = new Array<number>(grid.count).fill(0);
  shifts.forEach((s, i) => {
    const t = templates.find((x) => x.id === s.templateId);
    if (!t) throw new ParameterError(`shifts[${i}].templateId`, s.templateId, 'the id of a template', '已有模板的标识');
    const start = parseTimeOfDay(s.start);
    if (start === null)
      throw new ParameterError(`shifts[${i}].start`, s.start, 'a time of day "HH:MM"', '时刻 "HH:MM"');
    const bs = s.breakStart === null ? null : parseTimeOfDay(s.breakStart);
    if (s.breakStart !== null && bs === null) {
      throw new ParameterError(
        `shifts[${i}].breakStart`,
        s.breakStart,
        'null or a time of day "HH:MM"',
        'null 或时刻 "HH:MM"',
      );
    }
    if ((bs === null) !== !t.break) {
      throw new ParameterError(
        `shifts[${i}].breakStart`,
        s.breakStart,
        t.break ? 'a break start "HH:MM"' : 'null (the template has no break)',
        t.break ? '休息开始时刻 "HH:MM"' : 'null（该模板无休息）',
      );
    }
    if (!Number.isInteger(s.count) || s.count < 0)
      throw new ParameterError(`shifts[${i}].count`, s.count, 'an integer >= 0', '不小于 0 的整数');
    const cov = coverageOf(
      { start, end: start + t.lengthMinutes, breakStart: bs, breakEnd: bs === null ? null : bs + t.break!.minutes },
      grid,
    );
    for (let k = 0; k < grid.count; k++) out[k] += cov[k] * s.count;
  });
  return out;
}

type Row = [string, number][];

function model(
  columns: readonly ShiftColumn[],
  targets: readonly number[],
  templates: readonly ShiftTemplate[],
  maxOnDuty: number | undefined,
  integer: boolean,
) {
  const constraints = new Map<string, Constraint>();
  targets.forEach((r, k) => {
    if (r > 0 || maxOnDuty !== undefined)
      constraints.set(`r${k}`, maxOnDuty === undefined ? { min: r } : { min: r, max: maxOnDuty });
  });
  templates.forEach((t, i) => {
    if (t.maxCount !== undefined) constraints.set(`t${i}`, { max: t.maxCount });
  });
  const variables = new Map<number, Row>();
  columns.forEach((c, j) => {
    const row: Row = [['cost', c.cost]];
    c.coverage.forEach((v, k) => {
      if (v > 0) row.push([`r${k}`, v]);
    });
    if (templates[c.template].maxCount !== undefined) row.push([`t${c.template}`, 1]);
    variables.set(j, row);
  });
  return { direction: 'minimize' as const, objective: 'cost', constraints, variables, integers: integer };
}

const fmt = formatTimeOfDay;

/** Why no roster exists: intervals no column covers, above the cap, or left short by the limits. */
function diagnose(
  columns: readonly ShiftColumn[],
  targets: readonly number[],
  templates: readonly ShiftTemplate[],
  grid: IntervalGrid,
  maxOnDuty: number | undefined,
  maxNodes: number,
): { blocking: BlockingInterval[]; message: Localized } {
  const blocking: BlockingInterval[] = [];
  targets.forEach((r, k) => {
    if (r === 0) return;
    const time = intervalLabel(grid, k);
    if (!columns.some((c) => c.coverage[k] > 0))
      blocking.push({ interval: k, time, reason: 'noTemplate', needed: r, short: r });
    else if (maxOnDuty !== undefined && r > maxOnDuty)
      blocking.push({ interval: k, time, reason: 'aboveMax', needed: r, short: r - maxOnDuty });
  });
  if (blocking.length === 0) {
    // Limits that only bind together (maxOnDuty elsewhere, maxCount): the fewest windows short,
    // by an elastic model whose shortfall variables make every interval satisfiable.
    const m = model(columns, targets, templates, maxOnDuty, true);
    const variables = new Map<number | string, Row>(m.variables);
    targets.forEach((r, k) => {
      if (r > 0)
        variables.set(`s${k}`, [
          ['short', 1],
          [`r${k}`, 1],
        ]);
    });
    const sol = solve(
      { ...m, objective: 'short', variables, integers: [...m.variables.keys()] },
      { maxIterations: maxNodes, timeout: Infinity },
    );
    for (const [key, v] of sol.variables) {
      if (typeof key === 'string' && v > 1e-6) {
        const k = Number(key.slice(1));
        blocking.push({
          interval: k,
          time: intervalLabel(grid, k),
          reason: 'short',
          needed: targets[k],
          short: Math.round(v),
        });
      }
    }
    blocking.sort((a, b) => a.interval - b.interval);
  }
  const en: string[] = [];
  const zh: string[] = [];
  const list = (reason: BlockingInterval['reason']) => blocking.filter((b) => b.reason === reason);
  const no = list('noTemplate');
  if (no.length) {
    en.push(`no shift template covers ${no.map((b) => b.time).join(', ')}`);
    zh.push(`没有班次模板能覆盖 ${no.map((b) => b.time).join('、')}`);
  }
  const above = list('aboveMax');
  if (above.length) {
    en.push(
      `${above.map((b) => `${b.time} needs ${b.needed}`).join(', ')}, more than the ${maxOnDuty} windows installed (maxOnDuty)`,
    );
    zh.push(
      `${above.map((b) => `${b.time} 需 ${b.needed} 个窗口`).join('、')}，超过已设窗口数 ${maxOnDuty}（maxOnDuty）`,
    );
  }
  const short = list('short');
  if (short.length) {
    const capped = templates.filter((t) => t.maxCount !== undefined);
    const limitsEn = [
      ...(maxOnDuty !== undefined ? [`at most ${maxOnDuty} windows (maxOnDuty)`] : []),
      ...capped.map((t) => `at most ${t.maxCount} on ${t.name.en} (maxCount)`),
    ];
    const limitsZh = [
      ...(maxOnDuty !== undefined ? [`窗口至多 ${maxOnDuty} 个（maxOnDuty）`] : []),
      ...capped.map((t) => `${t.name.zh}至多 ${t.maxCount} 人（maxCount）`),
    ];
    en.push(
      `with ${limitsEn.join(' and ')}, no combination of shifts covers every interval: the best leaves ${short.map((b) => `${b.time} short by ${b.short}`).join(', ')}`,
    );
    zh.push(
      `在${limitsZh.join('、')}的限制下，任何班次组合都无法覆盖全部时段：最好的组合仍使 ${short.map((b) => `${b.time} 缺 ${b.short} 个窗口`).join('、')}`,
    );
  }
  if (!en.length) {
    en.push('no combination of shifts meets every requirement');
    zh.push('任何班次组合都无法满足全部时段的需求');
  }
  return { blocking, message: { en: `No roster: ${en.join('; ')}.`, zh: `无法排班：${zh.join('；')}。` } };
}

/**
 * The cheapest roster that puts at least the required windows on duty in every interval
 * (and never more than `maxOnDuty`). Deterministic: the same input gives the same shifts.
 */
export function planRoster(input: RosterInput): RosterResult {
  const grid = validateRosterInput(input);
  const { templates, maxOnDuty } = input;
  const targets = input.requirements.map((r, k) => Math.max(r, input.minOnDuty?.[k] ?? 0));
  const generated = buildColumns(templates, grid);
  const columns = usefulColumns(generated, templates, maxOnDuty !== undefined);
  const n = grid.count;
  const base = { columns: columns.length, columnsGenerated: generated.length };
  const empty = (
    status: RosterResult['status'],
    message: Localized | null,
    blocking: BlockingInterval[],
    lowerBound: number,
  ): RosterResult => ({
    status,
    shifts: [],
    onDuty: new Array<number>(n).fill(0),
    surplus: input.requirements.map((r) => -r),
    staffHours: 0,
    cost: 0,
    lowerBound,
    ...base,
    message,
    blocking,
  });
  if (targets.every((r) => r === 0)) return empty('optimal', null, [], 0);

  const options: Options = { maxPivots: 1 << 16, maxIterations: input.maxNodes ?? ROSTER_MAX_NODES, timeout: Infinity };
  const lp = solve(model(columns, targets, templates, maxOnDuty, false), options);
  if (lp.status !== 'optimal' && lp.status !== 'infeasible') {
    throw new Error(`roster: the LP solver stopped (${lp.status}) on ${columns.length} columns`);
  }
  const ip = lp.status === 'optimal' ? solve(model(columns, targets, templates, maxOnDuty, true), options) : lp;
  if (ip.status === 'infeasible') {
    const { blocking, message } = diagnose(
      columns,
      targets,
      templates,
      grid,
      maxOnDuty,
      options.maxIterations ?? ROSTER_MAX_NODES,
    );
    return empty('infeasible', message, blocking, NaN);
  }
  if (ip.status === 'timedout' && !Number.isFinite(ip.result)) {
    return empty(
      'timedout',
      {
        en: `No roster found within the search limit (${options.maxIterations} branch-and-bound nodes); none can cost less than ${lp.result.toFixed(2)}.`,
        zh: `在搜索上限（${options.maxIterations} 个分支定界节点）内未找到排班；任何排班的成本都不低于 ${lp.result.toFixed(2)}。`,
      },
      [],
      lp.result,
    );
  }
  if (ip.status !== 'optimal' && ip.status !== 'timedout') {
    throw new Error(`roster: the MIP solver stopped (${ip.status}) on ${columns.length} columns`);
  }

  const counts = new Array<number>(columns.length).fill(0);
  for (const [j, v] of ip.variables) counts[j] = Math.round(v);
  const onDuty = new Array<number>(n).fill(0);
  let cost = 0;
  let paid = 0;
  const shifts: RosterShift[] = [];
  columns.forEach((c, j) => {
    const x = counts[j];
    if (x === 0) return;
    for (let k = 0; k < n; k++) onDuty[k] += c.coverage[k] * x;
    cost += c.cost * x;
    paid += c.paidMinutes * x;
    shifts.push({
      templateId: c.templateId,
      start: fmt(c.start),
      end: fmt(c.end),
      breakStart: c.breakStart === null ? null : fmt(c.breakStart),
      breakEnd: c.breakEnd === null ? null : fmt(c.breakEnd),
      count: x,
    });
  });
  const timedOut = ip.status === 'timedout';
  return {
    status: timedOut ? 'feasible' : 'optimal',
    shifts,
    onDuty,
    surplus: onDuty.map((v, k) => v - input.requirements[k]),
    staffHours: paid / 60,
    cost,
    lowerBound: Math.min(lp.result, cost),
    ...base,
    message: timedOut
      ? {
          en: `Search limit reached: the roster may cost up to ${(cost - lp.result).toFixed(2)} more than the best possible.`,
          zh: `已达搜索上限：该排班的成本可能比最优方案至多高 ${(cost - lp.result).toFixed(2)}。`,
        }
      : null,
    blocking: [],
  };
}
