/** The leadership report's words (issue 12), in English; messages.zh-CN.ts has the same keys. */
export interface ReportMessages {
  title: string;
  synthetic: string;
  period: (from: string, to: string, days: number, working: number) => string;
  sections: Record<
    | 'answer'
    | 'figures'
    | 'waits'
    | 'windows'
    | 'roster'
    | 'kiosks'
    | 'staggered'
    | 'backOffice'
    | 'cost'
    | 'assumptions'
    | 'method'
    | 'reproduce',
    string
  >;
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
    answer: '1. The answer',
    figures: '2. Key figures',
    waits: '3. Where and when people wait',
    windows: '4. Recommended windows',
    roster: '5. Shift roster',
    kiosks: '6. Self-service kiosks',
    staggered: '7. Off-peak (staggered) invitations',
    backOffice: '8. Back-office officers',
    cost: '9. Cost against today',
    assumptions: '10. Assumptions and data sources',
    method: '11. Method',
    reproduce: '12. How to reproduce it',
  },
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
