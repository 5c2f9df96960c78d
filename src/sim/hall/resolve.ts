/**
 * From a validated Scenario to the numbers the model runs on: defaults applied, times in
 * minutes, distributions compiled, the calendar built, daily volumes and type shares computed.
 * Pure and deterministic; done once per scenario (`resolveScenario` caches by object identity),
 * not once per replication.
 */
import { distribution } from '../engine/distributions.ts';
import {
  type Channel,
  CHANNELS,
  CREDIT_CLASSES,
  type CreditClass,
  DAY_TYPES,
  type DayType,
  DEFAULTS,
  demandByDay,
  hallCalendar,
  MINUTES_PER_DAY,
  parseTimeOfDay,
  type ProfilePiece,
  type Scenario,
  type WindowKind,
} from '../scenario/index.ts';
import { resolveHotline } from './resolve-hotline.ts';
import type { Piece, Resolved, ResolvedGroup, ResolvedSite, ResolvedType } from './resolved.ts';

export type { Piece, Resolved, ResolvedCase, ResolvedGroup, ResolvedSite, ResolvedType } from './resolved.ts';

const cache = new WeakMap<Scenario, Resolved>();

/** Resolves a scenario that `validateScenario` accepted (it is not checked again here). */
export function resolveScenario(s: Scenario): Resolved {
  const hit = cache.get(s);
  if (hit) return hit;
  const r = resolve(s);
  cache.set(s, r);
  return r;
}

const minutes = (t: string) => parseTimeOfDay(t)!;

function pieces(profile: ProfilePiece[]): Piece[] {
  return profile.map((p) => ({ start: minutes(p.start), end: minutes(p.end), share: p.share }));
}

function byDayType<T>(value: T | Record<DayType, T>, isSingle: (v: unknown) => boolean): Record<DayType, T> {
  if (isSingle(value)) return { ordinary: value as T, filing: value as T, deadline: value as T };
  return value as Record<DayType, T>;
}

/** The hall's calendar of a valid scenario (working days, filing periods, day types). */
/** A business type: its handling time, kiosk use, and for a non-immediate matter its case (Rule 2). */
function resolveType(
  t: Scenario['types'][number],
  index: number,
  behaviourShares: Record<CreditClass, number>,
): ResolvedType {
  const creditShares = t.creditShares ?? behaviourShares;
  const creditCumulative = new Float64Array(CREDIT_CLASSES.length);
  let acc = 0;
  CREDIT_CLASSES.forEach((c, i) => (creditCumulative[i] = acc += creditShares[c]));
  creditCumulative[CREDIT_CLASSES.length - 1] = 1;
  const immediate = t.immediate ?? DEFAULTS.type.immediate;
  const cs = t.case;
  return {
    index,
    id: t.id,
    name: t.name,
    service: distribution(immediate || !cs ? t.service : cs.acceptance, `types[${index}].service`),
    kiosk: t.kiosk
      ? {
          eligibleShare: t.kiosk.eligibleShare ?? DEFAULTS.type.kioskEligibleShare,
          time: distribution(t.kiosk.time, `types[${index}].kiosk.time`),
        }
      : null,
    immediate,
    case:
      !immediate && cs
        ? {
            limitDays: CREDIT_CLASSES.map((c) => cs.limitDays[c] ?? cs.limitDays.default),
            averageTargetDays: cs.averageTargetDays ?? null,
            transfer: distribution(cs.transfer, `types[${index}].case.transfer`),
            work: distribution(cs.work, `types[${index}].case.work`),
            answer: distribution(cs.answer, `types[${index}].case.answer`),
          }
        : null,
    creditCumulative,
  };
}

