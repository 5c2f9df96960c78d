/**
 * English strings of the province view: a batch result (province.json from `hallflow batch`)
 * with its halls ranked by shortfall. This object defines the shape the Chinese one must match.
 */
import type { Expected, OtherFile } from '../state/province-file.ts';

export const provinceEn = {
  heading: 'Halls of the province',
  headingOf: (name: string) => `Halls of the province: ${name}`,
  intro:
    'Open the province.json that “hallflow batch” writes: every hall side by side, ranked by how far it falls short of its service target, with what its staffing plan needs. Opening it does not change the scenario you are editing.',
  pick: {
    label: 'Open province.json',
    another: 'Open another file',
    accepted: 'The province.json in the folder “hallflow batch MANIFEST --out DIR” writes. Nothing is uploaded.',
    reading: 'Reading…',
  },
  close: 'Close this file',
  source: (file: string, when: string) => `File “${file}”, opened ${when}.`,
  restored: (file: string, when: string) => `File “${file}”, opened ${when} and kept in this browser.`,
  keepFailed: 'The browser refused to keep this file: a reload will lose it (open it again then).',
  synthetic: 'Synthetic data: every hall is made up',
  basis: (replications: number, seed: number) =>
    `Each hall: ${replications} replications, seed ${seed}. Ranges are 95% confidence intervals.`,
  empty: 'No province is open. Run “hallflow batch” on a manifest, then open the province.json it writes.',
  refused: {
    title: (file: string) => `“${file}” cannot be opened here`,
    notJson: (detail: string) => `It is not a JSON file (${detail}).`,
    tooLarge: (mb: string) => `It is ${mb} MB: far larger than any province result.`,
    notObject: 'It is JSON, but not an object: not a province result.',
    noKind: 'It is JSON, but not a file HallFlow wrote (it has no “kind”).',
    otherFile: {
      scenario:
        'This is a hall’s scenario, not a province result. Open a scenario with “Import JSON” above the editor.',
      plan: 'This is a staffing plan, not a province result. A plan is made and kept in the “Staffing plan” tab.',
      manifest:
        'This is a batch manifest (the list of halls to run), not its result. Run “hallflow batch” on it, then open the province.json it writes.',
      job: 'This is one job of a batch (in its jobs folder), not the province result beside it.',
      result: 'This is one hall’s simulation result, not a province result.',
    } satisfies Record<OtherFile, string>,
    otherKind: (kind: string) => `Its kind is “${kind}”, not “hallflow.province”.`,
    version: (version: string) =>
      `It is a province result of version ${version}; this version of HallFlow reads version 1.`,
    noHalls: 'It is a province result without any hall.',
    fields: 'It is a province result, but these fields are missing or wrong:',
    field: (path: string, expected: string) => `${path}: ${expected}`,
    more: (n: number) => `… and ${n} more.`,
    expected: {
      object: 'should be an object',
      array: 'should be a list',
      text: 'should be text',
      number: 'should be a number',
      count: 'should be a whole number, 0 or more',
      share: 'should be a share from 0 to 1',
      names: 'should be names in Chinese and English ({ "zh": …, "en": … })',
      figure: 'should be a figure with its range ({ "mean": …, "halfWidth": … })',
      figureOrNone: 'should be a figure with its range, or null',
      objectOrNone: 'should be an object, or null (a task not run)',
      countOrNone: 'should be a whole number, or null',
      boolean: 'should be true or false',
      uniqueId: 'is the id of another hall too: ids must differ',
    } satisfies Record<Expected, string>,
    hint: 'Choose the province.json in the folder the batch wrote (its --out).',
    kept: 'The province shown stays as it was.',
  },
  headline: {
    /** The target in words: "90% start within 15 min". */
    target: (share: string, minutes: string) => `${share} start within ${minutes} min`,
    allMeet: (n: number, target: string) => `All ${n} halls meet their service target (${target}).`,
    allMeetMixed: (n: number) => `All ${n} halls meet their service targets.`,
    short: (n: number, k: number, target: string | null) =>
      `Of ${n} halls, ${k} ${k === 1 ? 'falls' : 'fall'} short of the service target${target ? ` (${target})` : ''}.`,
    worst: (hall: string, share: string, sure: string, target: string) =>
      `Furthest from it: ${hall}, where ${share} start within the target wait (${sure}; target ${target}).`,
    notSimulated: (n: number) => `${n} not simulated.`,
    /** Halls short of the target whose 95% range reaches it: named when one or two, else counted. */
    chance: (names: string[], of: number) =>
      names.length === of
        ? `For ${of === 1 ? 'it' : `all ${of}`}, the target lies within the 95% range: the shortfall may be chance.`
        : names.length <= 2
          ? `For ${names.join(' and ')}, the target lies within the 95% range: the shortfall may be chance.`
          : `For ${names.length} of them the target lies within the 95% range: their shortfall may be chance.`,
    windows: (more: number, halls: number, top: string, topMore: number) =>
      `The staffing plans (every half hour on target) need ${more} more windows at the peak, in ${halls} ${halls === 1 ? 'hall' : 'halls'}; the most at ${top}: ${topMore} more.`,
    noWindows: 'The staffing plans need no more windows than are installed.',
    notPlanned: (n: number) => `(${n} ${n === 1 ? 'hall' : 'halls'} without a plan.)`,
    noPlans: 'No hall has a staffing plan, so no windows needed are known.',
    staffHours: (now: string, plan: string, change: string) =>
      `Window staff-hours over the period, halls with a plan: ${now} now → ${plan} with the plan (${change}).`,
  },
  table: {
    heading: 'Halls ranked by shortfall',
    caption: (target: string | null) =>
      `Within target: the share who start within the target wait${target ? ` (target: ${target})` : ''}, the hall as it is; under it the range we are 95% sure of. Windows needed: the most open at once in the plan. Click a heading to sort.`,
    whatIfNote: (names: string) => `What-if: ${names}; the difference is paired (the same taxpayers).`,
    rank: 'Rank',
    hall: 'Hall',
    within: 'Within target now',
    shortfall: 'Shortfall',
    windows: 'Windows',
    installed: 'installed',
    needed: 'needed',
    more: 'more',
    kiosks: 'Kiosks',
    advised: 'advised',
    staffHours: 'Staff-hours',
    nowToPlan: 'now → plan',
    whatIf: 'What-if: mean wait',
    whatIfUnit: 'change, min',
    meets: 'meets',
    pointsUnit: 'pts',
    chance: 'within error',
    range: (low: string, high: string) => `${low} to ${high}`,
    noChange: 'no clear change',
    none: '—',
    sortBy: (column: string) => `Sort by ${column}`,
    csv: 'Export CSV',
    csvLabel: 'Export the table as CSV (UTF-8, opens in Excel)',
  },
  charts: {
    caption: (province: string, replications: number, synthetic: boolean) =>
      `HallFlow · ${province} · ${replications} replications per hall, 95% confidence intervals${synthetic ? ' · synthetic data' : ''}`,
    within: {
      title: 'Within target per hall',
      none: 'No hall was simulated.',
      bar: 'Within target now',
      gap: 'Shortfall',
      range: '95% range',
      target: 'Target',
      label: (hall: string, share: string, target: string) => `${hall}: ${share} within target, target ${target}`,
      gapLabel: (points: string) => `−${points} pts`,
      summaryShort: (k: number, target: string, hall: string, points: string) =>
        `${k} ${k === 1 ? 'hall is' : 'halls are'} below the target (dotted line, ${target}); furthest: ${hall}, ${points} percentage points short. The thin line on each bar is its 95% range.`,
      summaryMeet: (target: string) =>
        `Every hall is at or above the target (dotted line, ${target}). The thin line on each bar is its 95% range.`,
      csvHeader: ['rank', 'hall', 'name', 'within target now', '95% low', '95% high', 'target', 'shortfall'],
    },
    windows: {
      title: 'Windows installed and needed',
      installed: 'Installed',
      needed: 'Needed (plan, at the peak)',
      note: (installed: number, needed: number, more: number) =>
        `${installed} → ${needed}${more > 0 ? ` (+${more})` : ''}`,
      noteNoPlan: (installed: number) => `${installed} installed · no plan`,
      summary: (k: number, hall: string, installed: number, needed: number) =>
        `${k} ${k === 1 ? 'hall needs' : 'halls need'} more windows at the peak than are installed; most: ${hall}, ${installed} installed, ${needed} needed.`,
      summaryEnough: 'Every planned hall has the windows its plan needs at the peak.',
      summaryNone: 'No hall has a staffing plan.',
      csvHeader: ['rank', 'hall', 'name', 'windows installed', 'windows needed', 'more windows'],
    },
  },
};

export type ProvinceMessages = typeof provinceEn;
