/**
 * The leadership report's content (issue 12), in the order a leader reads it: the hall and
 * period, the answer in three sentences, the key figures with their intervals in words, where and
 * when people wait, the recommended windows and the roster, kiosks, off-peak invitations, the
 * back office, the 12366 hotline (when the scenario has one), cost against today, assumptions and
 * data sources, the method, and how to reproduce it; the sections present are numbered in turn.
 * Pure: Report.svelte draws it in the app and, rendered on the server, for `hallflow report`.
 * Every number keeps its raw value beside its words (`raw`), so a test can check the report says
 * what the result and the plan say.
 *
 * The words of the plan come from the plan page's own helpers (views/plan), so the report and the
 * page never say two things.
 */
import { resolveScenario } from '../../sim/hall/resolve.ts';
import { DAY_TYPES, type DayType } from '../../sim/scenario/index.ts';
import type { MetricEstimate } from '../../sim/results/merge.ts';
import { DAY_NAMES, type Plan } from '../../sim/plan/recommendation.ts';
import { chartContext, type ChartContext } from '../charts/context.ts';
import { formatters, type Formatters } from '../charts/format.ts';
import { keyFigures } from '../charts/kpis.ts';
import { i18n, type Locale } from '../i18n/index.svelte.ts';
import { answerRows, mostLine, rosterWhy, type AnswerRow } from '../views/plan/answer.ts';
import {
  backOfficeRows,
  kioskSteps,
  rosterDays,
  staggeredHow,
  staggeredRows,
  type BackOfficeRow,
  type KioskStepRow,
  type RosterDay,
  type StaggeredRow,
} from '../views/plan/advice.ts';
import { nameIn, presentDayTypes } from '../views/plan/intervals.ts';
import { hoursFigures, meetsFigures, targetLines } from '../views/plan/summary.ts';
import { hotlineAboveSeats, hotlineLine, hotlineSimulated, hotlineTarget } from '../views/plan/hotline-words.ts';
import { diagnosisOf, diagnosisView } from '../views/results/diagnosis-text.ts';
import { KEY_METRICS, type KeyMetricId } from '../state/run-values.ts';
import type { ReportInput } from './input.ts';
import { reportMessages } from './messages.ts';
import { REPORT_SECTIONS, type ReportMessages, type ReportSection } from './messages.en.ts';

export interface ReportFigure {
  id: string;
  label: string;
  /** "3.0 分钟" */
  text: string;
  /** The interval in words, or why there is none. */
  interval: string;
  note: string;
  raw: number | null;
}

export interface ReportChart {
  day: DayType;
  title: string;
  /** Interval start labels ("09:00"), and per interval the mean wait, its band and the p90 (minutes). */
  labels: string[];
  mean: number[];
  lo: number[];
  hi: number[];
  p90: number[];
  target: number;
}

export interface ReportWindows {
  day: DayType;
  dayName: string;
  most: string;
  rows: AnswerRow[];
}

export interface ReportCostRow {
  item: string;
  now: string;
  plan: string;
  change: string;
  raw: { now: number; plan: number };
}

/**
 * The 12366 hotline (when the scenario has one): the answer first (the service level with its
 * interval), the run's figures, the plan's advice in the plan page's words, and the calls about
 * matters moved online. `raw` keeps what the words say, to check them against the result and plan.
 */
export interface ReportHotline {
  lead: string;
  figures: ReportFigure[];
  /** The plan's sentences (agent-hours now → recommended, both simulated, the target), or why there are none. */
  advice: string[];
  online: string | null;
  raw: {
    seconds: number;
    /** Agent-hours now and recommended, and the simulated service level of both (the plan's). */
    hours: { now: number; plan: number } | null;
    level: { now: number | null; plan: number | null } | null;
    online: { moved: number; calls: number | null } | null;
  };
}

export interface ReportModel {
  locale: Locale;
  /** The numbered heading of each section present ("十、12366 纳税服务热线"). */
  headings: Partial<Record<ReportSection, string>>;
  /** The running head of every printed page: the hall and the report's title. */
  runningHead: string;
  t: ReportMessages;
  fmt: Formatters;
  title: string;
  hall: string;
  period: string;
  synthetic: boolean;
  /** Three sentences when there is a plan; else the note that there is none and the diagnosis's headline. */
  answer: {
    sentences: string[];
    raw: { roster: number; now: number; required: number; share: number; nowShare: number } | null;
  };
  figuresLead: string;
  figures: ReportFigure[];
  waitsLead: string;
  diagnosis: string[];
  charts: ReportChart[];
  plan: Plan | null;
  groups: string[];
  windowsLead: string;
  windows: ReportWindows[];
  roster: { days: (RosterDay & { dayName: string })[]; why: string } | null;
  kiosks: { name: string; installed: number; recommended: number | null; steps: KioskStepRow[] }[];
  staggered: { rows: StaggeredRow[]; how: string | null };
  backOffice: { lead: string; rows: BackOfficeRow[] } | null;
  hotline: ReportHotline | null;
  cost: ReportCostRow[];
  costNotes: string[];
  assumptions: string[];
  method: string;
  reproduce: string;
}

