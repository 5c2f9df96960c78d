/**
 * Careful reading of input that may be structurally invalid: each reader returns the value when
 * it has the expected shape and undefined otherwise, so cross-field checks look only at sound
 * parts (the structural check has already reported the rest) and never throw.
 */
import { parseIsoDate, parseTimeOfDay } from './time.ts';
import type { ProblemList } from './problems.ts';

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function arr(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Minutes after midnight of a well-formed "HH:MM", else undefined. */
export function time(v: unknown): number | undefined {
  return parseTimeOfDay(v) ?? undefined;
}

/** Day number of a real "YYYY-MM-DD", else undefined. */
export function date(v: unknown): number | undefined {
  return parseIsoDate(v) ?? undefined;
}

/** [start, end] in minutes of a well-formed time range object, else undefined. */
export function range(v: unknown): { start: number; end: number } | undefined {
  const o = obj(v);
  const start = time(o?.start);
  const end = time(o?.end);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Every value of a list or record as a finite number, or undefined if any is not. */
export function numbers(v: unknown): number[] | undefined {
  const values = Array.isArray(v) ? v : obj(v) ? Object.values(v as Obj) : undefined;
  if (!values) return undefined;
  const out: number[] = [];
  for (const x of values) {
    const n = num(x);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

/** What cross-field checks share: the problems so far, the input and the hall's sound basics. */
export interface Context {
  out: ProblemList;
  input: Obj;
  /** Opening and closing in minutes, when both are well formed. */
  open?: number;
  close?: number;
  /** Statistics interval in minutes (default 30), when well formed. */
  interval?: number;
  /** First simulated day and the day after the last, when startDate and days are sound. */
  firstDay?: number;
  endDay?: number;
}

export function makeContext(input: Obj, out: ProblemList, defaultInterval: number): Context {
  const cal = obj(input.calendar);
  const open = time(cal?.open);
  const close = time(cal?.close);
  const rawInterval = cal?.intervalMinutes;
  const interval =
    rawInterval === undefined
      ? defaultInterval
      : [15, 30, 60].includes(rawInterval as number)
        ? (rawInterval as number)
        : undefined;
  const firstDay = date(cal?.startDate);
  const days = int(cal?.days);
  const soundDays = days !== undefined && days >= 1 && days <= 366 ? days : undefined;
  return {
    out,
    input,
    open,
    close,
    interval,
    firstDay,
    endDay: firstDay !== undefined && soundDays !== undefined ? firstDay + soundDays : undefined,
  };
}

/** The hall's opening hours in minutes when they are sound (open < close). */
export function openingHours(ctx: Context): { open: number; close: number } | undefined {
  return ctx.open !== undefined && ctx.close !== undefined && ctx.open < ctx.close
    ? { open: ctx.open, close: ctx.close }
    : undefined;
}
