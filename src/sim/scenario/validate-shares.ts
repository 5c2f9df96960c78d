/**
 * Shares that must add up to 1: business types, credit classes, intraday, kiosk and hotline
 * profiles, the hotline's calls by type, and
 * the month-specific type shares (which take their part first, the other types sharing the rest).
 */
import { CREDIT_CLASSES, DAY_TYPES } from './scenario.ts';
import { fmt, type Path } from './problems.ts';
import { type Context, arr, num, obj } from './validate-read.ts';

/** Tolerance on a sum of shares (rounded figures like 0.333 × 3 are the planner's to fix). */
export const SHARE_TOLERANCE = 1e-6;

export function checkShares(ctx: Context): void {
  const { input } = ctx;
  const types = arr(input.types);
  if (types) {
    sumToOne(
      ctx,
      ['types'],
      types.map((t) => num(obj(t)?.share)),
      { en: 'the shares', zh: '占比' },
    );
    types.forEach((t, i) => creditShares(ctx, ['types', i, 'creditShares'], obj(t)?.creditShares));
    monthShares(ctx, types);
  }
  creditShares(ctx, ['behaviour', 'creditShares'], obj(input.behaviour)?.creditShares);

  const intraday = obj(input.demand)?.intraday;
  if (Array.isArray(intraday)) profileSum(ctx, ['demand', 'intraday'], intraday);
  else if (obj(intraday))
    for (const dt of DAY_TYPES) profileSum(ctx, ['demand', 'intraday', dt], (intraday as Record<string, unknown>)[dt]);

  arr(obj(input.kiosks)?.sites)?.forEach((site, i) => {
    const profile = obj(site)?.profile;
    if (profile !== undefined) profileSum(ctx, ['kiosks', 'sites', i, 'profile'], profile);
  });

  const hotline = obj(input.hotline);
  if (hotline?.profile !== undefined) profileSum(ctx, ['hotline', 'profile'], hotline.profile);
  const callTypes = obj(hotline?.typeShares);
  if (callTypes)
    sumToOne(
      ctx,
      ['hotline', 'typeShares'],
      Object.values(callTypes).map((v) => num(v)),
      { en: 'the shares of the calls by business type', zh: '来电各业务类型占比' },
    );
}

/** Reports when the values (all sound) do not add up to 1; skips when any value is unsound. */
function sumToOne(ctx: Context, path: Path, values: (number | undefined)[], what: { en: string; zh: string }): void {
  // a share outside [0, 1] is already reported on its own; its sum would only repeat it
  if (values.length === 0 || values.some((v) => v === undefined || v < 0 || v > 1)) return;
  const sum = (values as number[]).reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    ctx.out.add(
      path,
      'share_sum',
      `${what.en} add up to ${fmt(sum)}; they must add up to 1`,
      `${what.zh}之和为 ${fmt(sum)}，应为 1`,
    );
  }
}

function creditShares(ctx: Context, path: Path, value: unknown): void {
  const o = obj(value);
  if (!o) return;
  sumToOne(
    ctx,
    path,
    CREDIT_CLASSES.map((c) => num(o[c])),
    { en: 'the credit class shares (A, B, M, C, D)', zh: '各信用等级占比' },
  );
}

function profileSum(ctx: Context, path: Path, value: unknown): void {
  const pieces = arr(value);
  if (!pieces) return;
  sumToOne(
    ctx,
    path,
    pieces.map((p) => num(obj(p)?.share)),
    { en: 'the shares of the profile', zh: '各时段占比' },
  );
}

/**
 * In a month where some types have their own share, those shares come first and the other types
 * are rescaled into what is left: together they may not exceed 1, and must make exactly 1 when
 * every type has one.
 */
function monthShares(ctx: Context, types: unknown[]): void {
  const byMonth = new Map<string, { sum: number; count: number }>();
  for (const t of types) {
    const ms = obj(obj(t)?.monthShares);
    if (!ms) continue;
    for (const [month, v] of Object.entries(ms)) {
      const share = num(v);
      if (share === undefined) continue;
      const acc = byMonth.get(month) ?? { sum: 0, count: 0 };
      acc.sum += share;
      acc.count += 1;
      byMonth.set(month, acc);
    }
  }
  for (const [month, { sum, count }] of byMonth) {
    if (!/^(?:[1-9]|1[0-2])$/.test(month)) continue;
    const all = count === types.length;
    if (sum > 1 + SHARE_TOLERANCE || (all && Math.abs(sum - 1) > SHARE_TOLERANCE)) {
      const needEn = all
        ? 'every type has one, so they must add up to 1'
        : 'they may add up to at most 1 (the other types share the rest)';
      const needZh = all ? '所有类型都设置了该月占比，合计应为 1' : '合计不能超过 1（其余类型分享剩余部分）';
      ctx.out.add(
        ['types'],
        'month_shares',
        `the month shares for month ${month} add up to ${fmt(sum)}; ${needEn}`,
        `${month}月的分月占比合计为 ${fmt(sum)}；${needZh}`,
      );
    }
  }
}