/** A window group: the types and channels it serves, its schedule per day type, its mean handling time. */
function resolveGroup(
  s: Scenario,
  g: Scenario['windows']['groups'][number],
  index: number,
  types: readonly ResolvedType[],
): ResolvedGroup {
  const serves = new Uint8Array(types.length);
  types.forEach((t) => (serves[t.index] = !g.types || g.types.includes(t.id) ? 1 : 0));
  const channels = CHANNELS.map((c) => (g.channels ? g.channels.includes(c) : defaultChannels(g.kind).includes(c)));
  const sched = byDayType<number[]>(g.schedule, (v) => Array.isArray(v));
  let weight = 0;
  let sum = 0;
  s.types.forEach((t, i) => {
    if (serves[i]) {
      weight += t.share;
      sum += t.share * types[i].service.mean;
    }
  });
  return {
    index,
    id: g.id,
    name: g.name,
    kind: g.kind,
    windows: g.windows,
    serves,
    channels,
    schedule: Object.fromEntries(DAY_TYPES.map((d) => [d, Int32Array.from(sched[d])])) as Record<DayType, Int32Array>,
    meanService: weight > 0 ? sum / weight : 1,
  };
}

/** A kiosk site (Rule 5): its hours, volume and profile, and its failures and repairs. */
function resolveSite(site: NonNullable<Scenario['kiosks']>['sites'][number], index: number): ResolvedSite {
  const D = DEFAULTS;
  const allDay = site.hours === '24h';
  const start = allDay ? 0 : minutes((site.hours as { start: string }).start);
  const end = allDay ? MINUTES_PER_DAY : minutes((site.hours as { end: string }).end);
  const f = site.failures;
  return {
    index,
    id: site.id,
    name: site.name,
    kind: site.kind,
    kiosks: site.kiosks,
    start,
    end,
    workingDaysOnly: (site.days ?? D.kiosks.siteDays) === 'working',
    dailyVolume: site.dailyVolume ?? D.kiosks.siteDailyVolume,
    profile: site.profile ? pieces(site.profile) : [{ start, end, share: 1 }],
    failures: f
      ? {
          mtbfMinutes: f.mtbfHours * 60,
          repair: distribution(f.repair, `kiosks.sites[${index}].failures.repair`),
          hours:
            f.repairHours === '24h'
              ? { start: 0, end: MINUTES_PER_DAY, workingDaysOnly: (f.repairDays ?? D.kiosks.repairDays) === 'working' }
              : {
                  start: minutes(f.repairHours.start),
                  end: minutes(f.repairHours.end),
                  workingDaysOnly: (f.repairDays ?? D.kiosks.repairDays) === 'working',
                },
        }
      : null,
  };
}

