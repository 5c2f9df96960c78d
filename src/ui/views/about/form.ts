/**
 * The demo form: its fields, their rules, and the step from what the planner typed to the
 * parameters the worker receives. Pure functions, so they are easy to test and reuse.
 */
import type { MMcParams } from '../../../sim/models/mmc.ts';
import { DEFAULT_SEED, MINUTES_PER_DAY } from '../../../sim/scenario/index.ts';

export type FieldName = 'arrivalRate' | 'meanService' | 'servers' | 'replications' | 'seed';
export const fieldNames: readonly FieldName[] = ['arrivalRate', 'meanService', 'servers', 'replications', 'seed'];

/** What a field accepts: a positive number up to `max`, or a whole number in [min, max]. */
export type FieldRule = { kind: 'positive'; max: number } | { kind: 'integer'; min: number; max: number };

export const fieldRules: Record<FieldName, FieldRule> = {
  arrivalRate: { kind: 'positive', max: 1000 },
  meanService: { kind: 'positive', max: MINUTES_PER_DAY },
  servers: { kind: 'integer', min: 1, max: 1000 },
  // Two replications at least: the confidence interval needs a sample variance.
  replications: { kind: 'integer', min: 2, max: 1000 },
  seed: { kind: 'integer', min: 0, max: 4294967295 },
};

/** The form as typed: text, so that a wrong entry can be shown back exactly as it was. */
export type FormValues = Record<FieldName, string>;
/** A field whose text breaks its rule. */
export interface FieldProblem {
  field: FieldName;
  raw: string;
  rule: FieldRule;
}
export type FieldProblems = Partial<Record<FieldName, FieldProblem>>;
export type FormNumbers = Record<FieldName, number>;

/** Page defaults: λ = 9/min, 1 min service, 10 windows (ρ = 0.9). */
export const defaultValues: FormValues = {
  arrivalRate: '9',
  meanService: '1',
  servers: '10',
  replications: '20',
  seed: String(DEFAULT_SEED),
};

/** Fixed on this page (minutes). */
export const HORIZON = 2000;
export const WARMUP = 200;

/** Full-width digits and points (typed with a Chinese IME) read as ASCII. */
function normalise(raw: string): string {
  return raw.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The number a field's text stands for, or null when the text breaks the rule. */
export function parseField(raw: string, rule: FieldRule): number | null {
  const text = normalise(raw);
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  if (rule.kind === 'positive') return value > 0 && value <= rule.max ? value : null;
  return Number.isInteger(value) && value >= rule.min && value <= rule.max ? value : null;
}

/** Checks every field at once: either all numbers, or every problem found. */
export function validateForm(
  values: FormValues,
): { ok: true; numbers: FormNumbers } | { ok: false; problems: FieldProblems } {
  const numbers = {} as FormNumbers;
  const problems: FieldProblems = {};
  for (const field of fieldNames) {
    const rule = fieldRules[field];
    const value = parseField(values[field], rule);
    if (value === null) problems[field] = { field, raw: values[field], rule };
    else numbers[field] = value;
  }
  return Object.keys(problems).length === 0 ? { ok: true, numbers } : { ok: false, problems };
}

/** The kernel's parameters: rates per minute, times in minutes. */
export function toMMcParams(numbers: FormNumbers): MMcParams {
  return {
    arrivalRate: numbers.arrivalRate,
    serviceRate: 1 / numbers.meanService,
    servers: numbers.servers,
    horizon: HORIZON,
    warmup: WARMUP,
    replications: numbers.replications,
    seed: numbers.seed,
  };
}
