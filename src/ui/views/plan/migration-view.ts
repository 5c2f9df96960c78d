/**
 * The migration what-if on the plan page (sim/plan/migration.ts): which types may move online,
 * the one picked first, the answer in a sentence, the curve as a chart and a table. Pure; the
 * component computes the points one per task (each resolves the scenario once).
 */
import { DEFAULT_HOTLINE_TARGET } from '../../../sim/plan/hotline-plan.ts';
import type { MigrationPoint } from '../../../sim/plan/migration.ts';
import type { PlanTargets } from '../../../sim/plan/target.ts';
import { DAY_TYPES, DEFAULTS, type Scenario } from '../../../sim/scenario/index.ts';
import type { Formatters } from '../../charts/format.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { SeriesChartSpec } from '../../charts/series-chart.ts';

/** The extra shares tried, in the order shown. */
export const MIGRATION_SHARES = [0, 0.1, 0.2, 0.3, 0.5] as const;

export { DEFAULT_HOTLINE_TARGET };

/** Types that may move online (not in online.notOnline), in the scenario's order. */
export function movableTypes(s: Scenario): { id: string; name: { zh: string; en: string } }[] {
  const no = new Set(s.online?.notOnline ?? []);
  return s.types.filter((t) => !no.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
}

/** The type picked first: the movable one with the largest share of the hall's demand. */
export function defaultTypes(s: Scenario): string[] {
  const movable = new Set(movableTypes(s).map((t) => t.id));
  const best = s.types.filter((t) => movable.has(t.id)).sort((a, b) => b.share - a.share)[0];
  return best ? [best.id] : [];
}

/** The scenario's own service target, for every day type (the curve's windows meet it per interval). */
export function scenarioTargets(s: Scenario): PlanTargets {
  const t = s.target ?? DEFAULTS.target;
  return Object.fromEntries(
    DAY_TYPES.map((d) => [d, { waitMinutes: t.waitMinutes, share: t.share, scope: 'interval' as const }]),
  ) as PlanTargets;
}

export interface MigrationWords {
  answer: (share: string, types: string, windowHours: string, peak: string, agents: string) => string;
  noAgents: string;
  agentsMore: (hours: string) => string;
  agentsSame: string;
  share: (p: string) => string;
  xLabel: string;
  windowHours: string;
  agentHours: string;
  hours: (v: string) => string;
}

/** "Moving 30% more of 发票 online: 61 fewer window-hours (peak 19 → 18), 40 more agent-hours." */
export function migrationAnswer(
  points: MigrationPoint[],
  typeNames: string,
  fmt: Formatters,
  w: MigrationWords,
): string | null {
  if (points.length < 2) return null;
  const [base, last] = [points[0], points[points.length - 1]];
  const hours = fmt.number(Math.max(0, base.windowHours - last.windowHours), 0);
  const peak = `${fmt.number(base.peakWindows, 0)} → ${fmt.number(last.peakWindows, 0)}`;
  const agents =
    base.agentHours === null || last.agentHours === null
      ? w.noAgents
      : last.agentHours > base.agentHours
        ? w.agentsMore(fmt.number(last.agentHours - base.agentHours, 0))
        : w.agentsSame;
  return w.answer(fmt.percent(last.extra, 0), typeNames, hours, peak, agents);
}

/** Window-hours and agent-hours against the extra share moved online. */
export function migrationSpec(points: MigrationPoint[], fmt: Formatters, w: MigrationWords): SeriesChartSpec {
  const hours = (v: number) => w.hours(fmt.number(v, 0));
  const hasAgents = points.some((p) => p.agentHours !== null);
  return {
    count: points.length,
    ticks: points.map((p, i) => ({ at: i + 0.5, label: w.share(fmt.percent(p.extra, 0)) })),
    xLabel: w.xLabel,
    cellLabel: (i) => w.share(fmt.percent(points[i].extra, 0)),
    cellKey: (i) => String(points[i].extra),
    panels: [
      {
        id: 'windows',
        yLabel: w.windowHours,
        height: 130,
        tick: (v) => fmt.number(v, 0),
        series: [
          {
            id: 'windowHours',
            label: w.windowHours,
            kind: 'line',
            color: OKABE_ITO.blue,
            values: points.map((p) => p.windowHours),
            points: true,
            format: hours,
          },
        ],
      },
      ...(hasAgents
        ? [
            {
              id: 'agents',
              yLabel: w.agentHours,
              height: 130,
              tick: (v: number) => fmt.number(v, 0),
              series: [
                {
                  id: 'agentHours',
                  label: w.agentHours,
                  kind: 'line' as const,
                  color: OKABE_ITO.vermillion,
                  values: points.map((p) => p.agentHours),
                  points: true,
                  format: hours,
                },
              ],
            },
          ]
        : []),
    ],
  };
}
