/**
 * English strings of the plan's path (issue 11, items 4 and 5): the target fields, the progress
 * over all stages, the answer first, the plan kept with its scenario, and the review before
 * applying. This object defines the shape the Chinese one must match.
 */
export const planPathEn = {
  target: {
    legend: 'Service target',
    perDayType: 'A different target for each kind of day',
    row: 'Kind of day',
    all: 'Every kind of day',
    fields: {
      wait: 'Wait at most (min)',
      share: 'Share served within it (%)',
      scope: 'Checked',
      mean: 'Mean wait cap (min, optional)',
      abandon: 'Leaving part way cap (%, optional)',
      occupancy: 'Window occupancy cap (%, optional)',
    },
    scopes: { interval: 'in every interval', day: 'over the whole day' },
    problem: (row: string, field: string, value: string, allowed: string) =>
      `${row} · ${field}: “${value}” is not allowed. Allowed: ${allowed}.`,
    empty: '(empty)',
    invalid: 'Correct the marked target fields: no plan is started with them.',
    advanced: 'Advanced: the target as text',
    advancedNote:
      'The same target in the planner’s text notation (as on the command line). A valid text fills the fields above; the fields write the text back.',
    textInvalid:
      'The text target has a problem: correct it or empty the change (no plan is started while it is wrong).',
    settings: (target: string, reps: string) => `Plan settings — ${target} ${reps} replications per simulation.`,
  },
  progress: {
    step: (n: number, of: number) => `stage ${n} of ${of}`,
    left: (time: string) => `about ${time} left`,
    estimating: 'estimating the time left',
    seconds: (s: number) => `${s} s`,
    minutes: (m: number, s: string) => `${m} min ${s} s`,
  },
  kept: {
    restored: (when: string) => `Plan restored from this browser (made ${when}).`,
    notApplicable:
      'Not applicable: the scenario changed since this plan was made. Run the plan again for the scenario as it is now.',
    otherHall: (hall: string) =>
      `Not applicable: this plan was made for another hall (“${hall}”). Run the plan again for this one.`,
    saveFailed: 'The plan could not be kept in this browser (storage refused); it stays until the page is closed.',
  },
  answer: {
    heading: 'The answer: windows to open in each half hour',
    lead: (target: string) =>
      `How many windows of each group to open, interval by interval, so that ${target}. Consecutive intervals with the same numbers are joined.`,
    day: 'Kind of day',
    time: 'Time',
    total: 'All windows',
    why: 'Why this row',
    instruction: (day: string, from: string, to: string, counts: string) => `${day} ${from}–${to}: ${counts}`,
    count: (name: string, n: number) => `${name} ${n}`,
    sep: ', ',
    most: (day: string, n: number, at: string, rows: number) =>
      `${day}: at most ${n} windows open at once (${at}), in ${rows} step(s) over the day.`,
    aboveInstalled: (n: number) => `more than the ${n} installed`,
    odd: {
      afterCutoff: (cutoff: string, arrivals: string, windows: number) =>
        `Tickets stop at ${cutoff}: only ${arrivals} arrive now, but the line that took tickets before the cut-off is still being served — hence ${windows} windows.`,
      carryOver: (arrivals: string, work: string, from: string, fromWork: string, windows: number) =>
        `${arrivals} arrive (work for about ${work} windows), but the line from ${from} (work for about ${fromWork} windows) is still waiting — hence ${windows} windows.`,
      aboveWork: (arrivals: string, work: string, windows: number) =>
        `${arrivals} arrive (work for about ${work} windows); the ${windows} windows also serve bookings that arrive in slots and keep room for the uncertainty of the estimate.`,
      belowWork: (work: string, windows: number) =>
        `Work for about ${work} windows but ${windows} open: the line may wait into the next half hour and still meet the target.`,
      gridShort: (group: string, work: string, open: string) =>
        `The staffing grid marks “!” here: work for about ${work} windows, but ${group} has only ${open} windows installed.`,
      hall: 'the hall’s walk-in windows together',
      at: (time: string, text: string) => `${time}: ${text}`,
    },
  },
  roster: {
    why: (rostered: string, required: string, extra: string, share: string) =>
      `Why more than needed: the roster puts ${rostered} window-hours on duty against ${required} needed (+${extra}, ${share}). The need changes every half hour, but staff come in whole shifts (full days and half days, with their breaks), and each shift must cover every interval it spans, so the quieter intervals of a shift have spare staff.`,
    same: 'The roster puts exactly the needed windows on duty.',
  },
  methods: {
    heading: 'Methods and details (SIPP, lagged SIPP, MOL, interval tables, cost against service)',
  },
  review: {
    heading: 'Review and apply',
    open: 'Review the changes…',
    intro:
      'Each change the plan would make, with why and what to expect. Untick what you do not want; applying is one step that Undo in the header takes back.',
    choice: 'Windows to apply',
    part: 'Change',
    reason: 'Why',
    effect: 'Expected effect',
    windows: (group: string, day: string) => `${group} · ${day}`,
    range: (from: string, to: string, before: number, after: number) => `${from}–${to}: ${before} → ${after}`,
    more: (n: number) => `and ${n} more interval range(s)`,
    windowsReason: {
      required: 'the windows the simulation needs to meet the target',
      recommended: 'the windows on duty in the roster’s whole shifts',
    },
    windowsEffect: (before: string, after: string) => `window-hours a day ${before} → ${after}`,
    installed: (group: string, from: number, to: number) => `${group}: raise the installed windows ${from} → ${to}`,
    installedReason: (most: number, installed: number) =>
      `the plan opens up to ${most} windows in this group; ${installed} are installed`,
    installedEffect: 'the schedule can open that many (counters and staff must exist)',
    installedCap: (installed: number) => `left unticked: the schedule is capped at the ${installed} installed windows`,
    kiosk: (site: string, from: number, to: number) => `${site}: kiosks ${from} → ${to}`,
    kioskReason: 'the fewest kiosks that still meet the kiosk target (failures and repairs simulated)',
    kioskEffect: (p90: string, up: string) =>
      `90% of kiosk users wait at most ${p90} min; at least one kiosk works ${up} of the time`,
    staggered: (share: string) => `Invite ${share} of peak-day demand to off-peak bookings`,
    staggeredReason: (saved: number) => `saves ${saved} window(s) at the peak`,
    staggeredEffect: (hours: string) => `${hours} window-hours fewer over the horizon (the options’ formula)`,
    staggeredEffectMore: (hours: string) =>
      `${hours} window-hours more over the horizon (the options’ formula): the peak is lower, the other days busier`,
    backOffice: (from: number, to: number) => `Back-office officers ${from} → ${to}`,
    backOfficeReason: 'the fewest officers that answer cases within the time limits',
    backOfficeEffect: (share: string) => `${share} answered on time`,
    hotline: (from: number, to: number) => `12366 agents per interval (agent-hours ${from} → ${to})`,
    hotlineReason:
      'the fewest agents per interval that answer the target share within the seconds (simulated by the Iterative Staffing Algorithm, or lagged SIPP when the plan did not simulate it)',
    hotlineEffect: (share: string, seconds: string) =>
      `${share} of calls to agents answered within ${seconds} s (simulated)`,
    overall: (nowMet: number, planMet: number, total: number) =>
      `With the whole plan, ${planMet} of ${total} intervals meet the target on fresh seeds (now ${nowMet}).`,
    cautionsHeading: 'Cautions',
    caution: {
      bigCut: (what: string, from: number, to: number) =>
        `${what}: a large cut (${from} → ${to}). Check it before applying.`,
      allDay: (site: string) =>
        `${site} is open around the clock: with few kiosks, one failure at night leaves taxpayers without a working kiosk until repaired.`,
      bigRise: (group: string, from: number, to: number) =>
        `${group}: a large rise (at most ${from} open now, ${to} in the plan). Check the counters and staff exist.`,
      aboveInstalled: (group: string, most: number, installed: number) =>
        `${group}: the plan opens up to ${most} windows, more than the ${installed} installed. Tick “raise the installed windows” to allow it, or leave it unticked to cap the schedule at ${installed}.`,
      partial:
        'Some parts are left out: the windows were planned with every part in place, so the result may differ from the plan’s figures.',
      marks: (n: number) =>
        `After applying, the staffing grid will mark “!” in ${n} interval(s): more windows would be needed than are open there.`,
      noMarks: 'After applying, the staffing grid marks no interval “!”.',
      stale: 'The scenario changed since this plan was made: applying replaces today’s edits of these parts.',
    },
    apply: 'Apply the ticked changes',
    nothing: 'Nothing ticked: nothing to apply.',
    done: (n: number) => `Applied ${n} change(s). It is one step: Undo in the header takes it back.`,
    close: 'Close the review',
  },
  files: {
    hallColumn: 'hall',
  },
};

export type PlanPathMessages = typeof planPathEn;
