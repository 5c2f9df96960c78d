/**
 * The plan as text for the terminal, in Chinese or English: per day type a table of the
 * intervals (arrivals, the analytic numbers, required and recommended windows, the share within
 * target re-simulated on fresh seeds), staff-hours by method, then kiosks, staggered bookings,
 * the back office, the roster, the frontier, warnings and which method made each number.
 */
import { DAY_TYPES, type DayType } from '../sim/scenario/index.ts';
import { METHODS, STAFFING_KEYS, type Plan, type StaffingKey } from '../sim/plan/recommendation.ts';
import { hotlineReport } from './plan-report-hotline.ts';
import { table } from './summary-format.ts';

type Lang = 'en' | 'zh-CN';

const W = {
  en: {
    title: (name: string, t: string) => `Capacity plan for ${name} — target ${t}`,
    settings: (r: number, s: number, e: number) =>
      `${r} replications per simulation, seed ${s}; evaluated on fresh seeds (${e}).`,
    day: { ordinary: 'Ordinary days', filing: 'Filing-period days', deadline: 'Deadline day' } as Record<
      DayType,
      string
    >,
    days: (n: number) => `${n} day(s)`,
    head: [
      'time',
      'arrivals',
      'SIPP',
      'lagged',
      'MOL',
      'required',
      'roster',
      'installed',
      'now',
      'within (plan)',
      'within (now)',
    ],
    hours: 'Window-hours over the horizon (per day of each type)',
    key: {
      required: 'required (simulation)',
      recommended: 'recommended (roster)',
      sipp: 'SIPP',
      laggedSipp: 'lagged SIPP',
      mol: 'modified offered load',
      scenario: 'scenario now',
    } as Record<StaffingKey, string>,
    meets: (a: number, b: number) => `${a} of ${b} intervals meet the target`,
    period: (share: string) => `whole period ${share} within target`,
    kiosks: 'Kiosks per site',
    kiosk: (name: string, inst: number, rec: number | null) =>
      `${name}: ${inst} installed → ${rec ?? 'none meets the target'}`,
    staggered: 'Staggered (off-peak) invitations',
    stagOpt: (share: number, peak: number, at: string, hours: number, booked: string) =>
      `invite ${share}% of peak-day demand: peak ${peak} windows (${at}), ${hours} window-hours, ${booked} bookings`,
    stagBest: (share: number, saved: number, applied: boolean) =>
      `recommended: invite ${share}%, saving ${saved} window(s) at the peak${applied ? ' (applied before planning the windows)' : ''}`,
    stagNo: 'not applicable: ',
    backOffice: 'Back office',
    bo: (inst: number, rec: number | null, target: number) =>
      `officers: ${inst} now → ${rec ?? 'none up to the cap'} (on-time share ≥ ${target}%, average-days targets)`,
    roster: 'Roster (shifts)',
    shift: (n: number, id: string, start: string, end: string, brk: string) => `${n} × ${id} ${start}–${end}${brk}`,
    brk: (a: string, b: string) => `, break ${a}–${b}`,
    frontier: 'Cost against service',
    point: (label: string, hours: number, within: string) => `${label}: ${hours} window-hours, within target ${within}`,
    warnings: 'Warnings',
    methods: 'Methods',
    synthetic: '(synthetic data)',
  },
  'zh-CN': {
    title: (name: string, t: string) => `${name} 容量规划 — 目标 ${t}`,
    settings: (r: number, s: number, e: number) => `每次仿真 ${r} 次重复，随机种子 ${s}；以新的随机种子（${e}）复核。`,
    day: { ordinary: '平日', filing: '申报期', deadline: '申报截止日' } as Record<DayType, string>,
    days: (n: number) => `${n} 天`,
    head: ['时段', '到达', 'SIPP', '滞后', 'MOL', '所需', '排班', '已装', '现行', '达标率(规划)', '达标率(现行)'],
    hours: '模拟期内窗口工时（括号内为各类日每天）',
    key: {
      required: '所需（仿真）',
      recommended: '建议（排班）',
      sipp: 'SIPP',
      laggedSipp: '滞后 SIPP',
      mol: '修正提供负荷',
      scenario: '现行排班',
    } as Record<StaffingKey, string>,
    meets: (a: number, b: number) => `${b} 个时段中 ${a} 个达标`,
    period: (share: string) => `全期 ${share} 在目标时间内办理`,
    kiosks: '各点位自助终端',
    kiosk: (name: string, inst: number, rec: number | null) => `${name}：现有 ${inst} 台 → ${rec ?? '上限内均不达标'}`,
    staggered: '错峰预约邀约',
    stagOpt: (share: number, peak: number, at: string, hours: number, booked: string) =>
      `邀约高峰日 ${share}% 的业务量：高峰需 ${peak} 个窗口（${at}），窗口工时 ${hours}，预约 ${booked} 人次`,
    stagBest: (share: number, saved: number, applied: boolean) =>
      `建议邀约 ${share}%，高峰可少开 ${saved} 个窗口${applied ? '（已在规划窗口前采用）' : ''}`,
    stagNo: '不适用：',
    backOffice: '后台处理',
    bo: (inst: number, rec: number | null, target: number) =>
      `后台人员：现有 ${inst} 人 → ${rec ?? '上限内均不达标'}（按时办结率 ≥ ${target}%，并满足平均办理工作日目标）`,
    roster: '班次安排',
    shift: (n: number, id: string, start: string, end: string, brk: string) => `${n} 人 × ${id} ${start}–${end}${brk}`,
    brk: (a: string, b: string) => `，休息 ${a}–${b}`,
    frontier: '成本与服务水平',
    point: (label: string, hours: number, within: string) => `${label}：窗口工时 ${hours}，达标率 ${within}`,
    warnings: '提示',
    methods: '方法说明',
    synthetic: '（合成数据）',
  },
};

