import { beforeAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../../../sim/scenario/index.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import { staffingOf } from '../../../sim/plan/staffing.ts';
import { formatters } from '../../charts/format.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { planZh } from '../../i18n/plan.zh-CN.ts';
import { backOfficeRows, kioskSteps, rosterDays, staggeredHow, staggeredRows } from './advice.ts';
import { appliedScenario, applyChanges } from '../../state/plan/apply.ts';
import { planFileStem, planJson } from './files.ts';
import { estimate, percentEstimate } from './format.ts';
import {
  frontierCsv,
  frontierDomains,
  frontierPoints,
  frontierSummary,
  frontierTooltip,
  labelPlacements,
} from './frontier-chart.ts';
import { demoAroundDeadline, demoPlan, mmcTwoDays, smallPlan } from './test-fixtures.ts';

let small: Plan;
let demo: Plan;
beforeAll(async () => {
  small = await smallPlan();
  demo = await demoPlan();
}, 60_000);

describe('kiosks, staggered invitations and the back office', () => {
  it('lists the kiosk counts tried in order, the recommended one marked', () => {
    const site = demo.kiosks![0];
    const rows = kioskSteps(demo, 0);
    expect(rows).toHaveLength(site.steps.length);
    expect(rows.map((r) => r.count)).toEqual([...site.steps.map((s) => s.count)].sort((a, b) => a - b));
    expect(rows.filter((r) => r.chosen).map((r) => r.count)).toEqual([site.recommended]);
    const chosen = rows.find((r) => r.chosen)!;
    const step = site.steps.find((s) => s.count === site.recommended)!;
    expect(chosen.p90Wait).toEqual(step.evidence.p90Wait);
    expect(chosen.anyUp).toEqual(step.evidence.anyUp);
    expect(chosen.meets).toBe(true);
    // The smallest count meeting the target: every smaller count tried misses it.
    expect(rows.filter((r) => r.count < site.recommended!).every((r) => !r.meets)).toBe(true);
    expect(kioskSteps(small, 0)).toEqual([]);
  });

  it('lists the invitation options, the best one marked', () => {
    const s = demo.staggered!;
    expect(s.applicable).toBe(true);
    const rows = staggeredRows(demo);
    expect(rows.map((r) => r.inviteShare)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(rows.findIndex((r) => r.chosen)).toBe(s.best);
    expect(rows.map((r) => r.peakWindows)).toEqual(s.options.map((o) => o.peakWindows));
    expect(rows[0].peakWindows - rows[s.best].peakWindows).toBe(s.windowsSaved);
    expect(staggeredHow(demo)).toEqual({ hours: [{ start: '14:00', end: '16:00' }], acceptance: 0.45 });
    expect(staggeredRows(small)).toEqual([]);
    expect(staggeredHow(small)).toBe(null);
  });

  it('lists the back-office counts tried with each published average', () => {
    const b = demo.backOffice!;
    const rows = backOfficeRows(demo);
    expect(rows.map((r) => r.count)).toEqual(b.steps.map((s) => s.count).sort((x, y) => x - y));
    expect(rows.every((r) => r.averages.length === b.averageTargets.length)).toBe(true);
    expect(rows.filter((r) => r.chosen).map((r) => r.count)).toEqual(b.recommended === null ? [] : [b.recommended]);
    expect(b.averageTargets.map((a) => a.days)).toEqual([8, 4]);
    expect(backOfficeRows(small)).toEqual([]);
  });

  it('gives each kind of day’s roster, whose staff on duty cover the required windows', () => {
    const days = rosterDays(demo);
    expect(days.map((d) => d.type)).toEqual(['ordinary', 'filing', 'deadline']);
    for (const d of days) {
      expect(d.roster.status).toBe('optimal');
      expect(d.people).toBe(d.roster.shifts.reduce((a, s) => a + s.count, 0));
      d.roster.onDuty.forEach((n, k) =>
        expect(n).toBeGreaterThanOrEqual(demo.staffing.required.reduce((a, g) => a + g[d.type][k], 0)),
      );
      expect(d.idle).toBe(Math.max(0, ...demo.roster.idle[d.type]));
    }
    // The M/M/10 check is open around the clock: no shift template covers the night.
    const night = rosterDays(small);
    expect(night).toHaveLength(1);
    expect(night[0].roster.status).toBe('infeasible');
    expect(night[0].people).toBe(0);
    expect(night[0].roster.message?.zh).toBeTruthy();
  });
});

describe('the frontier', () => {
  it('orders the options by window-hours, the plan’s own point at its window-hours; more service never costs less', () => {
    const points = frontierPoints(demo, 'en');
    expect(points).toHaveLength(demo.frontier!.length);
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
    const chosen = points.filter((p) => p.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0].x).toBeCloseTo(demo.staffHours.required.total, 9);
    // The whole period's share within target: the measure the plan's summary and the Results tab show.
    expect(chosen[0].y).toBe(demo.evaluation.required.attainment.period.mean);
    const now = points.find((p) => p.kind === 'scenario')!;
    expect(now.x).toBeCloseTo(demo.staffHours.scenario.total, 9);
    expect(now.label).toBe('current staffing');
    expect(frontierPoints(demo, 'zh-CN').find((p) => p.kind === 'scenario')!.label).toBe('现行排班');
    const targets = points.filter((p) => p.kind === 'target').sort((a, b) => a.targetShare! - b.targetShare!);
    for (let i = 1; i < targets.length; i++) expect(targets[i].x).toBeGreaterThanOrEqual(targets[i - 1].x);
    const d = frontierDomains(points, 0.9);
    for (const p of points) {
      expect(p.x).toBeGreaterThan(d.x[0]);
      expect(p.x).toBeLessThan(d.x[1]);
      expect(p.lo!).toBeGreaterThanOrEqual(d.y[0]);
      expect(p.hi!).toBeLessThanOrEqual(d.y[1]);
      expect(p.lo!).toBeLessThanOrEqual(p.y!);
    }
    expect(d.y[0]).toBeLessThan(0.9);
    expect(frontierPoints(small, 'en')).toEqual([]);
  });

  it('says the same in its summary, tooltip and CSV', () => {
    const points = frontierPoints(demo, 'en');
    const fmt = formatters('en');
    const chosen = points.find((p) => p.chosen)!;
    expect(frontierSummary(points, planEn, fmt)).toContain(`The plan uses ${fmt.number(chosen.x, 1)} window-hours`);
    expect(frontierTooltip(chosen, planEn, fmt)[0]).toBe(`${chosen.label} · The plan`);
    expect(frontierTooltip(chosen, planZh, formatters('zh-CN'))[1]).toBe(
      `窗口工时 ${formatters('zh-CN').number(chosen.x, 1)}`,
    );
    const csv = frontierCsv(points, planEn);
    expect(csv.rows).toHaveLength(points.length);
    expect(csv.rows.filter((r) => r[9] === 1)).toHaveLength(1);
    expect(csv.header).toHaveLength(csv.rows[0].length);
  });

  it('puts a label below its point when above it would cover the previous label', () => {
    const sides = (places: { side: string }[]) => places.map((p) => p.side);
    expect(
      sides(
        labelPlacements(
          [
            { x: 100, y: 100 },
            { x: 300, y: 100 },
          ],
          [60, 60],
        ),
      ),
    ).toEqual(['above', 'above']);
    expect(
      sides(
        labelPlacements(
          [
            { x: 100, y: 100 },
            { x: 130, y: 102 },
          ],
          [80, 80],
        ),
      ),
    ).toEqual(['above', 'below']);
    // The third collides above with the first and below with the second: it stays above.
    expect(
      sides(
        labelPlacements(
          [
            { x: 100, y: 100 },
            { x: 130, y: 102 },
            { x: 160, y: 104 },
          ],
          [80, 80, 80],
        ),
      ),
    ).toEqual(['above', 'below', 'above']);
    // Near the right edge the label goes to the left of its point.
    expect(
      labelPlacements(
        [
          { x: 100, y: 100 },
          { x: 480, y: 50 },
        ],
        [60, 60],
        500,
      ),
    ).toEqual([
      { side: 'above', anchor: 'start' },
      { side: 'above', anchor: 'end' },
    ]);
  });

  it('writes estimates with their half-width, or a dash', () => {
    const en = formatters('en');
    expect(estimate({ mean: 12.34, halfWidth: 0.46, n: 4 }, en, '—')).toBe('12.3 ± 0.5');
    expect(estimate({ mean: 3, halfWidth: null, n: 1 }, en, '—')).toBe('3');
    expect(estimate(null, en, '—')).toBe('—');
    expect(percentEstimate({ mean: 0.979, halfWidth: 0.0099, n: 4 }, formatters('zh-CN'), '—')).toBe('97.9% ± 1%');
  });
});

describe('applying the plan to the scenario', () => {
  it('gives a valid scenario with the chosen windows, the kiosks, the invitations and the officers', () => {
    for (const choice of ['recommended', 'required'] as const) {
      const s = appliedScenario(demo, choice);
      expect(validateScenario(s)).toEqual([]);
      expect(staffingOf(s)).toEqual(demo.staffing[choice]);
      expect(s.kiosks!.sites[0].kiosks).toBe(demo.kiosks![0].recommended);
      expect(s.staggered).toEqual(demo.plannedScenario.staggered);
      expect(s.backOffice!.officers).toBe(demo.backOffice!.recommended);
      s.windows.groups.forEach((g, i) =>
        expect(g.windows).toBe(Math.max(demo.groups[i].installed, ...Object.values(demo.staffing[choice][i]).flat())),
      );
    }
    const mmc = appliedScenario(small, 'recommended');
    expect(validateScenario(mmc)).toEqual([]);
    expect(staffingOf(mmc)).toEqual(small.staffing.recommended);
    expect(mmc.calendar).toEqual(mmcTwoDays().calendar);
    expect(demoAroundDeadline().windows.groups[0].windows).toBe(12);
  });

  it('lists what applying changes', () => {
    const changes = applyChanges(demo, 'recommended');
    expect(changes[0]).toEqual({ kind: 'windows', hours: demo.staffHours.recommended.total });
    const raised = changes.filter((c) => c.kind === 'raised');
    const applied = appliedScenario(demo, 'recommended');
    expect(raised.length).toBe(applied.windows.groups.filter((g, i) => g.windows !== demo.groups[i].installed).length);
    const kiosk = demo.kiosks![0];
    expect(changes.some((c) => c.kind === 'kiosk')).toBe(kiosk.recommended !== kiosk.installed);
    expect(changes.some((c) => c.kind === 'staggered')).toBe(demo.staggeredApplied);
    const b = demo.backOffice!;
    expect(changes.filter((c) => c.kind === 'backOffice')).toEqual(
      b.recommended !== b.installed ? [{ kind: 'backOffice', from: b.installed, to: b.recommended }] : [],
    );
    expect(applyChanges(small, 'required').filter((c) => c.kind !== 'raised' && c.kind !== 'windows')).toEqual([]);
  });

  it('saves the plan as JSON under a name from the scenario', () => {
    expect(planFileStem(small)).toBe('hallflow-plan-textbook-m-m-10');
    // Whole words only: "Demo: a mid-size urban tax service hall (March 2026)".
    expect(planFileStem(demo)).toBe('hallflow-plan-demo-a-mid-size-urban-tax-service-hall');
    expect(planFileStem({ ...small, scenario: { ...small.scenario, name: { zh: '某厅', en: '办税' } } })).toBe(
      'hallflow-plan-某厅',
    );
    expect(planFileStem({ ...small, scenario: { ...small.scenario, name: { zh: ' 城东/办税 厅 ', en: '' } } })).toBe(
      'hallflow-plan-城东-办税-厅',
    );
    expect(planFileStem({ ...small, scenario: { ...small.scenario, name: { zh: '', en: '' } } })).toBe('hallflow-plan');
    const back = JSON.parse(planJson(small)) as Plan;
    expect(back.kind).toBe('hallflow.plan');
    expect(back.staffing).toEqual(small.staffing);
  });
});
