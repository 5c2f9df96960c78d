/**
 * Rules between fields that are not about shares, ids, schedules or the calendar: every
 * distribution as the engine will compile it, non-immediate types and the back office, and
 * the smaller orderings (balking thresholds, warm-up, weekdays, staggered peak days, the hall
 * kiosk site).
 */
import { distribution } from '../engine/distributions.ts';
import { ParameterError } from '../errors.ts';
import { distributionSpec } from './schema.ts';
import type { DistributionSpec } from './scenario.ts';
import { type Path, formatPath, parsePath, show, valueAt } from './problems.ts';
import { type Context, arr, int, num, obj } from './validate-read.ts';

export function checkRules(ctx: Context): void {
  distributions(ctx);
  cases(ctx);
  orderings(ctx);
  staggeredDays(ctx);
  hallSite(ctx);
}

/** Where distributions sit in a scenario. */
function distributionPaths(input: Record<string, unknown>): Path[] {
  const paths: Path[] = [];
  arr(input.types)?.forEach((t, i) => {
    const type = obj(t);
    paths.push(['types', i, 'service']);
    if (obj(type?.kiosk)) paths.push(['types', i, 'kiosk', 'time']);
    if (obj(type?.case))
      for (const k of ['acceptance', 'transfer', 'work', 'answer']) paths.push(['types', i, 'case', k]);
  });
  paths.push(
    ['guidance', 'time'],
    ['appointments', 'late'],
    ['appointments', 'early'],
    ['behaviour', 'patience'],
    ['kiosks', 'patience'],
  );
  arr(obj(input.kiosks)?.sites)?.forEach((_, i) => paths.push(['kiosks', 'sites', i, 'failures', 'repair']));
  paths.push(
    ['hotline', 'handling'],
    ['hotline', 'patience'],
    ['hotline', 'redial', 'delay'],
    ['hotline', 'bookings', 'leadDays'],
  );
  return paths;
}

/**
 * Compiles each structurally sound distribution with the engine's `distribution()`, which checks
 * what the schema cannot (uniform max > min, a triangular mode inside [min, max], ...).
 */
function distributions(ctx: Context): void {
  for (const path of distributionPaths(ctx.input)) {
    const spec = valueAt(ctx.input, path);
    if (spec === undefined || spec === null || !distributionSpec.safeParse(spec).success) continue;
    try {
      distribution(spec as DistributionSpec, formatPath(path));
    } catch (err) {
      if (!(err instanceof ParameterError)) throw err;
      const at = parsePath(err.param);
      ctx.out.add(
        at.length ? at : path,
        'distribution',
        `got ${show(err.value)}; allowed: ${err.allowed}`,
        `取值 ${show(err.value)} 无效；允许：${err.allowedZh}`,
      );
    }
  }
}

/** Names already shown (quoted), joined: at most 20, then the count of the rest. */
function listed(shown: string[], separator: string): string {
  return shown.length > 20
    ? `${shown.slice(0, 20).join(separator)}${separator}… (+${shown.length - 20})`
    : shown.join(separator);
}

