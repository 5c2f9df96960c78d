import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../scenario/index.ts';
import { rosterFor } from './rostering.ts';
import { daysByType, staffingOf } from './staffing.ts';

const scenario = demo as unknown as Scenario;

describe('rostering a staffing', () => {
  const required = staffingOf(scenario);
  const days = daysByType(scenario);

  it('covers the requirement within the installed windows and opens the surplus as windows', () => {
    const plan = rosterFor(scenario, required, days);
    for (const d of ['ordinary', 'filing', 'deadline'] as const) {
      const r = plan.rosters[d]!;
      expect(r.status).toBe('optimal');
      for (let k = 0; k < 16; k++) {
        const need = required.reduce((a, g) => a + g[d][k], 0);
        const opened = plan.recommended.reduce((a, g) => a + g[d][k], 0);
        expect(r.onDuty[k]).toBeGreaterThanOrEqual(need);
        expect(opened).toBe(r.onDuty[k] - plan.idle[d][k]);
        plan.recommended.forEach((g, i) => expect(g[d][k]).toBeLessThanOrEqual(scenario.windows.groups[i].windows));
      }
      // The roster stays within the 16 installed windows unless it cannot (then it says so): on
      // the deadline day the full-day lunches leave no roster of 16 covering noon.
      expect(plan.aboveInstalled[d]).toBe(r.onDuty.some((n) => n > 16));
    }
    expect(plan.aboveInstalled.ordinary).toBe(false);
    expect(plan.aboveInstalled.filing).toBe(false);
  });

  it('rosters required / (1 − shrinkage), and opens windows only for those present', () => {
    const plan = rosterFor(scenario, required, days, undefined, 0.2);
    const r = plan.rosters.filing!;
    for (let k = 0; k < 16; k++) {
      const need = required.reduce((a, g) => a + g.filing[k], 0);
      expect(r.onDuty[k]).toBeGreaterThanOrEqual(Math.ceil(need / 0.8 - 1e-9));
      const opened = plan.recommended.reduce((a, g) => a + g.filing[k], 0);
      expect(opened + plan.idle.filing[k]).toBe(Math.floor(r.onDuty[k] * 0.8 + 1e-9));
    }
  });
});
