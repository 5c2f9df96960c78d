/**
 * Why each value of the fit's change list is what it is, in one plain sentence beside the number.
 * A fitted number is often not a plain measurement, and the bare "560 → 368.2" misleads: the
 * daily volume is re-based on ordinary days when the day-type factors are re-estimated (the
 * scenario's 560 × 0.65 ≈ 364 is the like figure), shares are renormalised around types with a
 * month share of their own, profiles are counted (and maybe smoothed) and rounded, a handling
 * family is chosen by a KS test, patience comes from censored waits. The sentence says what was
 * done and why, with the figures that let the director compare like with like.
 *
 * Guaranteed: every row of the patch gets a sentence (a path this module does not know gets the
 * parameter's method and rows, or none when no parameter names it); nothing here changes a value.
 */
import { DEFAULTS, type Scenario } from '../../../sim/scenario/index.ts';
import { baseClassFactors } from '../../../sim/history/fit-daily.ts';
import type { AppliedOp } from '../../../sim/history/fit-patch.ts';
import { DAY_CLASSES, type DayClass, type FitParameter } from '../../../sim/history/fit-report.ts';
import type { FitResult } from '../../../sim/history/fit.ts';
import type { Formatters } from '../../charts/format.ts';
import type { ChangeMessages } from '../../i18n/history-changes.en.ts';
import type { Lang } from './format.ts';
import { FAMILY, patchRows, percent, short, type PatchRow } from './patch.ts';

export type FitFacts = Pick<FitResult, 'patch' | 'report' | 'options'>;

export interface ChangeRow extends PatchRow {
  /** How the fit got the value, in one sentence (null only for a path no parameter names). */
  why: string | null;
}

interface Ctx {
  fit: FitFacts;
  base: Scenario;
  lang: Lang;
  w: ChangeMessages;
  fmt: Formatters;
}

/** The change list: the patch as rows with human names, percentages and a sentence each. */
export function changeRows(fit: FitFacts, base: Scenario, lang: Lang, w: ChangeMessages, fmt: Formatters): ChangeRow[] {
  const ctx: Ctx = { fit, base, lang, w, fmt };
  const rows = patchRows(fit.patch, base, lang, w);
  return rows.map((r, i) => ({ ...r, why: whyOf(fit.patch[i], ctx) }));
}

/** The sentence for one change. */
export function whyOf(op: AppliedOp, ctx: Ctx): string | null {
  const path = op.path.join('.');
  if (path === 'demand.dailyVolume') return dailyVolume(op, ctx);
  if (path === 'demand.dayTypeFactors' || path === 'demand.filingPositionFactors') return factors(op, ctx);
  if (path === 'demand.weekdayFactors') return weekdays(op, ctx);
  if (path === 'demand.intraday') return intraday(ctx);
  if (/^types\.[^.]+\.share$/.test(op.key)) return share(op, ctx);
  if (/^types\.[^.]+\.monthShares\.\d+$/.test(op.key)) {
    const t = ctx.base.types[op.path[1] as number];
    return ctx.w.sentence.monthShare({
      type: t?.name[ctx.lang] ?? String(op.path[1]),
      month: ctx.w.month(Number(op.path[3])),
    });
  }
  if (/^types\.[^.]+\.(service|acceptance|kiosk)$/.test(op.key)) return handling(op, ctx);
  if (op.key === 'behaviour.patience') return patience(ctx);
  const p = paramOf(ctx, op.key) ?? ctx.fit.report.parameters.find((x) => x.path?.join('.') === path);
  if (!p) return null;
  // Bookings and no-shows are counts of rows; anything else says its method.
  if (op.key === 'appointments.share' || op.key === 'appointments.noShow')
    return ctx.w.sentence.counted(p.rows[ctx.lang]);
  return ctx.w.sentence.estimated(p.rows[ctx.lang], p.method[ctx.lang]);
}

function paramOf(ctx: Ctx, key: string): FitParameter | undefined {
  return ctx.fit.report.parameters.find((p) => p.key === key);
}

/** Working days of the history, and the classes with visitors (the first is the reference, factor 1). */
function history(ctx: Ctx): { working: number; classes: DayClass[]; months: number[]; weekdays: number[] } {
  const days = ctx.fit.report.period.days;
  const seen = new Set<DayClass>();
  const months = new Set<number>();
  const weekdays = new Set<number>();
  let working = 0;
  for (const d of days) {
    if (d.dayClass === null) continue;
    working++;
    if (d.visitors > 0) seen.add(d.dayClass);
    months.add(Number(d.date.slice(5, 7)));
    weekdays.add(d.weekday);
  }
  return {
    working,
    classes: DAY_CLASSES.filter((c) => seen.has(c)),
    months: [...months].sort((a, b) => a - b),
    weekdays: [...weekdays].sort((a, b) => a - b),
  };
}