const dayName = (d: DayType, locale: Locale) => nameIn(DAY_NAMES[d], locale);

function intervalWords(
  e: MetricEstimate | null | undefined,
  fmtValue: (v: number) => string,
  t: ReportMessages,
): string {
  if (!e) return t.none;
  if (e.halfWidth === null) return t.figures.single;
  return t.figures.interval(fmtValue(e.mean - e.halfWidth), fmtValue(e.mean + e.halfWidth));
}

/** A share as a percentage with exactly one decimal ("99.0%", so the two ends of a range read alike). */
const pct1 = (v: number, fmt: Formatters) => `${fmt.fixed(100 * v, 1)}%`;

function signed(x: number, fmt: Formatters, digits = 1): string {
  const s = fmt.fixed(Math.abs(x), digits);
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
}

/**
 * A share's 95% interval in words, its ends within 0–100%: to one decimal, or two when one decimal
 * would give both ends alike ("有 95% 的把握在 1.66% 到 1.74% 之间", not "1.7% 到 1.7%").
 */
export function shareInterval(e: MetricEstimate, fmt: Formatters, t: ReportMessages): string {
  if (e.halfWidth === null) return t.figures.single;
  const lo = Math.max(0, e.mean - e.halfWidth);
  const hi = Math.min(1, e.mean + e.halfWidth);
  const digits = hi > lo && pct1(lo, fmt) === pct1(hi, fmt) ? 2 : 1;
  return t.figures.interval(`${fmt.fixed(100 * lo, digits)}%`, `${fmt.fixed(100 * hi, digits)}%`);
}

/** A share with its interval in words: "82.3%（有 95% 的把握在 80.1% 到 84.5% 之间）". */
function shareInWords(e: MetricEstimate | null | undefined, fmt: Formatters, t: ReportMessages): string {
  if (!e) return t.none;
  return `${pct1(Math.max(0, Math.min(1, e.mean)), fmt)}${t.hotline.paren(shareInterval(e, fmt, t))}`;
}