function resolve(s: Scenario): Resolved {
  const cal = s.calendar;
  const calendar = hallCalendar(s);
  const open = minutes(cal.open);
  const close = minutes(cal.close);
  const interval = cal.intervalMinutes ?? DEFAULTS.calendar.intervalMinutes;
  const ticketEnd = close - (cal.ticketCutoffMinutes ?? DEFAULTS.calendar.ticketCutoffMinutes);
  const behaviourShares = s.behaviour?.creditShares ?? DEFAULTS.behaviour.creditShares;

  const types: ResolvedType[] = s.types.map((t, index) => resolveType(t, index, behaviourShares));

  const groups: ResolvedGroup[] = s.windows.groups.map((g, index) => resolveGroup(s, g, index, types));

  const { volume, shares, moved } = demandByDay(s, calendar, types.length);
  const intradaySpec = s.demand.intraday;
  const intraday = byDayType<ProfilePiece[]>(intradaySpec, (v) => Array.isArray(v));

  const ap = s.appointments;
  const st = s.staggered;
  const cl = s.closing ?? {};
  const ks = s.kiosks;
  const bo = s.backOffice;
  const bh = s.behaviour ?? {};
  const D = DEFAULTS;
  const sites: ResolvedSite[] = (ks?.sites ?? []).map((site, index) => resolveSite(site, index));

  return {
    scenario: s,
    calendar,
    days: cal.days,
    horizon: cal.days * MINUTES_PER_DAY,
    warmupEnd: (cal.warmupDays ?? DEFAULTS.calendar.warmupDays) * MINUTES_PER_DAY,
    open,
    close,
    ticketEnd,
    lunch: cal.lunch ? { start: minutes(cal.lunch.start), end: minutes(cal.lunch.end) } : null,
    interval,
    intervalsPerDay: MINUTES_PER_DAY / interval,
    hallIntervals: (close - open) / interval,
    types,
    groups,
    routing: s.windows.routing ?? D.windows.routing,
    volume,
    shares,
    intraday: Object.fromEntries(DAY_TYPES.map((d) => [d, pieces(intraday[d])])) as Record<DayType, Piece[]>,
    guidance: s.guidance ? { staff: s.guidance.staff, time: distribution(s.guidance.time, 'guidance.time') } : null,
    appointments: ap
      ? {
          share: ap.share,
          slot: ap.slotMinutes ?? D.appointments.slotMinutes,
          capacity: byDayType<number>(ap.capacityPerSlot, (v) => typeof v === 'number'),
          noShow: ap.noShow ?? D.appointments.noShow,
          lateShare: ap.lateShare ?? D.appointments.lateShare,
          late: distribution(ap.late ?? D.appointments.late, 'appointments.late'),
          early: distribution(ap.early ?? D.appointments.early, 'appointments.early'),
          grace: ap.graceMinutes ?? D.appointments.graceMinutes,
          forfeitTicketShare: ap.forfeitTicketShare ?? D.appointments.forfeitTicketShare,
        }
      : null,
    staggered: st
      ? {
          fromDayTypes: st.fromDays.dayTypes ?? [],
          lastWorkingDays: st.fromDays.lastWorkingDays ?? 0,
          invite: st.inviteShare,
          acceptance: st.acceptance,
          toDayTypes: st.toDayTypes,
          toHours: st.toHours.map((h) => ({ start: minutes(h.start), end: minutes(h.end) })),
          capacity: st.capacityPerSlot,
          slot: st.slotMinutes ?? D.staggered.slotMinutes,
        }
      : null,
    closing: {
      prediction: cl.predictionMinutes ?? D.closing.predictionMinutes,
      longWait: cl.longWaitMinutes ?? D.closing.longWaitMinutes,
      leaveProbability: cl.leaveProbability ?? D.closing.leaveProbability,
      leaveWithHallShare: cl.leaveWithHallShare ?? D.closing.leaveWithHallShare,
      leftCaseLimitDays: cl.leftCaseLimitDays ?? D.closing.leftCaseLimitDays,
      timeOffThreshold: cl.timeOffThresholdMinutes ?? D.closing.timeOffThresholdMinutes,
    },
    kiosks: ks
      ? {
          choiceShare: ks.choiceShare ?? D.kiosks.choiceShare,
          switchQueueLength: ks.switchQueueLength ?? D.kiosks.switchQueueLength,
          patience:
            (ks.patience === undefined ? D.kiosks.patience : ks.patience) === null
              ? null
              : distribution(ks.patience ?? D.kiosks.patience, 'kiosks.patience'),
          otherSite: ks.elsewhere?.otherSite ?? D.kiosks.elsewhereOtherSite,
          toHall: ks.elsewhere?.hall ?? D.kiosks.elsewhereHall,
          travel: ks.elsewhere?.travelMinutes ?? D.kiosks.travelMinutes,
          sites,
          hallSite: sites.findIndex((x) => x.kind === 'hall'),
        }
      : null,
    backOffice: bo
      ? {
          officers: bo.officers,
          hours: {
            start: bo.hours ? minutes(bo.hours.start) : open,
            end: bo.hours ? minutes(bo.hours.end) : close,
            workingDaysOnly: true,
          },
          discipline: bo.discipline ?? D.backOffice.discipline,
          warningDays: bo.warningDays ?? D.backOffice.warningDays,
          extensionProbability: bo.extensionProbability ?? D.backOffice.extensionProbability,
          extensionDays: bo.extensionDays ?? D.backOffice.extensionDays,
        }
      : null,
    behaviour: {
      patience: bh.patience ? distribution(bh.patience, 'behaviour.patience') : null,
      balking: bh.balking ?? null,
      returnShare: bh.returnShare ?? D.behaviour.returnShare,
      returnWithinDays: bh.returnWithinDays ?? D.behaviour.returnWithinDays,
    },
    target: s.target ?? D.target,
    movedOnline: moved,
    hotline: resolveHotline(s, calendar, cal.days, interval),
  };
}

export function defaultChannels(kind: WindowKind): Channel[] {
  switch (kind) {
    case 'green':
      return ['staggered'];
    case 'appointment':
      return ['appointment', 'staggered'];
    default:
      return ['walkIn', 'appointment', 'staggered'];
  }
}
