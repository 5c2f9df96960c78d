import { describe, expect, it } from 'vitest';
import { migrationCurve } from '../../../sim/plan/migration.ts';
import { formatters } from '../../charts/format.ts';
import { loadScenario } from '../../charts/testing/fixtures.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { planZh } from '../../i18n/plan.zh-CN.ts';
import {
  DEFAULT_HOTLINE_TARGET,
  defaultTypes,
  MIGRATION_SHARES,
  migrationAnswer,
  migrationSpec,
  movableTypes,
  scenarioTargets,
} from './migration-view.ts';

describe('the migration what-if on the plan page', () => {
  const s = loadScenario('city-hotline');

  it('offers the types that can go online, and picks the largest first', () => {
    const ids = movableTypes(s).map((t) => t.id);
    expect(ids).not.toContain('registration');
    expect(ids).not.toContain('property-vehicle');
    expect(ids).toHaveLength(s.types.length - 2);
    // invoice (0.25 of demand in the demo) is the largest movable type.
    const largest = s.types.filter((t) => ids.includes(t.id)).sort((a, b) => b.share - a.share)[0].id;
    expect(defaultTypes(s)).toEqual([largest]);
  });

  it('answers with the hours saved, the busiest interval and the agents, in both languages', () => {
    const points = migrationCurve({
      scenario: s,
      types: ['invoice'],
      extras: [...MIGRATION_SHARES],
      targets: scenarioTargets(s),
      hotlineTarget: DEFAULT_HOTLINE_TARGET,
    });
    const en = migrationAnswer(points, 'Invoice', formatters('en'), planEn.migration)!;
    const saved = Math.round(points[0].windowHours - points[4].windowHours);
    expect(en).toContain(`Moving 50% more of Invoice online saves about ${saved} window-hours`);
    expect(en).toContain(`busiest interval: ${points[0].peakWindows} → ${points[4].peakWindows} windows`);
    expect(en).toMatch(/12366 hotline needs (about \d+ more agent-hours|no more agents)/);
    const zh = migrationAnswer(points, '发票', formatters('zh-CN'), planZh.migration)!;
    expect(zh).toMatch(/^发票再有 50% 转为网上办理，全期约可减少 \d+ 窗口工时/);
    const spec = migrationSpec(points, formatters('en'), planEn.migration);
    expect(spec.count).toBe(5);
    expect(spec.panels.map((p) => p.id)).toEqual(['windows', 'agents']);
    expect(spec.panels[0].series[0].values).toEqual(points.map((p) => p.windowHours));
  });

  it('without a hotline says no agents are counted, and draws no agent panel', () => {
    const demo = loadScenario('demo-hall');
    const points = migrationCurve({
      scenario: demo,
      types: ['invoice'],
      extras: [0, 0.3],
      targets: scenarioTargets(demo),
      hotlineTarget: DEFAULT_HOTLINE_TARGET,
    });
    expect(migrationAnswer(points, 'Invoice', formatters('en'), planEn.migration)).toContain(
      'no 12366 hotline, so no agents are counted',
    );
    expect(migrationSpec(points, formatters('en'), planEn.migration).panels).toHaveLength(1);
  });
});