/** Fitted factor of each class relative to the reference, from the patch. */
function fittedFactors(ctx: Ctx): Partial<Record<DayClass, number>> {
  const out: Partial<Record<DayClass, number>> = {};
  for (const op of ctx.fit.patch) {
    const v = op.value as Record<string, unknown> | null;
    if (op.path.join('.') === 'demand.dayTypeFactors' && v) {
      for (const c of ['ordinary', 'filing', 'deadline'] as const) if (typeof v[c] === 'number') out[c] = v[c];
    }
    if (op.path.join('.') === 'demand.filingPositionFactors' && v) {
      const f = (x: unknown) =>
        x && typeof (x as { factor?: unknown }).factor === 'number' ? (x as { factor: number }).factor : undefined;
      const first = f(v.firstWorkingDays);
      const last = f(v.lastWorkingDays);
      if (first !== undefined) out.filingFirst = first;
      if (last !== undefined) out.filingLast = last;
    }
  }
  return out;
}

/** The base scenario's factor of each class relative to the reference class. */
function baseRatios(ctx: Ctx, ref: DayClass): Record<DayClass, number> {
  const b = baseClassFactors(ctx.base);
  const r = b[DAY_CLASSES.indexOf(ref)];
  return Object.fromEntries(DAY_CLASSES.map((c, i) => [c, b[i] / r])) as Record<DayClass, number>;
}

const num = (ctx: Ctx, v: number, digits: number) => ctx.fmt.number(v, digits);

function dailyVolume(op: AppliedOp, ctx: Ctx): string {
  const { w, base } = ctx;
  const h = history(ctx);
  const ref = h.classes[0] ?? 'ordinary';
  const before = typeof op.before === 'number' ? op.before : null;
  const baseRef = baseClassFactors(base)[DAY_CLASSES.indexOf(ref)];
  const was =
    before !== null && Math.abs(baseRef - 1) > 1e-9
      ? `${short(before)} × ${short(baseRef)} ≈ ${num(ctx, before * baseRef, 0)}`
      : null;
  const fitted = fittedFactors(ctx);
  const others = (['ordinary', 'filing', 'deadline'] as const).filter((c) => c !== ref && fitted[c] !== undefined);
  const monthFactors = base.demand.monthFactors ?? {};
  const months = h.months.filter((m) => monthFactors[String(m)] !== undefined && monthFactors[String(m)] !== 1);
  const online = base.demand.onlineShare ?? DEFAULTS.demand.onlineShare;
  return w.sentence.dailyVolume({
    ref: w.oneDay[ref],
    was,
    classes: w.list(others.map((c) => w.days[c])),
    factors: w.numbers(others.map((c) => num(ctx, fitted[c]!, 2))),
    days: num(ctx, h.working, 0),
    month:
      months.length > 0
        ? months
            .map((m) => w.sentence.monthFactor(w.month(m), short(monthFactors[String(m)])))
            .join(ctx.lang === 'zh' ? '，' : ', ')
        : null,
    online: online > 0 ? percent(online) : null,
  });
}

function factors(op: AppliedOp, ctx: Ctx): string {
  const { w } = ctx;
  const h = history(ctx);
  const ref = h.classes[0] ?? 'ordinary';
  const fitted = fittedFactors(ctx);
  const classes: DayClass[] =
    op.path[1] === 'dayTypeFactors'
      ? (['ordinary', 'filing', 'deadline'] as const).filter((c) => c !== ref)
      : (['filingFirst', 'filingLast'] as const).filter((c) => fitted[c] !== undefined && c !== ref);
  const ratios = baseRatios(ctx, ref);
  const missing = classes.filter((c) => !h.classes.includes(c));
  const shown = classes.filter((c) => fitted[c] !== undefined);
  return w.sentence.factors({
    ref: w.days[ref],
    days: num(ctx, h.working, 0),
    names: w.list(shown.map((c) => w.days[c])),
    now: w.numbers(shown.map((c) => num(ctx, fitted[c]!, 2))),
    was: shown.some((c) => Math.abs(ratios[c] - fitted[c]!) > 1e-9)
      ? w.numbers(shown.map((c) => num(ctx, ratios[c], 2)))
      : null,
    missing: missing.length > 0 ? w.list(missing.map((c) => w.days[c])) : null,
  });
}