/** Non-immediate types need a case and a back office; immediate ones may not have a case. */
function cases(ctx: Context): void {
  const { input } = ctx;
  const nonImmediate: string[] = [];
  arr(input.types)?.forEach((t, i) => {
    const type = obj(t);
    if (!type) return;
    const id = typeof type.id === 'string' ? show(type.id) : `types[${i}]`;
    if (type.immediate === false) {
      nonImmediate.push(id);
      if (type.case === undefined) {
        ctx.out.add(
          ['types', i, 'case'],
          'case_required',
          `the type ${id} is non-immediate (immediate: false), so it needs a case: acceptance, limitDays, transfer, work and answer`,
          `业务类型 ${id} 为非即办事项（immediate: false），需要填写 case：受理、办理时限、转办、承办、反馈`,
        );
      }
    } else if (type.case !== undefined && (type.immediate === true || type.immediate === undefined)) {
      ctx.out.add(
        ['types', i, 'case'],
        'case_not_allowed',
        `the type ${id} is immediate, so it must not have a case; set "immediate": false if its matters go to the back office`,
        `业务类型 ${id} 为即办事项，不应填写 case；如需转后台办理，请设 "immediate": false`,
      );
    }
  });
  // (a backOffice of the wrong shape is the structural check's to report)
  const noBackOffice = input.backOffice === undefined || input.backOffice === null;
  if (nonImmediate.length > 0 && noBackOffice) {
    ctx.out.add(
      ['backOffice'],
      'back_office_required',
      `the non-immediate types ${listed(nonImmediate, ', ')} need a back office to handle their cases; add backOffice (officers, ...)`,
      `非即办业务类型 ${listed(nonImmediate, '、')} 需要后台办理，请设置 backOffice（后台人员数等）`,
    );
  }
  const leaveShare = num(obj(input.closing)?.leaveWithHallShare);
  if (leaveShare !== undefined && leaveShare > 0 && noBackOffice) {
    ctx.out.add(
      ['closing', 'leaveWithHallShare'],
      'back_office_required',
      `got ${show(leaveShare)}: matters left with the hall become cases, which need a back office; add backOffice or set it to 0`,
      `取值 ${show(leaveShare)}：留件办理的事项会成为后台事项，需要设置 backOffice，或将此项设为 0`,
    );
  }
  online(ctx);
  phoneBookings(ctx);
  // First-inquiry cases from the hotline are cases of the non-immediate types (their limits, their work).
  const caseShare = num(obj(input.hotline)?.caseShare);
  if (caseShare !== undefined && caseShare > 0 && nonImmediate.length === 0 && arr(input.types)) {
    ctx.out.add(
      ['hotline', 'caseShare'],
      'case_required',
      `got ${show(caseShare)}, but no business type is non-immediate: a call becomes a case of a non-immediate type (its time limit and work); mark such a type "immediate": false or set this to 0`,
      `取值 ${show(caseShare)}，但没有非即办业务类型：来电登记的首问事项按非即办类型的时限和工作量办理；请将相应类型设为 "immediate": false，或将此项设为 0`,
    );
  }
}

function orderings(ctx: Context): void {
  const { input } = ctx;
  const balking = obj(obj(input.behaviour)?.balking);
  const from = int(balking?.fromAhead);
  const all = int(balking?.allAhead);
  if (from !== undefined && all !== undefined && from >= all) {
    ctx.out.add(
      ['behaviour', 'balking', 'allAhead'],
      'balking_order',
      `got ${all}; it must be greater than fromAhead (${from}): balking rises from 0 at fromAhead people ahead to 1 at allAhead`,
      `取值 ${all} 无效，应大于开始放弃的前方人数（${from}）：放弃概率从 fromAhead 人时的 0 升到 allAhead 人时的 1`,
    );
  }
  const elsewhere = obj(obj(input.kiosks)?.elsewhere);
  const otherSite = num(elsewhere?.otherSite);
  const hall = num(elsewhere?.hall);
  if (otherSite !== undefined && hall !== undefined && otherSite >= 0 && hall >= 0 && otherSite + hall > 1 + 1e-9) {
    ctx.out.add(
      ['kiosks', 'elsewhere', 'hall'],
      'elsewhere_shares',
      `got ${hall}; with otherSite ${otherSite} the shares add up to ${otherSite + hall}, more than 1 (the rest, 1 − otherSite − hall, leave)`,
      `取值 ${hall} 无效：与改去其他网点的比例 ${otherSite} 相加为 ${otherSite + hall}，超过 1（其余 1 − otherSite − hall 的人离开）`,
    );
  }
  const cal = obj(input.calendar);
  const warmup = int(cal?.warmupDays);
  const days = int(cal?.days);
  if (warmup !== undefined && days !== undefined && days >= 1 && warmup >= days) {
    ctx.out.add(
      ['calendar', 'warmupDays'],
      'warmup',
      `got ${warmup}; it must be less than the ${days} simulated days, or nothing is left to measure`,
      `取值 ${warmup} 无效，应小于模拟天数 ${days}，否则没有可统计的日子`,
    );
  }
  const seen = new Set<number>();
  arr(cal?.openWeekdays)?.forEach((w, i) => {
    const d = int(w);
    if (d === undefined) return;
    if (seen.has(d))
      ctx.out.add(['calendar', 'openWeekdays', i], 'duplicate', `weekday ${d} is listed twice`, `星期 ${d} 重复列出`);
    seen.add(d);
  });
}

