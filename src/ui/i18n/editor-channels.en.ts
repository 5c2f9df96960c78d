/**
 * English strings of the editor's channels section (the 12366 hotline, online). This object
 * defines the shape the Chinese one must match.
 */
import type { ChannelDay } from '../../sim/scenario/index.ts';

export const editorChannelsEn = {
  channels: {
    hotline: 'A 12366 hotline beside the hall',
    days: {
      ordinary: 'ordinary days',
      filing: 'filing days',
      deadline: 'deadline days',
      closed: 'closed days',
    } as Record<ChannelDay, string>,
    callsPerDay: (day: string) => `Fresh calls a day, ${day}`,
    ivr: 'Calls the voice menu finishes',
    seats: 'Phone seats',
    seatsUnit: 'seats',
    allDay: 'around the clock',
    agentsNote: (hours: string, most: string) =>
      `Agents are on the phones ${hours}, at most ${most} at once; their number in each interval comes from the staffing plan (12366 agents) or the scenario file.`,
    handling: 'An agent’s time per call (talk and wrap-up)',
    patience: 'How long a caller holds for an agent',
    redial: 'Callers who hang up and call again',
    caseShare: 'Answered calls about a non-immediate matter registered as a first-inquiry case',
    online: 'Demand moving to the online platforms',
    onlineNote:
      'Which business types move online, and how fast, is tried on the Staffing plan tab (“If more matters go online”) or set in the scenario file (the share moved, the monthly trend, the types that cannot go online).',
    onlineCallShare: 'Matters moved online whose taxpayer calls 12366',
  },
};
