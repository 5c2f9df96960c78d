/**
 * The diagnosis panel in words (UX.md: the first line answers "why do people wait at 15:30 —
 * which windows, which taxpayers?"): the headline sentences, the table of intervals that miss
 * the target per kind of day, and the next steps, from the diagnosis of the shown result
 * (src/sim/results/diagnosis.ts). Every share and wait carries its confidence interval in words.
 */
import { uniformTargets } from '../../../sim/results/attainment.ts';
import { diagnose, type Diagnosis, type IntervalFinding } from '../../../sim/results/diagnosis.ts';
import { CHANNELS, type DayType, formatPath } from '../../../sim/scenario/index.ts';
import type { ChartContext } from '../../charts/context.ts';
import { shareDigits, shareRange, sureShare } from '../../charts/uncertainty.ts';

export type DiagnosisAction =
  | { kind: 'schedule'; label: string; group: number; dayType: DayType; interval: number }
  | { kind: 'field'; label: string; path: string }
  | { kind: 'plan'; label: string };

export interface DiagnosisRow {
  /** Minutes after midnight (a stable key). */
  start: number;
  time: string;
  share: string;
  range: string;
  short: string;
  binds: string;
  idle: string;
}

export interface DiagnosisSection {
  dayType: DayType;
  title: string;
  rows: DiagnosisRow[];
  /** Missed intervals of this kind of day not listed. */
  more: number;
}

export interface DiagnosisView {
  state: 'missed' | 'met' | 'empty';
  /** The answer in words, the headline first. */
  sentences: string[];
  sections: DiagnosisSection[];
  actions: DiagnosisAction[];
  /** The group and kind of day the per-group chart opens on (where the diagnosis points). */
  focus: { group: number; dayType: DayType } | null;
  basis: string;
}

/** Rows listed per kind of day (the rest are counted). */
export const ROWS_PER_DAY = 6;

/** The diagnosis of the context's result (null when the run did not record the per-group load). */
export function diagnosisOf(ctx: ChartContext): Diagnosis | null {
  const load = ctx.merged.groupLoad;
  return load ? diagnose(load, ctx.resolved, uniformTargets(ctx.target.share)) : null;
}

export function groupName(ctx: ChartContext, g: number): string {
  const n = ctx.scenario.windows.groups[g]?.name;
  return n ? (ctx.fmt.locale === 'en' ? n.en : n.zh) : String(g + 1);
}

function list(ctx: ChartContext, items: string[]): string {
  return new Intl.ListFormat(ctx.fmt.locale, { type: 'conjunction' }).format(items);
}

/**
 * A share as a whole percentage, with a decimal where rounding would put it on the other side
 * of the target (89.6% is below a 90% target, and must not read "90%") or where its range
 * needs one (charts/uncertainty.ts).
 */
export function shareText(ctx: ChartContext, share: number, target: number, halfWidth = 0): string {
  const rounded = Math.round(share * 100) / 100;
  const digits =
    share < target !== rounded < target || (ctx.merged.replications > 1 && shareDigits(share, halfWidth) === 1) ? 1 : 0;
  return ctx.fmt.percent(share, digits);
}

function timeOf(ctx: ChartContext, f: IntervalFinding, minutes: number): string {
  return `${ctx.fmt.time(f.start)}–${ctx.fmt.time(f.start + minutes)}`;
}

/** The sentence on windows idle while the binding group's line waits (or on how busy it is). */
function whyIdle(ctx: ChartContext, f: IntervalFinding): string {
  const t = ctx.t.diagnosis;
  const idle = f.idle[0];
  const group = groupName(ctx, f.group.index);
  if (!idle) return t.busy(group, ctx.fmt.number(f.line.busy, 1), ctx.fmt.number(f.line.staffed, 1));
  const a = groupName(ctx, idle.group);
  const n = ctx.fmt.number(idle.idle, 1);
  const people = t.people[CHANNELS[idle.channel]];
  switch (idle.reason) {
    case 'channel':
      return t.idle.channel(
        n,
        a,
        people,
        list(
          ctx,
          idle.servedBy.map((g) => groupName(ctx, g)),
        ),
      );
    case 'preferred':
      return t.idle.preferred(n, a, people, group);
    case 'types': {
      const served = ctx.resolved.groups[idle.group].serves;
      const names = ctx.scenario.types
        .filter((_, i) => served[i])
        .map((x) => (ctx.fmt.locale === 'en' ? x.name.en : x.name.zh));
      return t.idle.types(n, a, list(ctx, names));
    }
    case 'order':
      return t.idle.order(n, a, group);
  }
}

