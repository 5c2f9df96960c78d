/**
 * English strings of the per-group and per-channel charts. This object defines the shape the
 * Chinese one must match.
 */
export const chartsGroupsEn = {
  groups: {
    title: 'Each window group over the day',
    groupPicker: 'Window group',
    xLabel: 'Time of day',
    queueLabel: 'Waiting (people)',
    windowsLabel: 'Windows',
    waitLabel: 'Wait (min)',
    queue: 'Taxpayers waiting',
    busy: 'Windows busy',
    staffed: 'Windows staffed',
    wait: 'Mean wait (by time of ticket)',
    summary: (
      group: string,
      when: string,
      days: number,
      wait: string,
      waitSure: string,
      share: string,
      minutes: string,
      shareSure: string,
    ) =>
      `${group} ${when} (average of ${days} day(s)): mean wait ${wait} (${waitSure}); ${share} served within ${minutes} min (${shareSure}).`,
    peak: (time: string, queue: string, queueSure: string, staffed: string, busy: string) =>
      `Longest line at ${time}: ${queue} waiting on average (${queueSure}), with ${staffed} staffed and ${busy} busy.`,
    noLine: 'No line formed.',
    summaryEmpty: (group: string, when: string) => `Nobody joined the line for ${group} ${when}.`,
    csv: [
      'Interval start',
      'Interval end',
      'Joined per day',
      'Waiting (people)',
      'Waiting ±',
      'Windows busy',
      'Windows busy ±',
      'Windows staffed',
      'Windows staffed ±',
      'Mean wait (min)',
      'Mean wait ± (min)',
      'Served within target',
      'Within target ±',
    ],
  },
  channels: {
    title: 'Waiting time by channel',
    xLabel: 'Time of ticket',
    yLabel: 'Mean wait (min)',
    names: {
      walkIn: 'Walk-in',
      appointment: 'Appointment',
      staggered: 'Staggered booking',
    } as Record<'walkIn' | 'appointment' | 'staggered', string>,
    clause: (name: string, wait: string, waitSure: string, share: string, minutes: string, shareSure: string) =>
      `${name}: mean wait ${wait} (${waitSure}), ${share} within ${minutes} min (${shareSure})`,
    summary: (when: string, clauses: string[]) => `${when[0].toUpperCase()}${when.slice(1)}: ${clauses.join('; ')}.`,
    summaryEmpty: (when: string) => `Nobody joined a window line ${when}.`,
    csv: [
      'Channel',
      'Interval start',
      'Interval end',
      'Joined per day',
      'Mean wait (min)',
      'Mean wait ± (min)',
      'Served within target',
      'Within target ±',
    ],
  },
  /** The table of figures under each chart. */
  table: {
    label: (what: string, day: string) => `${what}, ${day}`,
    name: 'Name',
    joined: 'Joined per day',
    wait: 'Mean wait (min)',
    share: (minutes: string) => `Within ${minutes} min`,
    range: (level: string) => `${level} sure between`,
    windows: 'Busy / staffed (day average)',
    groupsWhat: 'Every window group',
    channelsWhat: 'Every channel',
    none: '—',
  },
};