/** The 12366 section: present when the scenario has a hotline and the run measured it. */
export function hotlineSection(
  input: ReportInput,
  ctx: ChartContext,
  t: ReportMessages,
  fmt: Formatters,
  locale: Locale,
): ReportHotline | null {
  const { scenario, merged, plan } = input;
  const rh = ctx.resolved.hotline;
  if (!scenario.hotline || !rh) return null;
  const m = merged.metrics;
  const h = t.hotline;
  const seconds = rh.answerWithinSeconds[0];
  const level = m[`hotline.serviceLevel.${seconds}s`];
  const share = (v: number) => pct1(Math.max(0, Math.min(1, v)), fmt);
  const figure = (id: string, label: string, e: MetricEstimate | undefined, note: string): ReportFigure => ({
    id,
    label,
    text: e ? share(e.mean) : t.none,
    interval: e ? shareInterval(e, fmt, t) : t.none,
    note,
    raw: e ? e.mean : null,
  });
  const figures = [
    figure('hotline-level', h.level(String(seconds)), level, h.levelNote),
    figure('hotline-abandon', h.abandon, m['hotline.abandonShare'], h.abandonNote),
    figure('hotline-redial', h.redial, m['hotline.redialShare'], h.redialNote),
    figure('hotline-occupancy', h.occupancy, m['hotline.occupancy'], h.occupancyNote),
  ];
  // Calls about matters moved online, when the scenario moves demand online.
  let online: string | null = null;
  let onlineRaw: ReportHotline['raw']['online'] = null;
  const moved = m['online.moved'];
  if (scenario.online && moved && moved.mean === 0) {
    online = h.noneMoved;
    onlineRaw = { moved: 0, calls: m['hotline.fromOnline']?.mean ?? null };
  } else if (scenario.online && moved) {
    const calls = m['hotline.fromOnline'];
    const count = (v: number) => fmt.number(Math.max(0, v), 0);
    const exactly = (e: MetricEstimate, digits: (v: number) => string) =>
      e.halfWidth === 0 ? h.exact : intervalWords(e, digits, t);
    figures.push({
      id: 'online-moved',
      label: h.moved,
      text: count(moved.mean),
      interval: exactly(moved, count),
      note: h.movedNote,
      raw: moved.mean,
    });
    if (calls)
      figures.push({
        id: 'hotline-from-online',
        label: h.fromOnline,
        text: count(calls.mean),
        interval: exactly(calls, count),
        note: h.fromOnlineNote(fmt.percent(scenario.online.callShare ?? 0, 0)),
        raw: calls.mean,
      });
    online = calls ? h.online(count(moved.mean), count(calls.mean), exactly(calls, count)) : null;
    onlineRaw = { moved: moved.mean, calls: calls ? calls.mean : null };
  }
  // The plan's advice, in the plan page's words (views/plan/hotline-words.ts), intervals in words.
  const advice = plan?.hotline ?? null;
  const words = i18n.of(locale).plan.hotline;
  const sentences = advice
    ? [
        hotlineLine(advice, words, fmt),
        hotlineSimulated(advice, words, (e) => shareInWords(e, fmt, t), true),
        hotlineTarget(advice, words, fmt),
        hotlineAboveSeats(advice, words),
      ].filter((x): x is string => x !== null)
    : [h.noAdvice];
  const ev = advice?.evaluation ?? null;
  return {
    lead: level ? h.lead(String(seconds), share(level.mean), shareInterval(level, fmt, t)) : h.noCalls,
    figures,
    advice: sentences,
    online,
    raw: {
      seconds,
      hours: advice ? { now: advice.agentHours.current, plan: advice.agentHours.recommended } : null,
      level: ev
        ? { now: ev.current.serviceLevel?.mean ?? null, plan: ev.recommended.serviceLevel?.mean ?? null }
        : null,
      online: onlineRaw,
    },
  };
}

function charts(ctx: ChartContext, t: ReportMessages, locale: Locale): ReportChart[] {
  const { merged, window } = ctx;
  const out: ReportChart[] = [];
  for (const day of ctx.dayTypes) {
    const p = merged.profiles[day];
    const labels: string[] = [];
    const mean: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    const p90: number[] = [];
    for (let j = ctx.ticketWindow.from; j < Math.min(ctx.ticketWindow.to, window.to); j++) {
      labels.push(ctx.fmt.time(j * ctx.intervalMinutes));
      const m = p.waitMean.mean[j];
      const h = p.waitMean.halfWidth[j];
      mean.push(m);
      lo.push(Math.max(0, m - h));
      hi.push(m + h);
      p90.push(p.waitP90.mean[j]);
    }
    out.push({
      day,
      title: t.waits.chart(dayName(day, locale)),
      labels,
      mean,
      lo,
      hi,
      p90,
      target: ctx.target.waitMinutes,
    });
  }
  return out;
}