function row(ctx: ChartContext, f: IntervalFinding, minutes: number): DiagnosisRow {
  const t = ctx.t.diagnosis;
  const idle = f.idle[0];
  return {
    start: f.start,
    time: timeOf(ctx, f, minutes),
    share: shareText(ctx, f.share.mean, f.target, f.share.halfWidth),
    range: shareRange(ctx, f.share.mean, f.share.halfWidth),
    short: ctx.fmt.number(f.shortfallPerDay, 1),
    binds: t.bindsCell(groupName(ctx, f.group.index), ctx.t.channels.names[CHANNELS[f.groupChannel]]),
    idle: idle ? t.idleCell(groupName(ctx, idle.group), ctx.fmt.number(idle.idle, 1)) : t.none,
  };
}

function actionsFor(ctx: ChartContext, f: IntervalFinding): DiagnosisAction[] {
  const t = ctx.t.diagnosis.actions;
  const out: DiagnosisAction[] = [
    {
      kind: 'schedule',
      label: t.schedule(groupName(ctx, f.group.index), ctx.t.diagnosis.scheduleDay[f.dayType]),
      group: f.group.index,
      dayType: f.dayType,
      interval: f.k,
    },
  ];
  const idle = f.idle[0];
  if (idle?.reason === 'channel')
    out.push({
      kind: 'field',
      label: t.channels(groupName(ctx, idle.group)),
      path: formatPath(['windows', 'groups', idle.group, 'channels']),
    });
  if (idle?.reason === 'types')
    out.push({
      kind: 'field',
      label: t.types(groupName(ctx, idle.group)),
      path: formatPath(['windows', 'groups', idle.group, 'types']),
    });
  if (idle?.reason === 'order') out.push({ kind: 'field', label: t.routing, path: formatPath(['windows', 'routing']) });
  return out;
}

export function diagnosisView(ctx: ChartContext, d: Diagnosis): DiagnosisView {
  const t = ctx.t.diagnosis;
  const { fmt } = ctx;
  const minutes = fmt.number(ctx.target.waitMinutes);
  const basis = t.basis(fmt.percent(ctx.merged.level, 0));
  const plan: DiagnosisAction = { kind: 'plan', label: t.actions.plan };
  const top = d.missed[0];
  if (!top) {
    const c = d.closest;
    if (!c) return { state: 'empty', sentences: [t.empty], sections: [], actions: [], focus: null, basis };
    const sentences = [
      t.allMet(d.intervals.total, minutes, fmt.percent(ctx.target.share, 0)),
      t.closest(
        ctx.t.onDayType[c.dayType],
        timeOf(ctx, c, d.intervalMinutes),
        shareText(ctx, c.share.mean, c.target, c.share.halfWidth),
        sureShare(ctx, c.share.mean, c.share.halfWidth),
        groupName(ctx, c.group.index),
      ),
    ];
    return {
      state: 'met',
      sentences,
      sections: [],
      actions: [plan],
      focus: { group: c.group.index, dayType: c.dayType },
      basis,
    };
  }
  const sentences = [
    t.where(
      ctx.t.onDayType[top.dayType],
      timeOf(ctx, top, d.intervalMinutes),
      shareText(ctx, top.share.mean, top.target, top.share.halfWidth),
      minutes,
      fmt.percent(top.target, 0),
      sureShare(ctx, top.share.mean, top.share.halfWidth),
    ),
    t.who(
      t.people[CHANNELS[top.groupChannel]],
      groupName(ctx, top.group.index),
      fmt.number(top.line.queue, 1),
      fmt.number(top.line.staffed, 1),
    ),
    whyIdle(ctx, top),
    ...(d.missed.length > 1 ? [t.more(d.missed.length - 1)] : []),
  ];
  // Kinds of day in the order of their worst interval.
  const days = [...new Set(d.missed.map((f) => f.dayType))];
  const sections = days.map((dayType) => {
    const all = d.missed.filter((f) => f.dayType === dayType);
    return {
      dayType,
      title: ctx.t.dayTypes[dayType],
      rows: all.slice(0, ROWS_PER_DAY).map((f) => row(ctx, f, d.intervalMinutes)),
      more: Math.max(0, all.length - ROWS_PER_DAY),
    };
  });
  return {
    state: 'missed',
    sentences,
    sections,
    actions: [...actionsFor(ctx, top), plan],
    focus: { group: top.group.index, dayType: top.dayType },
    basis,
  };
}