function staggeredDays(ctx: Context): void {
  const { input } = ctx;
  const filingNull = obj(input.calendar)?.filingPeriod === null;
  const st = obj(input.staggered);
  const fromDays = obj(st?.fromDays);
  if (fromDays) {
    const dayTypes = fromDays.dayTypes;
    const lastRaw = fromDays.lastWorkingDays;
    const last = int(lastRaw);
    const noTypes = dayTypes === undefined || (Array.isArray(dayTypes) && dayTypes.length === 0);
    const noLast = lastRaw === undefined || last === 0;
    if (noTypes && noLast) {
      ctx.out.add(
        ['staggered', 'fromDays'],
        'staggered_days',
        'names no peak days: give dayTypes (e.g. ["deadline"]) and/or lastWorkingDays (e.g. 3)',
        '未指定高峰日：请填写 dayTypes（如 ["deadline"]）和/或 lastWorkingDays（如 3）',
      );
    }
    if (last !== undefined && last > 0 && filingNull) {
      ctx.out.add(
        ['staggered', 'fromDays', 'lastWorkingDays'],
        'filing_period_required',
        `got ${last}: the last working days before a deadline need a filing period, but calendar.filingPeriod is null`,
        `取值 ${last}：截止日前的工作日需要申报期，但 calendar.filingPeriod 为 null`,
      );
    }
  }
  if (filingNull && obj(obj(input.demand)?.filingPositionFactors)) {
    ctx.out.add(
      ['demand', 'filingPositionFactors'],
      'filing_period_required',
      'applies to the filing period, but calendar.filingPeriod is null; remove it or set a filing period',
      '仅适用于申报期，但 calendar.filingPeriod 为 null；请删除此项或设置申报期',
    );
  }
}

/** "The hall site" is one site: choiceShare and switchQueueLength refer to it. */
function hallSite(ctx: Context): void {
  let first: number | undefined;
  arr(obj(ctx.input.kiosks)?.sites)?.forEach((s, i) => {
    if (obj(s)?.kind !== 'hall') return;
    if (first === undefined) first = i;
    else {
      ctx.out.add(
        ['kiosks', 'sites', i, 'kind'],
        'hall_site',
        `only one site may be of kind "hall" (the kiosks inside the hall); kiosks.sites[${first}] already is`,
        `只能有一个 "hall"（大厅内）类别的网点，第 ${first + 1} 个网点已是该类别`,
      );
    }
  });
}

/** A type that cannot be done online may not move there; calls about the move need the hotline. */
function online(ctx: Context): void {
  const on = obj(ctx.input.online);
  if (!on) return;
  const notOnline = new Set((arr(on.notOnline) ?? []).filter((v): v is string => typeof v === 'string'));
  for (const field of ['shift', 'perMonth'] as const) {
    for (const [id, v] of Object.entries(obj(on[field]) ?? {})) {
      const share = num(v);
      if (!notOnline.has(id) || share === undefined || share <= 0) continue;
      ctx.out.add(
        ['online', field, id],
        'not_online',
        `got ${show(share)}, but the type ${show(id)} is listed in online.notOnline (it cannot be done online); set it to 0 or take the type off that list`,
        `取值 ${show(share)}，但业务类型 ${show(id)} 列在 online.notOnline 中（不能网上办理）；请设为 0，或从该列表中删除此类型`,
      );
    }
  }
  const callShare = num(on.callShare);
  if (callShare !== undefined && callShare > 0 && (ctx.input.hotline === undefined || ctx.input.hotline === null)) {
    ctx.out.add(
      ['online', 'callShare'],
      'hotline_required',
      `got ${show(callShare)}: the calls the move online brings go to the 12366 hotline, which this scenario does not have; add hotline or set this to 0`,
      `取值 ${show(callShare)}：转为网上办理带来的咨询电话进入 12366 热线，但本方案没有热线；请设置 hotline，或将此项设为 0`,
    );
  }
}

/** Appointments booked by phone need appointments to book. */
function phoneBookings(ctx: Context): void {
  const share = num(obj(obj(ctx.input.hotline)?.bookings)?.share);
  if (share === undefined || share <= 0) return;
  if (ctx.input.appointments !== undefined && ctx.input.appointments !== null) return;
  ctx.out.add(
    ['hotline', 'bookings', 'share'],
    'appointments_required',
    `got ${show(share)}: calls book appointments (rule 3), which this scenario does not offer; add appointments or set this to 0`,
    `取值 ${show(share)}：来电用于预约（规则三），但本方案没有预约服务；请设置 appointments，或将此项设为 0`,
  );
}
