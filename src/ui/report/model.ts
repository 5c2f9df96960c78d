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
import { diagnosisOf, diagnosisView } from '../views/results/diagnosis-text.ts';
import { KEY_METRICS, type KeyMetricId } from '../state/run-values.ts';
import type { ReportInput } from './input.ts';
import { hotlineSection, type ReportHotline } from './model-hotline.ts';
import { intervalWords, pct1 } from './words.ts';
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

export type { ReportHotline } from './model-hotline.ts';

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

function signed(x: number, fmt: Formatters, digits = 1): string {
  const s = fmt.fixed(Math.abs(x), digits);
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
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
