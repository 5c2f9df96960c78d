import { describe, expect, it } from 'vitest';
import { makePlan } from '../../../sim/plan/recommendation.ts';
import { parseTarget } from '../../../sim/plan/target.ts';
import { simulateInThread } from '../../../sim/results/simulate.ts';
import { CHANNEL_DAYS, type Scenario, validateScenario } from '../../../sim/scenario/index.ts';
import { demo } from '../../../sim/scenario/validate-fixtures.ts';
import { planPathEn } from '../../i18n/plan-path.en.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { formatters } from '../../charts/format.ts';
import { composeScenario, defaultSelection, reviewParts } from './review.ts';
import { partText } from './review-text.ts';

describe('applying the plan’s 12366 agents', () => {
  it('is a part of the review, ticked at first, and puts the recommended agents in the scenario', async () => {
    const s = demo() as unknown as Scenario;
    s.calendar.days = 3;
    const day = Array<number>(48).fill(30);
    s.hotline = {
      callsPerDay: { ordinary: 2880, filing: 2880, deadline: 2880, closed: 2880 },
      agents: { hours: '24h', seats: 30, schedule: { ordinary: day, filing: day, deadline: day, closed: day } },
      handling: { kind: 'exponential', mean: 4 },
      patience: { kind: 'exponential', mean: 2 },
    };
    expect(validateScenario(s)).toEqual([]);
    const plan = await makePlan(s, simulateInThread, {
      targets: parseTarget('wait<=15min@80%'),
      replications: 2,
      seed: 3,
      kiosks: false,
      staggered: false,
      backOffice: false,
      frontier: false,
    });
    const parts = reviewParts(plan, s, 'recommended');
    const part = parts.find((p) => p.kind === 'hotline')!;
    expect(part).toBeDefined();
    expect(part.kind === 'hotline' && part.to).toBeLessThan(part.kind === 'hotline' ? part.from : 0);
    expect(defaultSelection(parts)).toContain('hotline');
    const applied = composeScenario(plan, s, 'recommended', ['hotline']);
    for (const k of CHANNEL_DAYS) expect(applied.hotline!.agents.schedule[k]).toEqual(plan.hotline!.recommended[k]);
    expect(validateScenario(applied)).toEqual([]);
    // Not ticked: the scenario's agents stay.
    expect(composeScenario(plan, s, 'recommended', []).hotline).toEqual(s.hotline);
    const text = partText(plan, part, 'recommended', planPathEn.review, planEn, formatters('en'), 'en');
    expect(text.what).toMatch(/^12366 agents per interval \(agent-hours \d+ → \d+\)$/);
    expect(text.effect).toMatch(/^[\d.]+% of calls to agents answered within 20 s \(simulated\)$/);
  }, 120_000);
});