export function reportModel(input: ReportInput, locale: Locale): ReportModel {
  const t = reportMessages(locale);
  const all = i18n.of(locale);
  const fmt = formatters(locale);
  const { scenario, merged, plan } = input;
  const ctx = chartContext(merged, scenario, all.charts, locale);
  const r = resolveScenario(scenario);
  const working = ctx.days.filter((d) => d.working && d.index >= 0).length;
  const days = ctx.days;
  const period = t.period(
    days[0]?.iso ?? scenario.calendar.startDate,
    days[days.length - 1]?.iso ?? scenario.calendar.startDate,
    days.length,
    working,
  );
  const targetText = `${fmt.percent(ctx.target.share, 0)} ≤ ${fmt.number(ctx.target.waitMinutes, 0)} ${t.waits.minutes}`;

  // Key figures: the results page's, with the interval in words.
  const kpis = keyFigures(ctx);
  const m = merged.metrics;
  const figures: ReportFigure[] = kpis.map((k) => {
    const percent = k.id === 'utilisation' || k.id === 'on-time' || k.id === 'within-target';
    const est: MetricEstimate | null | undefined =
      k.id === 'within-target' && ctx.attainment
        ? { mean: ctx.attainment.period.mean, halfWidth: ctx.attainment.period.halfWidth, n: merged.replications }
        : m[Object.hasOwn(KEY_METRICS, k.id) ? KEY_METRICS[k.id as KeyMetricId] : 'wait.all.withinTarget'];
    const digits = k.id === 'abandoned' ? 0 : 1;
    const value = (v: number) => (percent ? pct1(v, fmt) : `${fmt.fixed(v, digits)}${k.unit ? ` ${k.unit}` : ''}`);
    return {
      id: k.id,
      label: k.label,
      text: k.raw === null ? k.value : `${k.value}${k.unit ? ` ${k.unit}` : ''}`,
      interval: k.raw === null ? t.none : intervalWords(est, value, t),
      note: k.note,
      raw: k.raw,
    };
  });

  const d = diagnosisOf(ctx);
  // The results page's diagnosis, without its pointer to the page's own table of intervals.
  const more = d && d.missed.length > 1 ? ctx.t.diagnosis.more(d.missed.length - 1) : null;
  const diagnosis = d ? diagnosisView(ctx, d).sentences.filter((s) => s !== more) : [];

  // The plan's parts, with the plan page's words.
  const a = all.planPath.answer;
  const types = plan ? presentDayTypes(plan) : [];
  const windows: ReportWindows[] = plan
    ? types.map((day) => {
        const rows = answerRows(plan, day, a, fmt, locale);
        return { day, dayName: dayName(day, locale), most: mostLine(plan, dayName(day, locale), rows, a), rows };
      })
    : [];

  let answer: ReportModel['answer'];
  const cost: ReportCostRow[] = [];
  const costNotes: string[] = [];
  if (plan) {
    const hours = hoursFigures(plan);
    const rec = hours.find((h) => h.key === 'recommended')!;
    const req = hours.find((h) => h.key === 'required')!;
    const now = plan.staffHours.scenario.total;
    const meets = meetsFigures(plan);
    const planMeets = meets.find((x) => x.key === 'recommended')!;
    const nowMeets = meets.find((x) => x.key === 'scenario')!;
    const parts = windows.map((w) => {
      let best = w.rows[0];
      for (const row of w.rows) if (row.total > best.total) best = row;
      return t.answer.openPart(w.dayName, best.total, `${best.start}–${best.end}`);
    });
    const diff = rec.total - now;
    const diffText =
      Math.abs(diff) < 0.05
        ? t.answer.same
        : diff > 0
          ? t.answer.more(fmt.fixed(diff, 1))
          : t.answer.less(fmt.fixed(-diff, 1));
    const share = planMeets.within!;
    answer = {
      sentences: [
        t.answer.open(parts.join(locale === 'zh-CN' ? '；' : '; ')),
        t.answer.cost(fmt.fixed(rec.total, 1), fmt.fixed(now, 1), diffText, fmt.fixed(req.total, 1)),
        t.answer.service(
          pct1(share.mean, fmt),
          `${pct1(Math.max(0, share.mean - (share.halfWidth ?? 0)), fmt)}–${pct1(Math.min(1, share.mean + (share.halfWidth ?? 0)), fmt)}`,
          fmt.number(ctx.target.waitMinutes, 0),
          pct1(nowMeets.within!.mean, fmt),
          planMeets.met,
          planMeets.total,
        ),
      ],
      raw: { roster: rec.total, now, required: req.total, share: share.mean, nowShare: nowMeets.within!.mean },
    };
    cost.push({
      item: t.cost.windowHours,
      now: fmt.fixed(now, 1),
      plan: fmt.fixed(rec.total, 1),
      change: signed(rec.total - now, fmt),
      raw: { now, plan: rec.total },
    });
    cost.push({
      item: t.cost.requiredHours,
      now: t.none,
      plan: fmt.fixed(req.total, 1),
      change: t.none,
      raw: { now: NaN, plan: req.total },
    });
    if (plan.kiosks) {
      const nowK = plan.kiosks.reduce((x, k) => x + k.installed, 0);
      const planK = plan.kiosks.reduce((x, k) => x + (k.recommended ?? k.installed), 0);
      cost.push({
        item: t.cost.kiosks,
        now: String(nowK),
        plan: String(planK),
        change: signed(planK - nowK, fmt, 0),
        raw: { now: nowK, plan: planK },
      });
    }
    if (plan.hotline && scenario.hotline) {
      const x = plan.hotline.agentHours;
      cost.push({
        item: t.cost.agentHours,
        now: fmt.fixed(x.current, 0),
        plan: fmt.fixed(x.recommended, 0),
        change: signed(x.recommended - x.current, fmt, 0),
        raw: { now: x.current, plan: x.recommended },
      });
    }
    if (plan.backOffice && r.backOffice) {
      const b = plan.backOffice;
      const planB = b.recommended ?? b.installed;
      cost.push({
        item: t.cost.officers,
        now: String(b.installed),
        plan: String(planB),
        change: signed(planB - b.installed, fmt, 0),
        raw: { now: b.installed, plan: planB },
      });
      const perDay = (r.backOffice.hours.end - r.backOffice.hours.start) / 60;
      const workDays = DAY_TYPES.reduce((x, dt) => x + plan.days[dt], 0);
      cost.push({
        item: t.cost.officerHoursRow,
        now: fmt.fixed(b.installed * perDay * workDays, 0),
        plan: fmt.fixed(planB * perDay * workDays, 0),
        change: signed((planB - b.installed) * perDay * workDays, fmt, 0),
        raw: { now: b.installed * perDay * workDays, plan: planB * perDay * workDays },
      });
      costNotes.push(t.cost.officerHours(perDay));
    }
  } else {
    answer = { sentences: [t.answer.noPlan, ...diagnosis.slice(0, 1)], raw: null };
  }

  const rosters = plan ? rosterDays(plan).map((x) => ({ ...x, dayName: dayName(x.type, locale) })) : [];
  const how = plan ? staggeredHow(plan) : null;
  const assumptions: string[] = [];
  // The plan page's sentences end with a full stop; here they sit inside one.
  const targets = (plan ? targetLines(plan.target.perDayType, all.plan, fmt) : [targetText]).map((line) =>
    line.replace(/[。.]\s*$/, ''),
  );
  for (const line of targets) assumptions.push(t.assumptions.target(line));
  const description = scenario.description
    ? locale === 'zh-CN'
      ? scenario.description.zh
      : scenario.description.en
    : '';
  if (description) assumptions.push(t.assumptions.description(description));
  const h = input.history;
  assumptions.push(h ? t.assumptions.history(h.file, h.rows, h.rejected) : t.assumptions.noHistory);
  if (scenario.synthetic) assumptions.push(t.assumptions.synthetic);

  const hotline = hotlineSection(input, ctx, t, fmt, locale);
  // The sections present, numbered in turn (without a plan, the plan's sections are left out).
  const planned: ReportSection[] = ['windows', 'roster', 'kiosks', 'staggered', 'backOffice', 'cost'];
  const present = REPORT_SECTIONS.filter((k) => (planned.includes(k) ? plan !== null : k !== 'hotline' || hotline));
  const headings = Object.fromEntries(present.map((k, i) => [k, t.numbered(i + 1, t.sections[k])])) as Partial<
    Record<ReportSection, string>
  >;

  return {
    headings,
    locale,
    t,
    fmt,
    title: t.title,
    runningHead: `${locale === 'zh-CN' ? scenario.name.zh : scenario.name.en} · ${t.title}`,
    hall: locale === 'zh-CN' ? scenario.name.zh : scenario.name.en,
    period,
    synthetic: scenario.synthetic === true,
    answer,
    figuresLead: t.figures.lead(merged.replications),
    figures,
    waitsLead: t.waits.lead(fmt.number(ctx.target.waitMinutes, 0)),
    diagnosis,
    charts: charts(ctx, t, locale),
    plan,
    groups: plan ? plan.groups.map((g) => nameIn(g.name, locale)) : [],
    windowsLead: t.windows.lead(plan ? targets.join(locale === 'zh-CN' ? '；' : '; ') : targetText),
    windows,
    roster: plan ? { days: rosters, why: rosterWhy(plan, all.planPath.roster, fmt) } : null,
    kiosks: plan?.kiosks
      ? plan.kiosks.map((k, i) => ({
          name: nameIn(k.name, locale),
          installed: k.installed,
          recommended: k.recommended,
          steps: kioskSteps(plan, i),
        }))
      : [],
    staggered: {
      rows: plan ? staggeredRows(plan) : [],
      how: how
        ? t.staggered.how(
            how.hours.map((x) => `${x.start}–${x.end}`).join(locale === 'zh-CN' ? '、' : ', '),
            fmt.percent(how.acceptance, 0),
          )
        : null,
    },
    backOffice: plan?.backOffice
      ? {
          lead: t.backOffice.lead(plan.backOffice.installed, fmt.percent(plan.backOffice.onTimeTarget, 0)),
          rows: backOfficeRows(plan),
        }
      : null,
    hotline,
    cost,
    costNotes,
    assumptions,
    method: t.method,
    reproduce: t.reproduce(input.made.at.slice(0, 10), input.made.seed, input.made.replications),
  };
}
