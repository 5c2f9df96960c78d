/**
 * English strings for what the app says when something fails: a scenario that cannot be read or
 * checked, a view that stopped with an error, the way back to the last good scenario. This
 * object defines the shape the Chinese one must match.
 */
export const recoveryEn = {
  restore: 'Restore the last good scenario',
  restoreHint:
    'The last scenario that ran and gave results (the demo if none has yet). The current one stays in the undo history.',
  restored: (name: string) => `Restored the last good scenario, “${name}”.`,
  dismiss: 'Dismiss',
  /** The validator itself failed on the scenario (shown as one problem about the whole scenario). */
  checkFailed: (detail: string) =>
    `The scenario could not be checked (${detail}), so it will not run. Restore the last good scenario, or export this one and correct it.`,
  invalidLead: 'This scenario has problems and will not run. Correct the marked fields, or go back:',
  runFailedLead: 'The last run did not finish (see the run bar below). Run it again, or go back:',
  /** Why a scenario from a file, a link or the browser's storage could not be used. */
  reasons: {
    notJson: (detail: string) => `it is not valid JSON (${detail})`,
    notObject: (what: string) => `it holds ${what}, not a scenario`,
    damagedLink: 'the link is incomplete or damaged',
    unreadable: (detail: string) => `it could not be read (${detail})`,
  },
  /** What a value was instead of a scenario object. */
  kinds: {
    number: 'a number',
    string: 'a piece of text',
    boolean: 'true or false',
    null: 'nothing (null)',
    array: 'a list',
    other: 'something else',
  },
  /** At start-up: which scenario could not be used, why, and what opened instead. */
  startup: {
    notice: (what: string, instead: string) => `${what} ${instead}`,
    saved: (why: string) => `The scenario saved in this browser could not be used: ${why}.`,
    link: (why: string) => `The scenario in the link could not be used: ${why}.`,
    opened: {
      saved: 'Your saved scenario is open instead.',
      lastGood: 'The last good scenario is open instead.',
      demo: 'The demo scenario is open instead.',
    },
  },
  presetFailed: (name: string, why: string) => `The preset “${name}” could not be loaded: ${why}`,
  /** An error boundary: one part of the page stopped, the rest goes on. */
  boundary: {
    failed: (part: string) => `${part} stopped with an error and cannot be shown.`,
    detail: (detail: string) => `What failed: ${detail}`,
    rest: 'The rest of the page still works, and your scenario is saved.',
    retry: 'Try again',
  },
  /** Names of the parts of the page that have their own boundary (the views use their tab names). */
  parts: {
    page: 'The page',
    header: 'The header',
    editor: 'The scenario editor',
    section: (title: string) => `The section “${title}”`,
    runBar: 'The run bar',
    view: (tab: string) => `The “${tab}” view`,
  },
};

export type RecoveryMessages = typeof recoveryEn;
