/**
 * English strings of the diagnosis panel (where and why people wait). This object defines the shape
 * the Chinese one must match.
 */
export const diagnosisEn = {
  title: 'Where and why people wait',
  /** After the headline at the top of the results: to the panel with the reasons and next steps. */
  toReasons: 'Why, and what to do',
  /** Taxpayers of a channel, as the subject of a sentence. */
  people: {
    walkIn: 'walk-ins',
    appointment: 'taxpayers with an appointment',
    staggered: 'staggered bookings',
  } as Record<'walkIn' | 'appointment' | 'staggered', string>,
  where: (when: string, time: string, share: string, minutes: string, target: string, sure: string) =>
    `People wait most ${when} at ${time}: only ${share} are served within ${minutes} min (${sure}), against a target of ${target}.`,
  who: (people: string, group: string, queue: string, open: string) =>
    `Most of those who wait too long are ${people}, in the line for ${group} (${queue} waiting on average, ${open} window(s) open).`,
  idle: {
    channel: (idle: string, idleGroup: string, people: string, servedBy: string) =>
      `Meanwhile ${idle} windows stand idle at ${idleGroup} on average, but ${people} can only be served at ${servedBy}: more ${idleGroup} would not help.`,
    preferred: (idle: string, idleGroup: string, people: string, group: string) =>
      `Meanwhile ${idle} windows stand idle at ${idleGroup} on average, but while ${group} is open, ${people} queue only there: more ${idleGroup} would not help.`,
    types: (idle: string, idleGroup: string, types: string) =>
      `Meanwhile ${idle} windows stand idle at ${idleGroup} on average, but they handle only ${types}.`,
    order: (idle: string, idleGroup: string, group: string) =>
      `Meanwhile ${idle} windows stand idle at ${idleGroup} on average, but with first-eligible routing these taxpayers go to ${group} first.`,
  },
  busy: (group: string, busy: string, open: string) =>
    `No other window group stands idle then; at ${group} ${busy} of ${open} open window(s) are busy on average.`,
  more: (n: number) => `${n} more interval(s) miss the target: see the table below.`,
  allMet: (total: number, minutes: string, share: string) =>
    `Every one of the ${total} intervals meets the target: at least ${share} served within ${minutes} min.`,
  closest: (when: string, time: string, share: string, sure: string, group: string) =>
    `The closest to missing it is ${when} at ${time}: ${share} (${sure}), most of the waiting at ${group}.`,
  empty: 'Nobody joined a window line in this run, so there is no wait to explain.',
  basis: (level: string) =>
    `Average day of each kind. Ranges are ${level} confidence intervals: we are ${level} sure the true value lies in them.`,
  tableTitle: (n: number) => `${n} interval(s) miss the target (per kind of day, most people waiting too long first)`,
  tableLabel: (day: string) => `Intervals that miss the target: ${day}`,
  columns: {
    time: 'Interval',
    share: (minutes: string) => `Served within ${minutes} min`,
    range: (level: string) => `${level} sure between`,
    short: 'Waiting too long per day',
    binds: 'Mostly at',
    idle: 'Idle meanwhile',
  },
  bindsCell: (group: string, channel: string) => `${group} · ${channel}`,
  idleCell: (group: string, idle: string) => `${group}: ${idle}`,
  none: '—',
  moreRows: (n: number) => `and ${n} more interval(s) of this kind of day`,
  actionsLabel: 'Next step',
  /** A kind of day before "schedule". */
  scheduleDay: {
    ordinary: 'ordinary-day',
    filing: 'filing-period',
    deadline: 'deadline-day',
  } as Record<'ordinary' | 'filing' | 'deadline', string>,
  actions: {
    schedule: (group: string, day: string) => `Open the ${day} schedule of ${group} in the editor`,
    channels: (group: string) => `Open the channels ${group} serve in the editor`,
    types: (group: string) => `Open the business types ${group} handle in the editor`,
    routing: 'Open the routing rule in the editor',
    plan: 'Go to the staffing plan',
  },
};

export type DiagnosisMessages = typeof diagnosisEn;
