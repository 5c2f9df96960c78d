/**
 * The planner's service target, per day type: the share of taxpayers joining a window line who
 * are served within T minutes (giving up counts as a failure: the hall model's
 * `wait.*.withinTarget`), per interval or over the day, optionally with a cap on the mean wait
 * and on the share who give up.
 *
 * Written as text on the command line and in the app:
 *   "wait<=15min@90%"                          every day type, each interval
 *   "wait<=15min@90%/day"                      over the whole day instead of each interval
 *   "wait<=15min@90%,mean<=8min,abandon<=5%"   with caps (also occupancy<=85%: busy / open)
 *   "filing:wait<=20min@85%;deadline:wait<=30min@80%;wait<=15min@90%"   per day type (the
 *                                              unprefixed part applies to the other types)
 */
import { ParameterError } from '../errors.ts';
import { DAY_TYPES, type DayType } from '../scenario/index.ts';

export interface PlanTarget {
  waitMinutes: number;
  /** 0 < share < 1. */
  share: number;
  /** Each interval must meet it, or the day as a whole. */
  scope: 'interval' | 'day';
  meanWaitMinutes?: number;
  abandonShare?: number;
  /** Highest share of open window time spent serving (busy / open), e.g. 0.85. */
  occupancyCap?: number;
}

export type PlanTargets = Record<DayType, PlanTarget>;

function bad(value: string, why: string, zh: string): ParameterError {
  return new ParameterError('target', value, why, zh);
}

const EXAMPLE =
  'e.g. "wait<=15min@90%", "wait<=15min@90%/day", "wait<=15min@90%,mean<=8min,abandon<=5%", "filing:wait<=20min@85%;wait<=15min@90%"';
const EXAMPLE_ZH =
  '例如 "wait<=15min@90%"、"wait<=15min@90%/day"、"wait<=15min@90%,mean<=8min,abandon<=5%"、"filing:wait<=20min@85%;wait<=15min@90%"';

function number(text: string, whole: string): number {
  const v = Number(text);
  if (!Number.isFinite(v))
    throw bad(whole, `"${text}" is not a number; ${EXAMPLE}`, `“${text}”不是数值；${EXAMPLE_ZH}`);
  return v;
}

/** One target without a day-type prefix. */
function parseOne(text: string, whole: string): PlanTarget {
  const parts = text.split(',').map((p) => p.trim());
  const main = /^wait\s*<=\s*([\d.]+)\s*min\s*@\s*([\d.]+)\s*%\s*(\/\s*(day|interval))?$/i.exec(parts[0]);
  if (!main)
    throw bad(whole, `a target reads like wait<=15min@90%; ${EXAMPLE}`, `目标应写作 wait<=15min@90%；${EXAMPLE_ZH}`);
  const waitMinutes = number(main[1], whole);
  const share = number(main[2], whole) / 100;
  if (!(waitMinutes >= 0 && waitMinutes <= 480))
    throw bad(
      whole,
      `the wait must be from 0 to 480 minutes, not ${main[1]}`,
      `等候时间应在 0 到 480 分钟之间，而不是 ${main[1]}`,
    );
  if (!(share > 0 && share < 1))
    throw bad(
      whole,
      `the share must be above 0% and below 100%, not ${main[2]}%`,
      `比例应大于 0% 且小于 100%，而不是 ${main[2]}%`,
    );
  const t: PlanTarget = { waitMinutes, share, scope: main[4]?.toLowerCase() === 'day' ? 'day' : 'interval' };
  for (const p of parts.slice(1)) {
    const mean = /^mean\s*<=\s*([\d.]+)\s*min$/i.exec(p);
    const abandon = /^abandon\s*<=\s*([\d.]+)\s*%$/i.exec(p);
    const occupancy = /^occupancy\s*<=\s*([\d.]+)\s*%$/i.exec(p);
    if (mean) t.meanWaitMinutes = number(mean[1], whole);
    else if (occupancy) {
      t.occupancyCap = number(occupancy[1], whole) / 100;
      if (!(t.occupancyCap > 0 && t.occupancyCap <= 1))
        throw bad(
          whole,
          `the occupancy cap must be above 0% and at most 100%, not ${occupancy[1]}%`,
          `占用率上限应大于 0% 且不超过 100%，而不是 ${occupancy[1]}%`,
        );
    } else if (abandon) {
      t.abandonShare = number(abandon[1], whole) / 100;
      if (t.abandonShare > 1)
        throw bad(
          whole,
          `the abandonment cap must be at most 100%, not ${abandon[1]}%`,
          `中途离开比例上限不能超过 100%，而不是 ${abandon[1]}%`,
        );
    } else
      throw bad(
        whole,
        `"${p}" is not understood (allowed after a comma: mean<=Nmin, abandon<=N%, occupancy<=N%)`,
        `无法识别“${p}”（逗号后可写 mean<=Nmin、abandon<=N% 或 occupancy<=N%）`,
      );
  }
  return t;
}

/** Parses a target text into a target per day type. */
export function parseTarget(text: string): PlanTargets {
  const whole = text.trim();
  if (whole === '') throw bad(text, `an empty target; ${EXAMPLE}`, `目标为空；${EXAMPLE_ZH}`);
  const byType: Partial<Record<DayType, PlanTarget>> = {};
  let fallback: PlanTarget | null = null;
  for (const piece of whole
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const m = /^([a-z]+)\s*:\s*(.*)$/i.exec(piece);
    if (m) {
      const type = m[1] as DayType;
      if (!DAY_TYPES.includes(type))
        throw bad(
          whole,
          `"${m[1]}" is not a day type (ordinary, filing, deadline)`,
          `“${m[1]}”不是日类型（ordinary、filing、deadline）`,
        );
      if (byType[type]) throw bad(whole, `the day type ${type} is given twice`, `日类型 ${type} 出现了两次`);
      byType[type] = parseOne(m[2], whole);
    } else {
      if (fallback) throw bad(whole, 'two targets without a day type', '有两个未注明日类型的目标');
      fallback = parseOne(piece, whole);
    }
  }
  const out = {} as PlanTargets;
  for (const type of DAY_TYPES) {
    const t = byType[type] ?? fallback;
    if (!t)
      throw bad(
        whole,
        `no target for ${type} days (add one without a prefix for the other day types)`,
        `缺少 ${type} 日的目标（可加一个不带前缀的目标，适用于其余日类型）`,
      );
    out[type] = t;
  }
  return out;
}

/** The target as text again (one line, day types that differ prefixed). */
export function formatTarget(t: PlanTargets): string {
  const one = (x: PlanTarget) =>
    `wait<=${x.waitMinutes}min@${Math.round(x.share * 1000) / 10}%${x.scope === 'day' ? '/day' : ''}${x.meanWaitMinutes !== undefined ? `,mean<=${x.meanWaitMinutes}min` : ''}${x.abandonShare !== undefined ? `,abandon<=${Math.round(x.abandonShare * 1000) / 10}%` : ''}${x.occupancyCap !== undefined ? `,occupancy<=${Math.round(x.occupancyCap * 1000) / 10}%` : ''}`;
  const texts = DAY_TYPES.map((d) => one(t[d]));
  if (texts.every((x) => x === texts[0])) return texts[0];
  return DAY_TYPES.map((d, i) => `${d}:${texts[i]}`).join(';');
}
