/**
 * The effect of the last change in words, for the key figures: a line on how the two runs were
 * compared, and per figure "was → now", the difference with its 95% interval in words ("95% 的
 * 把握在 … 到 … 之间") and the verdict. Values to the key figures' decimals (so "was" reads as
 * the figure the director saw, trailing zeros kept); differences as precisely as their interval
 * allows (the Compare tab's rule).
 * Shares are in percent, their differences in percentage points.
 */
import type { ChangeEffect, ChangeVerdict, FigureId } from '../state/change-effect.ts';
import { decimalsFor } from '../state/compare/table.ts';
import type { ChartsMessages } from '../i18n/charts.en.ts';
import type { Formatters } from './format.ts';

export interface FigureChangeText {
  verdict: ChangeVerdict;
  /** For colour: better, worse, or neither. */
  tone: 'good' | 'bad' | 'neutral';
  /** "修改前 4.3 → 现在 6.1 分钟". */
  wasNow: string;
  /** "差值 +1.8 分钟，95% 的把握在 +1.2 到 +2.4 分钟之间"; null when there is nothing to say beside the verdict. */
  difference: string | null;
  verdictText: string;
  /** More lines: the intervals meeting the target, an earlier target. */
  extra: string[];
}

export interface ChangeText {
  /** How the runs were compared (paired, or why not). */
  basis: string;
  figures: Partial<Record<FigureId, FigureChangeText>>;
}

type Kind = 'minutes' | 'percent' | 'people';
/** How each figure is shown in the key figures (kpis.ts): its unit and decimals. */
const SHOWN: Record<FigureId, { kind: Kind; digits: number }> = {
  'wait-mean': { kind: 'minutes', digits: 1 },
  'wait-p90': { kind: 'minutes', digits: 1 },
  'within-target': { kind: 'percent', digits: 1 },
  utilisation: { kind: 'percent', digits: 1 },
  abandoned: { kind: 'people', digits: 0 },
  'on-time': { kind: 'percent', digits: 1 },
};

function fixed(locale: string, v: number, digits: number, percent: boolean): string {
  return new Intl.NumberFormat(locale, {
    style: percent ? 'percent' : 'decimal',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

function signed(locale: string, v: number, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(v);
}

export function changeText(effect: ChangeEffect, fmt: Formatters, t: ChartsMessages): ChangeText {
  const c = t.change;
  const why = effect.unpaired
    ? [
        ...(effect.unpaired.seed ? [c.whySeed(effect.seeds.was, effect.seeds.now)] : []),
        ...(effect.unpaired.replications ? [c.whyReplications(effect.replications.was, effect.replications.now)] : []),
      ].join(c.whyJoin)
    : '';
  const basis = effect.unpaired ? c.basisUnpaired(why) : c.basisPaired(effect.replications.now);
  const figures: ChangeText['figures'] = {};
  for (const f of effect.figures) {
    const { kind, digits } = SHOWN[f.id];
    const unit = kind === 'minutes' ? ` ${t.kpi.minutes}` : kind === 'people' ? ` ${t.kpi.people}` : '';
    const diffUnit = kind === 'percent' ? ` ${c.points}` : unit;
    // Both with the same decimals ("3.0 → 3.6", not "3 → 3.6"), so the two read alike.
    const value = (v: number) => fixed(fmt.locale, v, digits, kind === 'percent');
    const d = f.difference;
    const extra: string[] = [];
    if (f.id === 'within-target') {
      const i = effect.intervals;
      if (i && i.now.total > 0)
        extra.push(
          i.was.total === i.now.total
            ? c.intervals(i.was.met, i.now.met, i.now.total)
            : c.intervalsTotals(i.was.met, i.was.total, i.now.met, i.now.total),
        );
      const before = effect.targetBefore;
      if (before) extra.push(c.targetBefore(fmt.number(before.waitMinutes), fmt.percent(before.share, 0)));
    }
    const tone = f.verdict === 'better' ? 'good' : f.verdict === 'worse' ? 'bad' : 'neutral';
    if (!d) {
      figures[f.id] = { verdict: f.verdict, tone, wasNow: c.missing, difference: null, verdictText: '', extra };
      continue;
    }
    const scale = kind === 'percent' ? 100 : 1;
    const hw = d.halfWidth === null ? null : d.halfWidth * scale;
    const dd = Math.min(4, Math.max(digits, decimalsFor(hw, digits)));
    const diff = (v: number) => signed(fmt.locale, v * scale, dd);
    const difference =
      f.verdict === 'none'
        ? null
        : d.halfWidth === null
          ? c.differenceOnly(`${diff(d.mean)}${diffUnit}`)
          : c.difference(
              `${diff(d.mean)}${diffUnit}`,
              diff(d.mean - d.halfWidth),
              `${diff(d.mean + d.halfWidth)}${diffUnit}`,
            );
    figures[f.id] = {
      verdict: f.verdict,
      tone,
      wasNow: c.wasNow(value(d.was), `${value(d.now)}${unit}`),
      difference,
      verdictText: c.verdict[f.verdict],
      extra,
    };
  }
  return { basis, figures };
}
