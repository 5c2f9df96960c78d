/**
 * A figure's uncertainty in words (UX.md: "95% 的把握在 9.3 到 10.3 分钟之间", not only "±"):
 * its confidence interval as a sentence part, or as a range for a table cell. Shares stay in
 * 0..100% and waits at or above 0. With a single replication there is no interval, and the
 * words say so.
 */
import type { ChartContext } from './context.ts';

function bounds(mean: number, halfWidth: number, lo: number, hi: number): [number, number] {
  return [Math.max(lo, mean - halfWidth), Math.min(hi, mean + halfWidth)];
}

/** Both ends as percentages, with a decimal when whole percents would make them one. */
function percents(ctx: ChartContext, mean: number, halfWidth: number): [string, string] {
  const [a, b] = bounds(mean, halfWidth, 0, 1);
  const whole: [string, string] = [ctx.fmt.percent(a, 0), ctx.fmt.percent(b, 0)];
  return whole[0] === whole[1] && a !== b ? [ctx.fmt.percent(a, 1), ctx.fmt.percent(b, 1)] : whole;
}

const level = (ctx: ChartContext) => ctx.fmt.percent(ctx.merged.level, 0);
const single = (ctx: ChartContext) => ctx.merged.replications < 2;

/** "95% sure it is between 63% and 65%" for a share 0..1. */
export function sureShare(ctx: ChartContext, mean: number, halfWidth: number): string {
  if (single(ctx)) return ctx.t.noRange;
  const [a, b] = percents(ctx, mean, halfWidth);
  return ctx.t.sure(level(ctx), a, b);
}

/** "95% sure it is between 8.1 people and 9.0 people" for an amount at or above 0, in `unit`. */
export function sureAmount(ctx: ChartContext, mean: number, halfWidth: number, unit: (v: string) => string): string {
  if (single(ctx)) return ctx.t.noRange;
  const [a, b] = bounds(mean, halfWidth, 0, Infinity);
  return ctx.t.sure(level(ctx), unit(ctx.fmt.number(a, 1)), unit(ctx.fmt.number(b, 1)));
}

/** "95% sure it is between 9.3 min and 10.3 min" for a wait in minutes. */
export function sureMinutes(ctx: ChartContext, mean: number, halfWidth: number): string {
  return sureAmount(ctx, mean, halfWidth, ctx.t.unit.minutes);
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
