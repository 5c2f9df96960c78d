/**
 * English strings of the app's shell: header, tabs, run bar, files and links. This object defines
 * the shape the Chinese one must match.
 */
export const appEn = {
  tagline: 'Capacity planning for the tax service hall',
  synthetic: 'synthetic data',
  tabs: {
    results: 'Results',
    ledgers: 'Ledgers',
    compare: 'Compare',
    plan: 'Staffing plan',
    import: 'Import history',
    province: 'Province',
  },
  viewFailed: (why: string) =>
    `This view could not be loaded (${why}). Reload the page to try again; your scenario is saved.`,
  pagesLabel: 'About HallFlow',
  openReport: 'Report (print / PDF)',
  tabsLabel: 'Views',
  editorHeading: 'Scenario',
  /** The first link on the page, shown when focused: past the header and the editor. */
  skipToResults: 'Skip to the results',
  undo: 'Undo',
  redo: 'Redo',
  presets: 'Presets',
  presetsHint: 'Load a preset scenario (the current one stays in the undo history)',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  share: 'Share link',
  shareCopied: 'Link copied. It holds the whole scenario; nothing is uploaded.',
  shareShown: 'Copy this link (it holds the whole scenario; nothing is uploaded):',
  imported: (name: string) => `Loaded “${name}”.`,
  importedWithProblems: (name: string, n: number) => `Loaded “${name}” with ${n} problem(s): see the marked fields.`,
  importedUnchecked: (name: string) => `Loaded “${name}”, but it could not be checked: see the note above the run bar.`,
  importFailed: (name: string, why: string) => `“${name}” could not be read: ${why}`,
  notSaved: 'The browser refused to save the scenario (storage full or disabled): export it to keep it.',
  fromLink: 'Opened the scenario from the link.',
  fromSaved: 'Restored your last scenario.',
  fromLastGood: 'Opened the last good scenario.',
  problemsCount: (n: number) => `${n} problem(s) in the scenario: it will not run until they are fixed.`,
  run: {
    advanced: 'Advanced settings',
    advancedNote:
      'More replications give narrower ranges (±) and take longer; the same seed gives the same result again.',
    replications: 'Replications',
    seed: 'Seed',
    auto: 'Re-run after each change',
    run: 'Run',
    cancel: 'Cancel',
    quick: (n: number) => `First look (${n} replications)…`,
    refining: 'Refining in the background…',
    running: 'Running…',
    cancelledKept: 'Cancelled: the result shown is the earlier one.',
    progress: (done: number, total: number) => `${done} of ${total} replications`,
    etaJoin: ', ',
    eta: (s: number) => `about ${s} s left`,
    done: (n: number, seconds: string) => `${n} replications (${seconds} s)`,
    kept: {
      build: (n: number) =>
        `${n} replications: the demo's result made with this version (the same scenario, seed and replications); running it again gives the same figures.`,
      browser: (n: number) =>
        `${n} replications: the last run in this browser (the same scenario, seed and replications); running it again gives exactly this result.`,
    },
    cancelled: (n: number) => `Cancelled: showing a partial result of ${n} replications.`,
    error: (message: string) => `The run failed: ${message}`,
    invalid: 'Fix the scenario’s problems to run it.',
    stale: 'The scenario changed since this result.',
    held: {
      compare: 'A comparison is running (Compare tab); runs wait until it ends.',
      plan: 'A staffing plan is being made (Staffing plan tab); runs wait until it ends.',
    },
    repsError: 'Replications: a whole number from 2 to 2000.',
    seedError: 'Seed: a whole number from 0 to 4294967295.',
  },
  footer: 'Everything is computed in this browser; no data leaves the page.',
};

export type AppMessages = typeof appEn;