const pct = (x: number, hw?: number) =>
  `${(100 * x).toFixed(1)}%${hw !== undefined && hw > 0 ? ` ±${(100 * hw).toFixed(1)}` : ''}`;
const round = (x: number) => Math.round(x * 10) / 10;

export function planReport(p: Plan, lang: Lang): string {
  const w = W[lang];
  const zh = lang === 'zh-CN';
  const out: string[] = [];
  out.push(
    `${w.title(zh ? p.scenario.name.zh : p.scenario.name.en, p.target.text)}${p.scenario.synthetic ? ` ${w.synthetic}` : ''}`,
  );
  out.push(w.settings(p.settings.replications, p.settings.seed, p.settings.evaluationSeed));
  for (const type of DAY_TYPES) {
    if (p.days[type] === 0) continue;
    out.push('', `${w.day[type]} (${w.days(p.days[type])})`);
    const sum = (k: StaffingKey, i: number) => p.staffing[k].reduce((a, g) => a + g[type][i], 0);
    const rows = [w.head];
    p.grid.labels.forEach((label, i) => {
      const arrivals = p.demand.reduce((a, g) => a + g[type].rate[i] * p.grid.intervalMinutes, 0);
      const plan = p.evaluation.recommended.hallIntervals[type][i];
      const now = p.evaluation.scenario.hallIntervals[type][i];
      rows.push([
        label,
        round(arrivals).toString(),
        String(sum('sipp', i)),
        String(sum('laggedSipp', i)),
        String(sum('mol', i)),
        String(sum('required', i)),
        String(sum('recommended', i)),
        String(p.groups.reduce((a, g) => a + g.installed, 0)),
        String(sum('scenario', i)),
        plan.joined > 0 ? pct(plan.mean, plan.halfWidth) : '–',
        now.joined > 0 ? pct(now.mean, now.halfWidth) : '–',
      ]);
    });
    out.push(...table(rows));
  }
  out.push('', w.hours);
  for (const k of STAFFING_KEYS) {
    const h = p.staffHours[k];
    const per = DAY_TYPES.filter((d) => p.days[d] > 0)
      .map((d) => `${w.day[d]} ${round(h.perDay[d])}`)
      .join(', ');
    const ev = k === 'required' || k === 'recommended' || k === 'sipp' || k === 'scenario' ? p.evaluation[k] : null;
    const a = ev?.attainment;
    out.push(
      `  ${w.key[k].padEnd(22)} ${round(h.total).toString().padStart(8)}  (${per})${a ? `  — ${w.period(pct(a.period.mean, a.period.halfWidth))} · ${w.meets(a.intervals.met, a.intervals.total)}` : ''}`,
    );
  }
  if (p.kiosks) {
    out.push('', w.kiosks);
    for (const k of p.kiosks) out.push(`  ${w.kiosk(zh ? k.name.zh : k.name.en, k.installed, k.recommended)}`);
  }
  if (p.staggered) {
    out.push('', w.staggered);
    if (!p.staggered.applicable) out.push(`  ${w.stagNo}${zh ? p.staggered.reason!.zh : p.staggered.reason!.en}`);
    else {
      for (const o of p.staggered.options) {
        const at = o.peakAt ? `${w.day[o.peakAt.dayType]} ${o.peakAt.time}` : '–';
        out.push(
          `  ${w.stagOpt(Math.round(o.inviteShare * 100), o.peakWindows, at, round(o.staffHours), o.booked ? round(o.booked.mean).toString() : '0')}`,
        );
      }
      const b = p.staggered.options[p.staggered.best];
      out.push(`  → ${w.stagBest(Math.round(b.inviteShare * 100), p.staggered.windowsSaved, p.staggeredApplied)}`);
    }
  }
  if (p.backOffice) {
    out.push(
      '',
      w.backOffice,
      `  ${w.bo(p.backOffice.installed, p.backOffice.recommended, Math.round(p.backOffice.onTimeTarget * 100))}`,
    );
    for (const s of p.backOffice.steps) {
      const onTime = s.evidence.onTime ? pct(s.evidence.onTime.mean, s.evidence.onTime.halfWidth ?? 0) : '–';
      const avgs = s.evidence.averages
        .map(
          (a, i) =>
            `${zh ? p.backOffice!.averageTargets[i].label.zh : p.backOffice!.averageTargets[i].label.en} ${a.estimate ? round(a.estimate.mean) : '–'} (≤ ${p.backOffice!.averageTargets[i].days})`,
        )
        .join('; ');
      out.push(`    ${s.count}: ${onTime}; ${avgs}${s.meets ? ' ✓' : ''}`);
    }
  }
  if (p.hotline) out.push('', ...hotlineReport(p.hotline, lang));
  out.push('', w.roster);
  for (const type of DAY_TYPES) {
    const r = p.roster.rosters[type];
    if (!r) continue;
    out.push(
      `  ${w.day[type]}: ${r.status}, ${round(r.staffHours)} h${r.message ? ` — ${zh ? r.message.zh : r.message.en}` : ''}`,
    );
    for (const s of r.shifts)
      out.push(
        `    ${w.shift(s.count, s.templateId, s.start, s.end, s.breakStart ? w.brk(s.breakStart, s.breakEnd!) : '')}`,
      );
  }
  if (p.frontier) {
    out.push('', w.frontier);
    for (const f of p.frontier)
      out.push(
        `  ${f.chosen ? '*' : ' '} ${w.point(zh ? f.label.zh : f.label.en, round(f.staffHours), f.within ? pct(f.within.mean, f.within.halfWidth ?? 0) : '–')}`,
      );
  }
  if (p.warnings.length > 0) {
    out.push('', w.warnings);
    for (const x of p.warnings) out.push(`  ! ${zh ? x.zh : x.en}`);
  }
  out.push('', w.methods);
  for (const k of STAFFING_KEYS) out.push(`  ${w.key[k]}: ${zh ? METHODS[k].zh : METHODS[k].en}`);
  return out.join('\n');
}
