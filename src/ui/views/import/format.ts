/**
 * Numbers of the import view in the current language: a fitted parameter's estimate and interval
 * by its unit (shares in percent, minutes with two decimals, factors with three), file sizes,
 * durations, and the words for the file's encoding and delimiter.
 */
import type { Formatters } from '../../charts/format.ts';
import type { FitParameter } from '../../../sim/history/fit-report.ts';
import type { ImportReport } from '../../../sim/history/records.ts';

export type Lang = 'zh' | 'en';

export function langOf(locale: string): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

type UnitKind = 'share' | 'minutes' | 'perDay' | 'factor' | 'count';

/** How a parameter's numbers are shown, from its unit. */
export function unitKind(p: Pick<FitParameter, 'unit'>): UnitKind {
  switch (p.unit.en) {
    case 'share':
      return 'share';
    case 'minutes':
      return 'minutes';
    case 'visitors per day':
      return 'perDay';
    case 'rows':
      return 'count';
    default:
      return 'factor';
  }
}

/** One number of a parameter, without its unit. */
export function paramNumber(p: Pick<FitParameter, 'unit'>, v: number, fmt: Formatters): string {
  switch (unitKind(p)) {
    case 'share':
      return fmt.percent(v, v < 0.01 && v > 0 ? 2 : 1);
    case 'minutes':
      return fmt.number(v, 2);
    case 'perDay':
      return fmt.number(v, 1);
    case 'count':
      return fmt.number(v, 0);
    case 'factor':
      return fmt.number(v, 3);
  }
}

/** The estimate with its unit where the unit is a word (minutes, per day). */
export function paramEstimate(p: FitParameter, fmt: Formatters, lang: Lang): string {
  const n = paramNumber(p, p.estimate, fmt);
  const kind = unitKind(p);
  return kind === 'minutes' || kind === 'perDay' ? `${n} ${p.unit[lang]}` : n;
}

/** "[lower, upper]" or null when the fit gave no interval. */
export function paramInterval(p: FitParameter, fmt: Formatters): string | null {
  if (!p.ci) return null;
  return `${paramNumber(p, p.ci.lower, fmt)} – ${paramNumber(p, p.ci.upper, fmt)}`;
}

/** 1.3 MB / 980 KB / 512 B (decimal units, as file managers show). */
export function fileSize(bytes: number, fmt: Formatters): string {
  if (bytes >= 1e9) return `${fmt.number(bytes / 1e9, 2)} GB`;
  if (bytes >= 1e6) return `${fmt.number(bytes / 1e6, 1)} MB`;
  if (bytes >= 1e3) return `${fmt.number(bytes / 1e3, 0)} KB`;
  return `${fmt.number(bytes, 0)} B`;
}

/** Milliseconds as "0.8 s" / "120 ms". */
export function duration(ms: number, fmt: Formatters): string {
  return ms >= 1000 ? `${fmt.number(ms / 1000, 1)} s` : `${fmt.number(ms, 0)} ms`;
}

export function encodingName(e: ImportReport['encoding']): string {
  return e === 'gb18030' ? 'GB18030 (GBK)' : e === 'utf-8-bom' ? 'UTF-8 (BOM)' : 'UTF-8';
}

export type DelimiterKey = 'comma' | 'semicolon' | 'tab';
export function delimiterKey(d: ImportReport['delimiter']): DelimiterKey {
  return d === ';' ? 'semicolon' : d === '\t' ? 'tab' : 'comma';
}
