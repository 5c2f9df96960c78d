/**
 * Scenarios for the ledger tests (not used by the app): the demo hall shortened to three weeks,
 * and a stressed copy whose back office is overloaded (so cases go overdue at every stage, some
 * get extensions), where matters are left with the hall at closing and time off is earned.
 */
import demo from '../../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../../sim/scenario/index.ts';

export function shortDemo(days = 21): Scenario {
  const s = structuredClone(demo) as unknown as Scenario;
  s.calendar.days = days;
  return s;
}

export function stressedDemo(days = 21): Scenario {
  const s = shortDemo(days);
  s.backOffice = { ...s.backOffice!, officers: 1, extensionProbability: 0.5, warningDays: 2 };
  const refund = s.types.find((t) => t.id === 'export-refund')!;
  refund.case = { ...refund.case!, work: { kind: 'lognormal', mean: 90, cv: 0.6 } };
  s.closing = {
    ...s.closing,
    predictionMinutes: 90,
    longWaitMinutes: 10,
    leaveProbability: 0.1,
    leaveWithHallShare: 0.4,
    timeOffThresholdMinutes: 20,
  };
  // Fewer general windows in the afternoon: queues at closing, overtime.
  const general = s.windows.groups.find((g) => g.id === 'general')!;
  const cut = (xs: number[]) => xs.map((x, i) => (i >= 10 ? Math.max(1, x - 5) : x));
  general.schedule = Array.isArray(general.schedule)
    ? cut(general.schedule)
    : {
        ordinary: cut(general.schedule.ordinary),
        filing: cut(general.schedule.filing),
        deadline: cut(general.schedule.deadline),
      };
  return s;
}
