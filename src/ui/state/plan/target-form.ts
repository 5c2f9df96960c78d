/**
 * The plan's target as form fields (issue 11, item 4): per kind of day, or one row for every
 * kind, the wait in minutes and the share served within it, whether each interval or the day as a
 * whole must meet it, and the optional caps the planner accepts (mean wait, share who leave part
 * way — 中途离开 — and window occupancy). The fields are checked as typed with the same limits
 * as the text syntax (target.ts), and a message names the field, the value and what is allowed.
 * The text syntax stays as an advanced option: a valid text fills the fields, and the fields
 * write the text back.
 */
import { DAY_TYPES, type DayType, type Localized } from '../../../sim/scenario/index.ts';
import type { PlanTarget, PlanTargets } from '../../../sim/plan/target.ts';

export interface TargetRow {
  wait: string;
  share: string;
  scope: 'interval' | 'day';
  /** Optional caps: empty means none. */
  mean: string;
  abandon: string;
  occupancy: string;
}

export interface TargetForm {
  /** One row per kind of day, or the `all` row for every kind. */
  perDayType: boolean;
  all: TargetRow;
  byDay: Record<DayType, TargetRow>;
}

export type TargetField = 'wait' | 'share' | 'mean' | 'abandon' | 'occupancy';
export const TARGET_FIELDS: readonly TargetField[] = ['wait', 'share', 'mean', 'abandon', 'occupancy'];
export const OPTIONAL_FIELDS: readonly TargetField[] = ['mean', 'abandon', 'occupancy'];

/** Which row: a kind of day, or every kind. */
export type RowKey = DayType | 'all';

export interface FieldProblem {
  row: RowKey;
  field: TargetField;
  value: string;
  /** What is allowed, in both languages (the view puts the field's name and the value before it). */
  allowed: Localized;
}

export type TargetFormCheck = { ok: true; targets: PlanTargets } | { ok: false; problems: FieldProblem[] };

const ALLOWED: Record<TargetField, Localized> = {
  wait: { zh: '0 到 480 之间的分钟数', en: 'a number of minutes from 0 to 480' },
  share: { zh: '大于 0 且小于 100 的百分数', en: 'a percentage above 0 and below 100' },
  mean: { zh: '留空（不设上限），或 0 到 480 之间的分钟数', en: 'empty (no cap) or a number of minutes from 0 to 480' },
  abandon: { zh: '留空（不设上限），或 0 到 100 之间的百分数', en: 'empty (no cap) or a percentage from 0 to 100' },
  occupancy: {
    zh: '留空（不设上限），或大于 0 且不超过 100 的百分数',
    en: 'empty (no cap) or a percentage above 0 and at most 100',
  },
};

function inRange(field: TargetField, v: number): boolean {
  switch (field) {
    case 'wait':
    case 'mean':
      return v >= 0 && v <= 480;
    case 'share':
      return v > 0 && v < 100;
    case 'abandon':
      return v >= 0 && v <= 100;
    case 'occupancy':
      return v > 0 && v <= 100;
  }
}

/** A number as typed: full-width digits and point, a trailing % or unit allowed; else NaN. */
export function readNumber(text: string): number {
  const t = text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/\s*(%|％|分钟|分|min|minutes?)$/i, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return Number.NaN;
  return Number(t);
}

function checkRow(row: RowKey, r: TargetRow, problems: FieldProblem[]): PlanTarget | null {
  const values = {} as Record<TargetField, number | undefined>;
  let ok = true;
  for (const field of TARGET_FIELDS) {
    const text = r[field];
    if (OPTIONAL_FIELDS.includes(field) && text.trim() === '') continue;
    const v = readNumber(text);
    if (!Number.isFinite(v) || !inRange(field, v)) {
      problems.push({ row, field, value: text, allowed: ALLOWED[field] });
      ok = false;
    } else values[field] = v;
  }
  if (!ok) return null;
  const t: PlanTarget = { waitMinutes: values.wait!, share: values.share! / 100, scope: r.scope };
  if (values.mean !== undefined) t.meanWaitMinutes = values.mean;
  if (values.abandon !== undefined) t.abandonShare = values.abandon / 100;
  if (values.occupancy !== undefined) t.occupancyCap = values.occupancy / 100;
  return t;
}

/** The targets per kind of day, or every problem found (all rows shown are checked). */
export function checkTargetForm(f: TargetForm): TargetFormCheck {
  const problems: FieldProblem[] = [];
  if (!f.perDayType) {
    const t = checkRow('all', f.all, problems);
    return t ? { ok: true, targets: { ordinary: t, filing: { ...t }, deadline: { ...t } } } : { ok: false, problems };
  }
  const out = {} as PlanTargets;
  for (const d of DAY_TYPES) {
    const t = checkRow(d, f.byDay[d], problems);
    if (t) out[d] = t;
  }
  return problems.length === 0 ? { ok: true, targets: out } : { ok: false, problems };
}

const pct = (share: number) => String(Math.round(share * 1000) / 10);

export function rowFromTarget(t: PlanTarget): TargetRow {
  return {
    wait: String(t.waitMinutes),
    share: pct(t.share),
    scope: t.scope,
    mean: t.meanWaitMinutes === undefined ? '' : String(t.meanWaitMinutes),
    abandon: t.abandonShare === undefined ? '' : pct(t.abandonShare),
    occupancy: t.occupancyCap === undefined ? '' : pct(t.occupancyCap),
  };
}

const sameRow = (a: TargetRow, b: TargetRow) => (Object.keys(a) as (keyof TargetRow)[]).every((k) => a[k] === b[k]);

/** The fields for a target: one row when every kind of day has the same target. */
export function formFromTargets(t: PlanTargets): TargetForm {
  const byDay = Object.fromEntries(DAY_TYPES.map((d) => [d, rowFromTarget(t[d])])) as Record<DayType, TargetRow>;
  const perDayType = !DAY_TYPES.every((d) => sameRow(byDay[d], byDay.ordinary));
  return { perDayType, all: { ...byDay.ordinary }, byDay };
}

/** Switches between one row and a row per kind of day, keeping what was typed. */
export function withPerDayType(f: TargetForm, on: boolean): TargetForm {
  if (on === f.perDayType) return f;
  if (on)
    return {
      perDayType: true,
      all: f.all,
      byDay: Object.fromEntries(DAY_TYPES.map((d) => [d, { ...f.all }])) as Record<DayType, TargetRow>,
    };
  return { perDayType: false, all: { ...f.byDay.filing }, byDay: f.byDay };
}
