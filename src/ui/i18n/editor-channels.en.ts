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
      `Agents are on the phones ${hours}, at most ${most} at once. How many in each interval is set in the table below, or by applying the staffing plan’s 12366 agents.`,
    agentHours: 'Agents’ hours (every day)',
    hoursChanged: (hours: string) =>
      `Agents’ hours now ${hours}: the agents per interval follow them (an interval still in the hours keeps its agents, a new one takes those of the nearest interval). Check the new intervals below.`,
    agents: {
      heading: '12366 agents per interval',
      caption: '12366 agents on the phones per interval, by kind of day',
      columns: {
        ordinary: 'Ordinary days',
        filing: 'Filing days',
        deadline: 'Deadline days',
        closed: 'Closed days',
      } as Record<ChannelDay, string>,
      cellLabel: (day: string, time: string) => `12366 agents, ${day}, ${time}`,
      extra: 'after the agents’ hours',
      keys: 'One row per interval of the agents’ hours, one column per kind of day; each cell is the agents on the phones, from 0 to the phone seats. Typing replaces the value; it is written on Enter, Tab, an arrow key or a click elsewhere, and Esc restores it. Paste a column copied from Excel to fill down from the cell.',
      cellError: (day: string, time: string, shown: string, seats: number, kept: string) =>
        `12366 agents, ${day} ${time}: “${shown}” is not allowed; allowed: a whole number of agents from 0 to ${seats} (the phone seats). Not applied: the schedule keeps ${kept}.`,
      overSeats: (day: string, time: string, shown: string, seats: number, kept: string) =>
        `12366 agents, ${day} ${time}: “${shown}” is more than the ${seats} phone seats; allowed: a whole number from 0 to ${seats}. Not applied: the schedule keeps ${kept}.`,
      overSeatsAndLimit: (day: string, time: string, shown: string, seats: number, limit: string, kept: string) =>
        `12366 agents, ${day} ${time}: “${shown}” is more than the ${seats} phone seats and above HallFlow’s limit of ${limit} seats. Not applied: the schedule keeps ${kept}.`,
      raise: (n: number) => `Raise the phone seats to ${n} and enter it here`,
      raised: (n: number) => `The hotline now has ${n} phone seats, entered in this interval (undo reverts both).`,
      pasteError: (cells: string, seats: number) =>
        `Nothing was pasted: ${cells} — allowed: whole numbers of agents from 0 to ${seats} (the phone seats).`,
      noHours: 'The agents’ hours or the interval length cannot be read, so the rows are numbered instead of timed.',
      lengthOff: (n: number) => `The schedule does not have one entry per interval of the agents’ hours (${n}).`,
      fit: 'Fit to the agents’ hours',
      cap: (n: number) => `Cap at ${n} (the phone seats)`,
      fillValue: 'Agents',
    },
    handling: 'An agent’s time per call (talk and wrap-up)',
    patience: 'How long a caller holds for an agent',
    redial: 'Callers who hang up and call again',
    caseShare: 'Answered calls about a non-immediate matter registered as a first-inquiry case',
    callbacks: 'Callers facing a long wait may ask to be called back',
    callbacksHint:
      'When the wait announced to a caller is above the threshold below, the caller may press 1 to be called back instead of holding. Agents call back only when nobody is holding, oldest request first; requests still waiting when the agents’ hours end are called back the next time agents are on.',
    secondsUnit: 's',
    offerAbove: 'Offer a callback when the announced wait is above',
    offerAboveHint:
      'The announced wait is the callers holding ahead, plus one, divided by the agents on the phones, times an agent’s average time per call. 0: offered to every caller who would have to hold.',
    acceptShare: 'Callers offered a callback who accept it',
    acceptShareHint: 'They hang up at once and wait for the call; the others hold as before.',
    reachShare: 'Callbacks that reach the taxpayer',
    reachShareHint:
      'A callback that reaches the taxpayer takes as long as the call would have; the others ring out and end.',
    withinMinutes: 'Callback target: called back within',
    withinMinutesHint: 'The results say what share of the callbacks were made within this time of the request.',
    unreachedSeconds: 'An agent’s time on a callback that does not reach the taxpayer',
    unreachedSecondsHint: 'Letting it ring and noting it.',
    online: 'Demand moving to the online platforms',
    onlineNote:
      'Which business types move online, and how fast, is tried on the Staffing plan tab (“If more matters go online”) or set in the scenario file (the share moved, the monthly trend, the types that cannot go online).',
    onlineCallShare: 'Matters moved online whose taxpayer calls 12366',
  },
};
