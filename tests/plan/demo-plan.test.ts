/**
 * The whole capacity plan for the demo hall (a month, every rule on), planned with 20
 * replications per simulation and checked on fresh seeds. One plan is made and every check reads
 * it (planning takes about 20 s in one thread).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import demo from '../../data/scenarios/demo-hall.json';
import { type Scenario, validateScenario } from '../../src/sim/scenario/index.ts';
import { makePlan, type Plan } from '../../src/sim/plan/recommendation.ts';
import { simulateInThread } from '../../src/sim/results/simulate.ts';
import { withStaffing } from '../../src/sim/plan/staffing.ts';
import { parseTarget } from '../../src/sim/plan/target.ts';

const scenario = demo as unknown as Scenario;
let plan: Plan;

beforeAll(async () => {
  plan = await makePlan(scenario, simulateInThread, {
    targets: parseTarget('wait<=15min@90%'),
    replications: 20,
    seed: 7,
    frontier: false,
  });
}, 600_000);

describe('the demo hall’s plan', () => {
  it('meets the target in at least 95% of intervals when re-simulated on fresh seeds', () => {
    for (const key of ['required', 'recommended'] as const) {
      const ev = plan.evaluation[key];
      expect(ev.seed).not.toBe(plan.settings.seed);
      expect(ev.total).toBeGreaterThan(100);
      expect(ev.met / ev.total).toBeGreaterThanOrEqual(0.95);
    }
    // The scenario's own schedule does not: that is why a plan is needed.
    expect(plan.evaluation.scenario.met / plan.evaluation.scenario.total).toBeLessThan(0.9);
  });

  it('has a roster that covers every interval’s requirement', () => {
    for (const d of ['ordinary', 'filing', 'deadline'] as const) {
      const r = plan.roster.rosters[d]!;
      expect(['optimal', 'feasible']).toContain(r.status);
      for (let k = 0; k < plan.grid.intervals; k++) {
        const need = plan.staffing.required.reduce((a, g) => a + g[d][k], 0);
        expect(r.onDuty[k]).toBeGreaterThanOrEqual(need);
        const opened = plan.staffing.recommended.reduce((a, g) => a + g[d][k], 0);
        expect(opened + plan.roster.idle[d][k]).toBe(r.onDuty[k]);
      }
    }
  });

  it('records SIPP beside the simulation plan, and shows what SIPP misses when simulated', () => {
    const sipp = plan.staffHours.sipp.total;
    const sim = plan.staffHours.required.total;
    // Both recorded (bench/RESULTS.md and the issue note give the figures). On this hall SIPP
    // asks for fewer window-hours than the simulation plan: it sees no arrivals after the ticket
    // cut-off (while the line taken before it is still served) and no carry-over after the
    // morning rise. Simulated, its staffing misses the target in more intervals.
    expect(sipp).toBeGreaterThan(0);
    expect(sim).toBeGreaterThan(0);
    console.log(
      `demo hall window-hours: simulation plan ${sim}, SIPP ${sipp}, lagged SIPP ${plan.staffHours.laggedSipp.total}, MOL ${plan.staffHours.mol.total}, scenario ${plan.staffHours.scenario.total}`,
    );
    expect(plan.evaluation.sipp.met).toBeLessThan(plan.evaluation.required.met);
  });

  it('plans kiosks, staggered invitations and the back office, each with its evidence', () => {
    const k = plan.kiosks![0];
    expect(k.recommended).not.toBeNull();
    expect(k.steps.find((s) => s.count === k.recommended)?.meets).toBe(true);
    if (k.recommended! > 1) expect(k.steps.find((s) => s.count === k.recommended! - 1)?.meets).toBe(false);
    const st = plan.staggered!;
    expect(st.applicable).toBe(true);
    expect(st.options[0].inviteShare).toBe(0);
    // More invitations, more bookings.
    for (let i = 1; i < st.options.length; i++)
      expect(st.options[i].booked!.mean).toBeGreaterThan(st.options[i - 1].booked?.mean ?? 0);
    expect(st.options[st.best].peakWindows).toBe(Math.min(...st.options.map((o) => o.peakWindows)));
    const bo = plan.backOffice!;
    expect(bo.averageTargets.map((a) => a.days)).toEqual([8, 4]);
    expect(bo.steps.find((s) => s.count === bo.recommended)?.meets).toBe(true);
    if (bo.recommended! > 1) expect(bo.steps.find((s) => s.count === bo.recommended! - 1)?.meets).toBe(false);
  });

  it('is plain data, and applying it gives a valid scenario', () => {
    const copy = JSON.parse(JSON.stringify(plan)) as Plan;
    expect(copy.staffing.required).toEqual(plan.staffing.required);
    expect(validateScenario(withStaffing(plan.plannedScenario, plan.staffing.recommended))).toEqual([]);
    expect(plan.isa.converged).toBe(true);
  });
});
