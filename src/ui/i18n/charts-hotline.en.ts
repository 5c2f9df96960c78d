/** English strings of the 12366 hotline chart. This object defines the shape the Chinese one must match. */
import type { ChannelDay } from '../../sim/scenario/index.ts';

export const chartsHotlineEn = {
  hotline: {
    title: 'The 12366 hotline over the day',
    picker: 'Kind of day',
    kinds: {
      ordinary: 'Ordinary days',
      filing: 'Filing days',
      deadline: 'Deadline days',
      closed: 'Closed days',
    } as Record<ChannelDay, string>,
    xLabel: (kind: string, days: string) => `Time of day (average of the ${days} ${kind.toLowerCase()})`,
    summary: (seconds: string, level: string, abandon: string, occupancy: string) =>
      `Over the whole period, ${level} of the calls offered to the agents were answered within ${seconds} s; ${abandon} hung up while holding; the agents were busy ${occupancy} of the time on the phones (each ± the 95% interval).`,
    callbacks: (accept: string, minutes: string, within: string) =>
      `Of the callers offered a callback, ${accept} took it; of the callbacks made, ${within} were made within ${minutes} min of the request.`,
    callbacksNoneMade: (accept: string) =>
      `Of the callers offered a callback, ${accept} took it; no callback was made.`,
    /** Two sentences one after the other. */
    sentences: (a: string, b: string) => `${a} ${b}`,
    offeredLabel: 'Calls to agents',
    offered: 'Calls offered to the agents',
    levelLabel: (s: string) => `Answered in ${s} s`,
    level: (s: string) => `Answered within ${s} s (share of offered)`,
    agentsLabel: 'Agents',
    busy: 'Agents busy',
    staffed: 'Agents on the phones',
    seats: (n: string) => `Seats: ${n}`,
    band: '95% confidence band (at most this wide)',
    closed: 'No agent (outside the agents’ hours)',
    calls: (n: string) => `${n} calls`,
    agents: (n: string) => `${n} agents`,
    atMost: (value: string, hw: string) => `${value} (± at most ${hw})`,
    none: 'This scenario has no 12366 hotline.',
    csv: (s: string) => [
      'Kind of day',
      'From',
      'To',
      'Calls offered to agents (mean)',
      'Half-width (at most)',
      `Answered within ${s} s (share)`,
      'Agents on the phones',
      'Agents busy',
      'Half-width (at most)',
      'Seats',
    ],
  },
};
