/**
 * English strings of what the import asks the director to decide and what it points out: each
 * business type of the file and the scenario type it was matched to (a guess to confirm or
 * change, a name match, the director's own choice), why applying the fit waits, and the intervals
 * where the backtest's simulation and the log disagree. This object defines the shape the Chinese
 * one must match.
 */
export const decisionsEn = {
  types: {
    heading: 'Business types: file → scenario',
    leadPending: (n: number) =>
      `${n} business type(s) of the file do not have the scenario's name and were matched by a similar name: a guess. Confirm or change each; until then the fit cannot be applied to the scenario.`,
    leadDone: (n: number) => `All ${n} business type(s) of the file are matched to the scenario.`,
    line: (value: string, type: string, how: string, rows: string) =>
      `“${value}” in the file → “${type}” in this scenario (${how}, ${rows} rows)`,
    lineOut: (value: string, rows: string) => `“${value}” in the file → left out (your choice, ${rows} rows)`,
    how: { guess: 'guessed from a similar name', exact: 'same name', chosen: 'your choice' },
    basisInside: (value: string, part: string, name: string) =>
      `“${value}” contains “${part}”, part of the name “${name}”.`,
    basisPart: (value: string, name: string) => `“${value}” is part of the name “${name}”.`,
    confirm: 'Confirm',
    confirmLabel: (value: string, type: string) => `Confirm that “${value}” is “${type}”`,
    confirmed: 'Confirmed',
    pendingMark: 'To confirm',
    change: 'Change to…',
    changeLabel: (value: string) => `Change the business type for “${value}” (the file is read again)`,
    leaveOut: 'Leave these rows out',
    backToGuess: 'Back to matching by name',
    confirmAll: (n: number) => `Confirm all ${n} guess(es)`,
    exactHeading: (n: number) => `${n} with the same name as in the scenario (confirmed)`,
    rereading: 'Reading the file again with the changed business type…',
    more: (n: number) => `… and ${n} more not shown.`,
  },
  apply: {
    waits: (n: number) => `Confirm the ${n} business type(s) matched by a similar name before applying:`,
    item: (value: string, type: string, rows: string) => `“${value}” → “${type}” (${rows} rows)`,
    goConfirm: 'Go to the business types',
  },
  diverge: {
    lead: 'In these intervals the simulation and the log disagree (worst first):',
    item: (dayType: string, span: string, parts: string[]) => `${dayType} ${span} (${parts.join('; ')})`,
    wait: (simulated: string, observed: string) =>
      `simulated mean wait ${simulated}, observed ${observed}, outside the interval`,
    within: (target: string, simulated: string, observed: string) =>
      `served within ${target}: simulated ${simulated}, observed ${observed}, outside the interval`,
    tickets: (simulated: string, observed: string) => `tickets per day: simulated ${simulated}, observed ${observed}`,
    more: (n: number) => `${n} more interval(s) outside: see the rows marked “no” in the tables below.`,
    longer:
      'The simulation waits longer there: the windows inferred from the log may be fewer than were really open, the fitted handling times too long, or the simulated arrivals more bunched than the real ones.',
    shorter:
      'The simulation waits less there: windows in the log may not have served the whole interval (too many inferred), the fitted handling times may be too short, or the real arrivals came more bunched than the simulated ones.',
    mixed:
      'Some of these intervals wait longer in the simulation, some less: check the windows inferred from the log, the handling times and the arrivals of each.',
    arrivals:
      'Where the tickets per day differ as well, look at the arrivals first (the intraday profile, the day-type factors).',
  },
};

export type DecisionMessages = typeof decisionsEn;
