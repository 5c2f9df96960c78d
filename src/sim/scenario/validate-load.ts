/**
 * The load a scenario puts on the engine, against HallFlow's limits (limits.ts): visitors on
 * each day and over the whole horizon, and kiosk failures. These are products and sums of
 * fields each within its own bound (a daily volume of 100,000 times a factor of 100 is
 * 10,000,000 a day), so they are computed exactly as the model will: the same calendar
 * (`hallCalendar`) and the same daily volumes (`demandByDay`).
 *
 * Runs only on a scenario with no other problem (the calendar and volumes are then sound), so
 * such a problem appears once the others are fixed.
 */
import { MAX_KIOSK_FAILURES_IN_HORIZON, MAX_VISITORS_IN_HORIZON, MAX_VISITORS_PER_DAY, formatLimit } from './limits.ts';
import type { ProblemList } from './problems.ts';
import { hallCalendar } from './calendar.ts';
import { demandByDay } from './resolve-demand.ts';
import type { DayType, Scenario } from './scenario.ts';
import { formatIsoDate } from './time.ts';

const DAY_TYPE_WORDS: Record<DayType, { en: string; zh: string }> = {
  ordinary: { en: 'an ordinary day', zh: '平日' },
  filing: { en: 'a filing-period day', zh: '申报期' },
  deadline: { en: 'the filing deadline', zh: '申报截止日' },
};

/** A count for a message: rounded, with thousands separators. */
const n = (x: number) => Math.round(x).toLocaleString('en-US');

export function checkLoad(s: Scenario, out: ProblemList): void {
  const calendar = hallCalendar(s);
  const { volume } = demandByDay(s, calendar, s.types.length);
  const days = s.calendar.days;

  // The busiest day.
  let peak = 0;
  for (let d = 1; d < days; d++) if (volume[d] > volume[peak]) peak = d;
  if (volume[peak] > MAX_VISITORS_PER_DAY) {
    const date = formatIsoDate(calendar.startDay + peak);
    const type = DAY_TYPE_WORDS[calendar.dayType(peak)];
    const limit = formatLimit(MAX_VISITORS_PER_DAY);
    out.add(
      ['demand', 'dailyVolume'],
      'over_limit',
      `on ${date} (${type.en}) ${n(volume[peak])} hall visitors are expected (dailyVolume ${n(s.demand.dailyVolume)} times that day's factors, less the online share); HallFlow simulates at most ${limit} visitors per day: lower dailyVolume or the factors`,
      `${date}（${type.zh}）预计来厅 ${n(volume[peak])} 人（日取号量 ${n(s.demand.dailyVolume)} 乘以当日各系数，扣除网上办理比例）；HallFlow 每天最多模拟 ${limit} 人：请降低日取号量或系数`,
    );
  }

  // Every visitor over the horizon: the hall's, and each kiosk site's own users on its open days.
  let hall = 0;
  for (let d = 0; d < days; d++) hall += volume[d];
  let sites = 0;
  let failures = 0;
  for (const site of s.kiosks?.sites ?? []) {
    const openDays = (site.days ?? 'all') === 'working' ? countWorking(calendar, days) : days;
    sites += (site.dailyVolume ?? 0) * openDays;
    if (site.failures) failures += (site.kiosks * days * 24) / site.failures.mtbfHours;
  }
  if (hall + sites > MAX_VISITORS_IN_HORIZON) {
    const limit = formatLimit(MAX_VISITORS_IN_HORIZON);
    out.add(
      ['calendar', 'days'],
      'over_limit',
      `over the ${days} simulated days ${n(hall + sites)} visitors are expected (hall ${n(hall)}, kiosk sites' own users ${n(sites)}); HallFlow simulates at most ${limit} visitors in one replication: simulate fewer days or lower the volumes`,
      `模拟的 ${days} 天内预计共 ${n(hall + sites)} 人（来厅 ${n(hall)} 人，自助网点自有用户 ${n(sites)} 人）；HallFlow 每次重复运行最多模拟 ${limit} 人：请减少模拟天数或降低取号量`,
    );
  }
  if (failures > MAX_KIOSK_FAILURES_IN_HORIZON) {
    const limit = formatLimit(MAX_KIOSK_FAILURES_IN_HORIZON);
    out.add(
      ['kiosks', 'sites'],
      'over_limit',
      `over the ${days} simulated days about ${n(failures)} kiosk failures are expected (kiosks × hours / mtbfHours, all sites); HallFlow simulates at most ${limit}: raise mtbfHours, or simulate fewer days or kiosks`,
      `模拟的 ${days} 天内预计终端故障约 ${n(failures)} 次（终端台数 × 小时数 / 平均无故障时间，全部网点）；HallFlow 最多模拟 ${limit} 次：请提高平均无故障时间，或减少模拟天数或终端台数`,
    );
  }
}

function countWorking(calendar: ReturnType<typeof hallCalendar>, days: number): number {
  let k = 0;
  for (let d = 0; d < days; d++) if (calendar.isWorking(d)) k++;
  return k;
}