function weekdays(op: AppliedOp, ctx: Ctx): string {
  const { w, base } = ctx;
  const h = history(ctx);
  const v = op.value as number[];
  let hi = h.weekdays[0];
  let lo = h.weekdays[0];
  for (const d of h.weekdays) {
    if (v[d - 1] > v[hi - 1]) hi = d;
    if (v[d - 1] < v[lo - 1]) lo = d;
  }
  const open = base.calendar.openWeekdays ?? DEFAULTS.calendar.openWeekdays;
  const missing = open.filter((d) => !h.weekdays.includes(d));
  return w.sentence.weekdays({
    high: w.weekdays[hi - 1],
    highValue: num(ctx, v[hi - 1], 2),
    low: w.weekdays[lo - 1],
    lowValue: num(ctx, v[lo - 1], 2),
    missing: missing.length > 0 ? w.list(missing.map((d) => w.weekdays[d - 1])) : null,
  });
}

function intraday(ctx: Ctx): string {
  const { w, fit } = ctx;
  // One sample size per profile (day type, or all days pooled): the n of any of its pieces.
  const n = new Map<string, number>();
  for (const p of fit.report.parameters) {
    const m = /^demand\.intraday\.([a-z]+)\./.exec(p.key);
    if (m && !n.has(m[1])) n.set(m[1], p.n);
  }
  const s = fit.report.arrivals.smoothing;
  return w.sentence.intraday({
    tickets: num(
      ctx,
      [...n.values()].reduce((a, x) => a + x, 0),
      0,
    ),
    pooled: fit.report.arrivals.profile === 'pooled',
    smoothing: s.kind === 'none' ? null : w.sentence.smoothing(s.intervals),
  });
}

function share(op: AppliedOp, ctx: Ctx): string {
  const { w, base, lang } = ctx;
  const h = history(ctx);
  const own = base.types.filter((t) => h.months.some((m) => t.monthShares?.[String(m)] !== undefined));
  const kept = own.reduce((a, t) => a + t.share, 0);
  const after = typeof op.value === 'number' ? op.value : NaN;
  if (own.length === 0 || kept <= 0) return w.sentence.share({ measured: percent(after) });
  const rest = 1 - kept;
  const p = paramOf(ctx, op.key);
  const measured = (p ? p.estimate : after) / rest;
  // The first share of the list says why; the next ones only their figures.
  const first = ctx.fit.patch.find((o) => /^types\.[^.]+\.share$/.test(o.key));
  if (first !== op)
    return w.sentence.shareScaledShort({ measured: percent(measured), rest: percent(rest), after: percent(after) });
  const months = h.months.filter((m) => own.some((t) => t.monthShares?.[String(m)] !== undefined));
  return w.sentence.shareScaled({
    measured: percent(measured),
    own: w.list(own.map((t) => t.name[lang])),
    months: w.list(months.map((m) => w.month(m))),
    kept: percent(kept),
    rest: percent(rest),
    after: percent(after),
  });
}

function handling(op: AppliedOp, ctx: Ctx): string | null {
  const { w, fit, lang } = ctx;
  const id = ctx.base.types[op.path[1] as number]?.id;
  const target = op.key.slice(op.key.lastIndexOf('.') + 1);
  const h = fit.report.handling.find((x) => x.type === id && x.target === target);
  if (!h || !h.chosen) return null;
  const chosen = h.candidates.find((c) => c.kind === h.chosen)!;
  const n = num(ctx, h.n, 0);
  const kind = FAMILY[h.chosen][lang];
  const forced = fit.options.handling !== undefined && fit.options.handling !== 'auto';
  if (forced) return w.sentence.handlingForced({ n, chosen: kind, gap: percent(chosen.ks) });
  if (h.chosen === 'empirical') return w.sentence.handlingNeither({ n, critical: percent(h.ksCritical) });
  return w.sentence.handlingBest({ n, chosen: kind, gap: percent(chosen.ks), critical: percent(h.ksCritical) });
}

function patience(ctx: Ctx): string | null {
  const p = ctx.fit.report.patience;
  if (!p || !p.chosen) return null;
  return ctx.w.sentence.patience({
    events: num(ctx, p.events, 0),
    censored: num(ctx, p.censored, 0),
    chosen: FAMILY[p.chosen][ctx.lang],
  });
}
