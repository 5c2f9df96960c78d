/**
 * A figure's uncertainty in words (UX.md: "95% 的把握在 9.3 到 10.3 分钟之间", not only "±"):
 * its confidence interval as a sentence part, or as a range for a table cell, and the figure
 * itself to as many digits as its range (a share of 99.85% between 99.8% and 99.9% reads
 * "99.9%", not "100%"). Shares stay in 0..100% and waits and people at or above 0. With a single
 * replication there is no interval, and the words say so.
 */
import type { ChartContext } from './context.ts';

export type { SureUnit } from '../i18n/charts.en.ts';
import type { SureUnit } from '../i18n/charts.en.ts';

function bounds(mean: number, halfWidth: number, lo: number, hi: number): [number, number] {
  return [Math.max(lo, mean - halfWidth), Math.min(hi, mean + halfWidth)];
}

const level = (ctx: ChartContext) => ctx.fmt.percent(ctx.merged.level, 0);
const single = (ctx: ChartContext) => ctx.merged.replications < 2;

/** Decimals of a share and its range: one where whole percents would make the two ends one. */
export function shareDigits(mean: number, halfWidth: number): 0 | 1 {
  const [a, b] = bounds(mean, halfWidth, 0, 1);
  return b > a && Math.round(a * 100) === Math.round(b * 100) ? 1 : 0;
}

/** The share itself, to the digits of its range ("64%", "99.9%"). */
export function shareValue(ctx: ChartContext, mean: number, halfWidth: number): string {
  return ctx.fmt.percent(mean, single(ctx) ? 0 : shareDigits(mean, halfWidth));
}

function percents(ctx: ChartContext, mean: number, halfWidth: number): [string, string] {
  const [a, b] = bounds(mean, halfWidth, 0, 1);
  const digits = shareDigits(mean, halfWidth);
  return [ctx.fmt.percent(a, digits), ctx.fmt.percent(b, digits)];
}

/** "95% sure it is between 63% and 65%" for a share 0..1. */
export function sureShare(ctx: ChartContext, mean: number, halfWidth: number): string {
  if (single(ctx)) return ctx.t.noRange;
  const [a, b] = percents(ctx, mean, halfWidth);
  return ctx.t.sure(level(ctx), a, b, 'percent');
}

/** "95% sure it is between 8.1 and 9.0 people" for an amount at or above 0. */
export function sureAmount(ctx: ChartContext, mean: number, halfWidth: number, unit: SureUnit): string {
  if (single(ctx)) return ctx.t.noRange;
  const [a, b] = bounds(mean, halfWidth, 0, Infinity);
  return ctx.t.sure(level(ctx), ctx.fmt.number(a, 1), ctx.fmt.number(b, 1), unit);
}

/** "95% sure it is between 9.3 and 10.3 min" for a wait in minutes. */
export function sureMinutes(ctx: ChartContext, mean: number, halfWidth: number): string {
  return sureAmount(ctx, mean, halfWidth, 'minutes');
}

/** "63%–65%" for a table cell ("" with a single replication). */
export function shareRange(ctx: ChartContext, mean: number, halfWidth: number): string {
  if (single(ctx)) return '';
  const [a, b] = percents(ctx, mean, halfWidth);
  return `${a}–${b}`;
}

/** "9.3–10.3" for a table cell of minutes or people ("" with a single replication). */
export function numberRange(ctx: ChartContext, mean: number, halfWidth: number): string {
  if (single(ctx)) return '';
  const [a, b] = bounds(mean, halfWidth, 0, Infinity);
  return `${ctx.fmt.number(a, 1)}–${ctx.fmt.number(b, 1)}`;
}
