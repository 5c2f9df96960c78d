/**
 * "Meets the target", one meaning everywhere (the results, the plan, the frontier, the command
 * line): two measures of the share of taxpayers joining a window line who are served within
 * the target wait (giving up counts as not served within it), from the per-group load of a
 * merged run (merge-group-load.ts):
 *
 *  - the whole period: all joiners of the horizon after the warm-up together (and per kind of
 *    day), with its confidence interval; it meets the target when its estimate reaches the
 *    target share (with targets that differ by kind of day: when every kind of day reaches its
 *    own);
 *  - the intervals: each interval of the opening hours of each kind of day, for the whole hall
 *    (all window groups together), that someone joined; how many reach the target share at
 *    their estimate.
 *
 * A hall can meet the first and miss the second (a long wait at 10:00 hidden in a good day):
 * both are always shown together, under these names.
 */
import type { MergedGroupLoad } from './merge-group-load.ts';
import { DAY_TYPES, type DayType } from '../scenario/index.ts';

/** The target share per kind of day (the plan's targets fit; the scenario's is the same for all). */
export type AttainmentTargets = Record<DayType, { share: number }>;

export interface ShareFigure {
  /** Share served within the target wait (1 when nobody joined). */
  mean: number;
  /** Half-width of its confidence interval (0 with fewer than two replications). */
  halfWidth: number;
  /** Joiners per replication. */
  joined: number;
}

export interface Attainment {
  /** The whole period, all kinds of day together. */
  period: ShareFigure & {
    /** The target share when every kind of day has the same one, else null (see `met`). */
    target: number | null;
    met: boolean;
  };
  /** Each kind of day present in the horizon. */
  dayTypes: { type: DayType; figure: ShareFigure; target: number; met: boolean }[];
  /** Intervals (kind of day × interval of the opening hours, whole hall) with joiners. */
  intervals: { met: number; total: number };
  /** Length of those intervals, minutes. */
  intervalMinutes: number;
}

function figure(s: MergedGroupLoad['share'][keyof MergedGroupLoad['share']], i: number): ShareFigure {
  return { mean: s.mean[i], halfWidth: s.halfWidth[i], joined: s.joined[i] };
}

export function attainment(load: MergedGroupLoad, targets: AttainmentTargets): Attainment {
  const present = DAY_TYPES.filter((d) => load.days[d] > 0);
  const dayTypes = present.map((type) => {
    const f = figure(load.share.hallDay, DAY_TYPES.indexOf(type));
    return { type, figure: f, target: targets[type].share, met: f.joined === 0 || f.mean >= targets[type].share };
  });
  let met = 0;
  let total = 0;
  for (const type of present) {
    const d = DAY_TYPES.indexOf(type);
    for (let k = 0; k < load.intervals; k++) {
      const i = d * load.intervals + k;
      if (load.share.hallInterval.joined[i] === 0) continue;
      total++;
      if (load.share.hallInterval.mean[i] >= targets[type].share) met++;
    }
  }
  const shares = new Set(present.map((d) => targets[d].share));
  const target = shares.size === 1 ? [...shares][0] : null;
  const period = figure(load.share.hallAll, 0);
  return {
    period: { ...period, target, met: target !== null ? period.mean >= target : dayTypes.every((d) => d.met) },
    dayTypes,
    intervals: { met, total },
    intervalMinutes: load.intervalMinutes,
  };
}

/** The scenario's own target for every kind of day. */
export function uniformTargets(share: number): AttainmentTargets {
  return { ordinary: { share }, filing: { share }, deadline: { share } };
}
