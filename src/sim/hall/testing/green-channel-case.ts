/**
 * The case a director met (issue 11): on filing days in the afternoon the line is staggered
 * bookings, whom only the green channel and the appointment window serve, while general windows
 * stand idle, so more general windows change nothing. Built from the demo hall: general and
 * invoice windows stop serving staggered bookings, and the bureau invites more of the deadline
 * days' taxpayers to the filing days' afternoons (14:00–16:00), where the green channel's one
 * window opens.
 */
import type { Scenario } from '../../scenario/index.ts';

export function greenChannelCase(demo: Scenario): Scenario {
  const s = structuredClone(demo);
  s.name = { zh: '绿色通道排队（示例）', en: 'A line at the green channel (example)' };
  for (const g of s.windows.groups)
    if (g.kind === 'general' || g.kind === 'dedicated') g.channels = ['walkIn', 'appointment'];
  s.staggered = { ...s.staggered!, inviteShare: 0.5, acceptance: 0.8, capacityPerSlot: 40 };
  return s;
}
