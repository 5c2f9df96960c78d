/** The leadership report's words (issue 12), in English; messages.zh-CN.ts has the same keys. */

/** The report's sections, in their order; those that do not apply are left out and the rest numbered on. */
export const REPORT_SECTIONS = [
  'answer',
  'figures',
  'waits',
  'windows',
  'roster',
  'kiosks',
  'staggered',
  'backOffice',
  'hotline',
  'cost',
  'assumptions',
  'method',
  'reproduce',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface ReportMessages {
  title: string;
  synthetic: string;
  period: (from: string, to: string, days: number, working: number) => string;
  /** The sections' names; they are numbered in the order they appear (`numbered`). */
  sections: Record<ReportSection, string>;
  numbered: (n: number, name: string) => string;
  answer: {
    open: (parts: string) => string;
    openPart: (day: string, n: number, at: string) => string;
    cost: (rostered: string, now: string, diff: string, required: string) => string;
    more: (x: string) => string;
    less: (x: string) => string;
    same: string;
    service: (share: string, range: string, target: string, nowShare: string, met: number, total: number) => string;
    noPlan: string;
  };
  figures: {
    lead: (reps: number) => string;
    interval: (lo: string, hi: string) => string;
    single: string;
    measure: string;
    value: string;
    range: string;
    note: string;
  };
  waits: {
    lead: (target: string) => string;
    chart: (day: string) => string;
    mean: string;
    p90: string;
    target: string;
    minutes: string;
  };
  windows: { lead: (target: string) => string; time: string; total: string; above: string };
  roster: {
    shift: string;
    break: string;
    people: string;
    none: string;
    total: (n: number) => string;
    aboveInstalled: string;
  };
  kiosks: { none: string; site: string; installed: string; recommended: string; p90: string; notMet: string };
  staggered: {
    none: string;
    share: string;
    booked: string;
    peak: string;
    hours: string;
    chosen: string;
    how: (hours: string, acceptance: string) => string;
  };
  backOffice: {
    none: string;
    count: string;
    onTime: string;
    chosen: string;
    lead: (installed: number, target: string) => string;
  };
  hotline: {
    lead: (seconds: string, level: string, interval: string) => string;
    noCalls: string;
    level: (seconds: string) => string;
    levelNote: string;
    abandon: string;
    abandonNote: string;
    redial: string;
    redialNote: string;
    occupancy: string;
    occupancyNote: string;
    moved: string;
    movedNote: string;
    fromOnline: string;
    fromOnlineNote: (share: string) => string;
    exact: string;
    online: (moved: string, calls: string, interval: string) => string;
    /** A figure's interval in words after it: "82.3% (95% sure it is between …)". */
    paren: (text: string) => string;
    noneMoved: string;
    advice: string;
    noAdvice: string;
  };
  cost: {
    item: string;
    now: string;
    plan: string;
    change: string;
    windowHours: string;
    requiredHours: string;
    officers: string;
    officerHours: (hours: number) => string;
    officerHoursRow: string;
    kiosks: string;
    agentHours: string;
  };
  assumptions: {
    target: (text: string) => string;
    description: (text: string) => string;
    history: (file: string, rows: number, rejected: number) => string;
    noHistory: string;
    synthetic: string;
  };
  method: string;
  reproduce: (date: string, seed: number, reps: number) => string;
  page: (n: number, total: number) => string;
  none: string;
  view: {
    open: string;
    back: string;
    print: string;
    lead: string;
    waiting: string;
    planOther: string;
    made: (date: string) => string;
  };
}

export const reportEn: ReportMessages = {
  title: 'Tax service hall capacity plan',
  synthetic: 'Synthetic data: the figures in this report are illustrative estimates, not a real hall’s records.',
  period: (from, to, days, working) => `${from} to ${to}: ${days} days, ${working} of them working days`,
  sections: {
    answer: 'The answer',
    figures: 'Key figures',
    waits: 'Where and when people wait',
    windows: 'Recommended windows',
    roster: 'Shift roster',
    kiosks: 'Self-service kiosks',
    staggered: 'Off-peak (staggered) invitations',
    backOffice: 'Back-office officers',
    hotline: 'The 12366 tax hotline',
    cost: 'Cost against today',
    assumptions: 'Assumptions and data sources',
    method: 'Method',
    reproduce: 'How to reproduce it',
  },
  numbered: (n, name) => `${n}. ${name}`,
  answer: {
    open: (parts) => `Open: ${parts}. Section 4 gives the windows for every half hour.`,
    openPart: (day, n, at) => `${day} at most ${n} windows at once (${at})`,
    cost: (rostered, now, diff, required) =>
      `Cost: the roster in whole shifts takes ${rostered} window-hours, ${diff} than today’s ${now}; the half-hourly need alone is ${required}.`,
    more: (x) => `${x} more`,
    less: (x) => `${x} fewer`,
    same: 'the same',
    service: (share, range, target, nowShare, met, total) =>
      `Service: with the plan, ${share} of taxpayers start within ${target} minutes over the whole period (95% sure it is between ${range}), against ${nowShare} today; ${met} of ${total} intervals meet the target.`,
    noPlan:
      'No staffing plan has been made for this scenario: the report gives the current staffing’s results only. Make one on the Staffing plan tab, or with the command hallflow plan.',
  },
  figures: {
    lead: (reps) =>
      `Today’s staffing, the mean of ${reps} simulated replications; in brackets the 95% confidence interval: run the same hall many times and the true mean lies inside it 95 times in 100.`,
    interval: (lo, hi) => `95% sure it is between ${lo} and ${hi}`,
    single: 'one replication only: no interval',
    measure: 'Measure',
    value: 'Value',
    range: 'Interval',
    note: 'Note',
  },
  waits: {
    lead: (target) =>
      `For each kind of day and interval: the mean wait before service (solid), the wait 90% of taxpayers stay within (dashed), the mean’s 95% confidence band (shaded); the horizontal line is the ${target}-minute target.`,
    chart: (day) => `${day}: waits by interval (minutes)`,
    mean: 'Mean wait',
    p90: '90% wait within',
    target: 'Target',
    minutes: 'min',
  },
  windows: {
    lead: (target) =>
      `The windows each group opens in each interval to meet the target (${target}); neighbouring intervals with the same numbers are merged.`,
    time: 'Time',
    total: 'Total',
    above: 'above the installed count',
  },
  roster: {
    shift: 'Shift',
    break: 'Break',
    people: 'Staff',
    none: '—',
    total: (n) => `${n} staff in all`,
    aboveInstalled: 'More windows are needed than installed; the roster is capped at the installed count.',
  },
  kiosks: {
    none: 'No self-service kiosks in this scenario, or not planned.',
    site: 'Site',
    installed: 'Now',
    recommended: 'Recommended',
    p90: '90% wait within (min)',
    notMet: 'not met within the cap',
  },
  staggered: {
    none: 'Off-peak invitations were not planned (not applicable or switched off).',
    share: 'Invited share',
    booked: 'Accepting (a day)',
    peak: 'Most windows at once',
    hours: 'Window-hours',
    chosen: 'Recommended',
    how: (hours, acceptance) => `Invited to come at ${hours}; ${acceptance} accept.`,
  },
  backOffice: {
    none: 'No back office (non-immediate matters) in this scenario, or not planned.',
    count: 'Officers',
    onTime: 'Finished on time',
    chosen: 'Recommended',
    lead: (installed, target) => `${installed} officers now; target: at least ${target} finished on time.`,
  },
  hotline: {
    lead: (seconds, level, interval) =>
      `With today’s agents, ${level} of the calls offered to the agents over the whole period were answered within ${seconds} seconds (${interval}). The table gives hang-ups, redials and the agents’ occupancy, each with its interval.`,
    noCalls: 'No call reached an agent in the simulated period, so there is no service level to report.',
    level: (seconds) => `Answered within ${seconds} s`,
    levelNote: 'Of the calls offered to the agents (those the voice menu finished are not counted).',
    abandon: 'Hung up while holding',
    abandonNote: 'Of the calls offered to the agents.',
    redial: 'Redials',
    redialNote: 'Of all calls: callers who hung up and called again.',
    occupancy: 'Agents’ occupancy',
    occupancyNote: 'The share of the agents’ time on the phones spent on calls (talk and wrap-up).',
    moved: 'Matters moved online',
    movedNote: 'Hall visits that moved to the online platforms over the period.',
    fromOnline: 'Calls about matters moved online',
    fromOnlineNote: (share) => `Fresh calls to 12366 about them (${share} of the matters moved bring a call).`,
    exact: 'expected from the scenario: no sampling error',
    online: (moved, calls, interval) =>
      `Over the period ${moved} matters moved online, and ${calls} calls to 12366 came about them (${interval}).`,
    paren: (text) => ` (${text})`,
    noneMoved: 'No matter moved online over the period (the scenario moves none), so none of the calls are about one.',
    advice: 'Recommended agents',
    noAdvice:
      'The staffing plan did not plan the 12366 agents (no plan was made for this scenario, or the hotline was left out of it).',
  },
  cost: {
    item: 'Item',
    now: 'Today',
    plan: 'Plan',
    change: 'Change',
    windowHours: 'Window-hours (front office)',
    requiredHours: 'of which the half-hourly need',
    officers: 'Back-office officers',
    officerHours: (hours) => `Officer-hours: ${hours} hours per officer per working day.`,
    officerHoursRow: 'Officer-hours',
    kiosks: 'Self-service kiosks',
    agentHours: '12366 agent-hours',
  },
  assumptions: {
    target: (text) => `Service target: ${text}.`,
    description: (text) => `The scenario: ${text}`,
    history: (file, rows, rejected) =>
      `Fitted to history: ${file}, ${rows} rows read${rejected > 0 ? `, ${rejected} rejected (each listed with its line number at import)` : ''}.`,
    noHistory: 'No history was imported: arrivals and handling times are the scenario’s own settings.',
    synthetic: 'This scenario is marked synthetic.',
  },
  method:
    'HallFlow simulates taxpayers one by one (discrete-event simulation): arrivals by kind of day and interval, tickets, the choice of kiosk or window group, appointments and off-peak invitations, abandonment, back-office deadlines, and the five rules (first-inquiry responsibility, time-limited completion, appointments with off-peak booking, extended hours at closing, 24-hour self-service). Every figure is the mean of independent replications with its 95% confidence interval. The recommended windows come from the Iterative Staffing Algorithm run on the simulation interval by interval, trimmed and repaired with common random numbers, and set beside the analytic SIPP, lagged SIPP and modified-offered-load methods; the roster covers the need with whole shifts by integer programming (set covering); the plan is checked again on fresh random seeds it was not made on.',
  reproduce: (date, seed, reps) =>
    `Made on ${date}; random seed ${seed}, ${reps} replications. Running hallflow report on the same scenario file with this seed and number of replications gives the same figures.`,
  page: (n, total) => `Page ${n} of ${total}`,
  none: '—',
  view: {
    open: 'Report',
    back: 'Back to the planner',
    print: 'Print or save as PDF…',
    lead: 'The report for the bureau’s leadership, on A4: print it, or choose “Save as PDF” in the print dialog.',
    waiting:
      'The report needs the result of the scenario as it stands: it is being run, and the report appears when it is done.',
    planOther:
      'The staffing plan on the plan tab was made for another scenario (or the scenario changed since), so the report leaves it out: make the plan again to include it.',
    made: (date) => `Made ${date}`,
  },
};
