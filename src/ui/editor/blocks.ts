/**
 * Sensible blocks the editor inserts when the planner enables an optional part (guidance desk,
 * appointments, staggered booking, kiosks, back office...) or adds a list item. Values come from
 * the demo hall preset (data/scenarios/demo-hall.json, the synthetic estimate of DOMAIN.md), so a
 * block switched on means the same as in the demo; each call returns a fresh copy.
 */
import demoJson from '../../../data/scenarios/demo-hall.json';
import {
  type AppointmentSpec,
  type BackOfficeSpec,
  type BusinessType,
  type CaseSpec,
  type DayType,
  DEFAULTS,
  type DistributionSpec,
  formatTimeOfDay,
  type GuidanceSpec,
  type KioskSite,
  type KioskSpec,
  MINUTES_PER_DAY,
  parseTimeOfDay,
  type ProfilePiece,
  type Scenario,
  type StaggeredSpec,
  type TimeRange,
  type WindowGroup,
} from '../../sim/scenario/index.ts';
import { hallIntervals } from './grid.ts';

const demo = demoJson as unknown as Scenario;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The optional top-level blocks that default to null / absent. */
export type OptionalBlock = 'guidance' | 'appointments' | 'staggered' | 'kiosks' | 'backOffice';

export function defaultBlock(block: 'guidance'): GuidanceSpec;
export function defaultBlock(block: 'appointments'): AppointmentSpec;
export function defaultBlock(block: 'staggered'): StaggeredSpec;
export function defaultBlock(block: 'kiosks'): KioskSpec;
export function defaultBlock(block: 'backOffice'): BackOfficeSpec;
export function defaultBlock(block: OptionalBlock): unknown;
export function defaultBlock(block: OptionalBlock): unknown {
  return copy(demo[block]);
}

/** The export-refund case of the demo: limits 10 working days (A 5, C 15, D 20), average target 8. */
export function defaultCase(): CaseSpec {
  return copy(demo.types.find((t) => t.case)!.case!);
}

/** A kiosk that can do the whole type in about 3 minutes. */
export function defaultTypeKiosk(): NonNullable<BusinessType['kiosk']> {
  return { eligibleShare: 1, time: { kind: 'lognormal', mean: 3, cv: 0.5 } };
}

/** Kiosk failures as at the demo hall site: every 500 h, repaired in working hours. */
export function defaultFailures(): NonNullable<KioskSite['failures']> {
  return copy(demo.kiosks!.sites[0].failures!);
}

/** Patience as in the demo: lognormal with median 40 minutes (mean 56.6, CV 1). */
export function defaultPatience(): DistributionSpec {
  return copy(demo.behaviour!.patience!);
}

/**
 * Balking: nobody gives up with fewer than 30 ahead, everybody with 80 (an estimate; one bureau
 * opens an emergency window above 20 waiting, DOMAIN.md).
 */
export function defaultBalking(): { fromAhead: number; allAhead: number } {
  return { fromAhead: 30, allAhead: 80 };
}

/** The demo's first and last working days of the filing period. */
export function defaultPositionFactor(which: 'firstWorkingDays' | 'lastWorkingDays'): { days: number; factor: number } {
  return copy(demo.demand.filingPositionFactors![which]!);
}

export function defaultFilingPeriod(): {
  deadlineDay: number;
  moveDeadlinePastHolidays: boolean;
  extendForLongHolidays: boolean;
} {
  return { ...DEFAULTS.calendar.filingPeriod };
}

export function defaultCreditShares(): Record<'A' | 'B' | 'M' | 'C' | 'D', number> {
  return { ...DEFAULTS.behaviour.creditShares };
}

export function defaultTarget(): { waitMinutes: number; share: number } {
  return { ...DEFAULTS.target };
}

/** A lunch break of an hour from noon, clipped to the opening hours when they are earlier. */
export function defaultLunch(calendar: unknown): TimeRange {
  const cal = (calendar ?? {}) as { open?: unknown; close?: unknown };
  const open = parseTimeOfDay(cal.open) ?? 540;
  const close = parseTimeOfDay(cal.close) ?? 1020;
  const start = Math.max(open, Math.min(720, close - 60));
  return { start: formatTimeOfDay(start), end: formatTimeOfDay(Math.min(close, start + 60)) };
}

/** The hall's opening hours as a range (for back-office hours, kiosk hours, repair hours). */
export function openingHours(calendar: unknown): TimeRange {
  const cal = (calendar ?? {}) as { open?: unknown; close?: unknown };
  return {
    start: typeof cal.open === 'string' && parseTimeOfDay(cal.open) !== null ? cal.open : '09:00',
    end: typeof cal.close === 'string' && parseTimeOfDay(cal.close) !== null ? cal.close : '17:00',
  };
}

/** The first id `base`, `base-2`, `base-3`... not already taken. */
export function uniqueId(base: string, taken: readonly unknown[]): string {
  const used = new Set(taken.filter((x): x is string => typeof x === 'string'));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

const idsOf = (list: unknown): unknown[] =>
  Array.isArray(list) ? list.map((x) => (x as { id?: unknown } | null)?.id) : [];

/** A new business type with no share yet (the planner gives it one and rebalances the others). */
export function newBusinessType(types: unknown): BusinessType {
  return {
    id: uniqueId('new-type', idsOf(types)),
    name: { zh: '新业务类型', en: 'New business type' },
    share: 0,
    service: { kind: 'lognormal', mean: 5, cv: 0.8 },
  };
}

/**
 * A new general window group with one window open in every interval, its schedule shaped like the
 * first group's (one for all day types or one per day type) and as long as the opening hours.
 */
export function newWindowGroup(s: unknown): WindowGroup {
  const root = (s ?? {}) as { calendar?: unknown; windows?: { groups?: unknown } };
  const groups = root.windows?.groups;
  const n = hallIntervals(root.calendar)?.count ?? 0;
  const ones = () => Array.from({ length: n }, () => 1);
  const first = Array.isArray(groups) ? (groups[0] as { schedule?: unknown } | undefined) : undefined;
  const perDay = first !== undefined && !Array.isArray(first.schedule);
  return {
    id: uniqueId('group', idsOf(groups)),
    name: { zh: '新窗口组', en: 'New window group' },
    kind: 'general',
    windows: 1,
    schedule: perDay ? { ordinary: ones(), filing: ones(), deadline: ones() } : ones(),
  };
}

/** A new 24-hour self-service room with 2 kiosks. */
export function newKioskSite(sites: unknown): KioskSite {
  return {
    id: uniqueId('site', idsOf(sites)),
    name: { zh: '新自助办税点', en: 'New kiosk site' },
    kind: 'selfServiceRoom',
    kiosks: 2,
    hours: '24h',
  };
}

/** A piece after the last one of a profile (an hour, or what is left of the day), share 0. */
export function newProfilePiece(profile: unknown): ProfilePiece {
  const list = Array.isArray(profile) ? profile : [];
  const last = list[list.length - 1] as { end?: unknown } | undefined;
  const start = Math.min(1380, parseTimeOfDay(last?.end) ?? 540);
  return { start: formatTimeOfDay(start), end: formatTimeOfDay(Math.min(MINUTES_PER_DAY, start + 60)), share: 0 };
}

/** One value or list for all day types → one per day type (copies). */
export function perDayType<T>(value: T): Record<DayType, T> {
  return { ordinary: copy(value), filing: copy(value), deadline: copy(value) };
}
