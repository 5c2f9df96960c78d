/**
 * The leadership report's 12366 section (when the scenario has a hotline): the answer first, the
 * run's figures with their intervals in words, the plan's advice in the plan page's own words
 * (views/plan/hotline-words.ts), and the calls about matters moved online.
 */
import type { MetricEstimate } from '../../sim/results/merge.ts';
import type { ChartContext } from '../charts/context.ts';
import type { Formatters } from '../charts/format.ts';
import { i18n, type Locale } from '../i18n/index.svelte.ts';
import {
  hotlineAboveSeats,
  hotlineLine,
  hotlineMethod,
  hotlinePool,
  hotlineSimulated,
  hotlineTarget,
} from '../views/plan/hotline-words.ts';
import type { ReportInput } from './input.ts';
import type { ReportMessages } from './messages.en.ts';
import type { ReportFigure } from './model.ts';
import { intervalWords, pct1, shareInterval } from './words.ts';

/**
 * The 12366 hotline (when the scenario has one): the answer first (the service level with its
 * interval), the run's figures, the plan's advice in the plan page's words, and the calls about
 * matters moved online. `raw` keeps what the words say, to check them against the result and plan.
 */
export interface ReportHotline {
  lead: string;
  figures: ReportFigure[];
  /**
   * The plan's sentences (agent-hours now → recommended, both simulated, the target, how, the seats,
   * one roster over windows and phones), or why there are none.
   */
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
        hotlineMethod(advice, words, fmt),
        hotlineAboveSeats(advice, words),
        hotlinePool(advice, words, fmt)?.sentence ?? null,
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
