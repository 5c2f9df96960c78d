/**
 * English strings of the fit's change list: the fields by human names, and one plain sentence per
 * change saying how the fit got the number and why it is not a plain measurement where it is not
 * (a base rescaled with its factors, shares renormalised, a family chosen by a test, patience
 * from censored waits). This object defines the shape the Chinese one must match.
 */

/** Demand classes of working days (the reference one is the base of the daily volume). */
type DayClassWords = { ordinary: string; filing: string; filingFirst: string; filingLast: string; deadline: string };

export const changesEn = {
  why: 'How the fit got it',
  names: {
    dailyVolume: 'Daily volume',
    dayTypeFactors: 'Day-type factors',
    filingPositionFactors: 'First and last days of the filing period',
    weekdayFactors: 'Weekday factors',
    intraday: 'Arrivals through the day',
    share: (type: string) => `${type}: share`,
    monthShare: (type: string, month: string) => `${type}: share in ${month}`,
    service: (type: string) => `${type}: handling time`,
    acceptance: (type: string) => `${type}: acceptance time`,
    kioskTime: (type: string) => `${type}: kiosk time`,
    appointmentShare: 'Visitors who book an appointment',
    noShow: 'Bookings not turned up',
    kioskChoice: 'Walk-ins choosing a kiosk',
    patience: 'Patience (how long taxpayers wait before they leave before service)',
  },
  /** ISO weekdays 1–7. */
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as string[],
  month: (m: number) =>
    [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ][m - 1] ?? `month ${m}`,
  /** A class of days as the base ("the base of an ordinary day"). */
  oneDay: {
    ordinary: 'an ordinary day',
    filing: 'a filing-period day',
    filingFirst: 'a first day of the filing period',
    filingLast: 'a last day before the deadline',
    deadline: 'a deadline day',
  } as DayClassWords,
  /** Classes of days in a list ("filing-period days and deadline days"). */
  days: {
    ordinary: 'ordinary days',
    filing: 'filing-period days',
    filingFirst: 'the first filing days',
    filingLast: 'the last days before the deadline',
    deadline: 'deadline days',
  } as DayClassWords,
  list: (items: string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  numbers: (items: string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  sentence: {
    dailyVolume: (a: {
      ref: string;
      was: string | null;
      classes: string;
      factors: string;
      days: string;
      month: string | null;
      online: string | null;
    }) =>
      `Now the base of ${a.ref} (factor 1${a.was ? `; the scenario’s figure amounts to ${a.was} visitors` : ''}); ${a.classes} are ${a.factors} times this; the factors were re-estimated from ${a.days} working days of the log and the base rescaled so that base × factor reproduces the days in the log${a.month ? ` (${a.month})` : ''}${a.online ? `; the base is before the ${a.online} who use online services` : ''}.`,
    monthFactor: (month: string, factor: string) => `${month} also times its month factor ${factor}`,
    factors: (a: {
      ref: string;
      days: string;
      names: string;
      now: string;
      was: string | null;
      missing: string | null;
    }) =>
      `Re-estimated from ${a.days} working days of the log, relative to ${a.ref} (= 1): ${a.names} bring ${a.now} times as many visitors${a.was ? ` (the scenario’s factors amount to ${a.was})` : ''}${a.missing ? `; no ${a.missing} in the log, so the scenario’s ratio is kept` : ''}.`,
    weekdays: (a: { high: string; highValue: string; low: string; lowValue: string; missing: string | null }) =>
      `Re-estimated from the visitors on each weekday, then scaled to average 1 (geometric mean) so that the daily volume stands for an average day: ${a.high} highest (${a.highValue}), ${a.low} lowest (${a.lowValue})${a.missing ? `; no ${a.missing} in the log, so the scenario’s ratios are kept, rescaled` : ''}.`,
    intraday: (a: { tickets: string; pooled: boolean; smoothing: string | null }) =>
      `Counted from the ${a.tickets} walk-in and appointment tickets in each interval, ${a.pooled ? 'one profile for all days' : 'one profile per day type'}, ${a.smoothing ?? 'not smoothed'}; the shares are rounded to add up to 100%.`,
    smoothing: (k: number) => `then smoothed by a moving average over ${k} intervals (peaks come out a little lower)`,
    share: (a: { measured: string }) =>
      `Its share of the visitors in the log, ${a.measured}; the shares of all types are normalised to add up to 100%.`,
    shareScaled: (a: { measured: string; own: string; months: string; kept: string; rest: string; after: string }) =>
      `${a.measured} of the visitors of the other types in the log; ${a.own} has a share of its own in ${a.months}, so its year share of ${a.kept} is kept and the other types are normalised to ${a.rest} between them: ${a.after}.`,
    /** The same for the next types of the list (the first says why). */
    shareScaledShort: (a: { measured: string; rest: string; after: string }) =>
      `${a.measured} of the visitors of the other types in the log, normalised to ${a.rest} as above: ${a.after}.`,
    monthShare: (a: { type: string; month: string }) =>
      `Counted directly: the share of ${a.type} among the visitors in ${a.month} in the log; the year share is left as it is.`,
    handlingBest: (a: { n: string; chosen: string; gap: string; critical: string }) =>
      `Of lognormal and gamma, the ${a.chosen} comes closest to the ${a.n} handling records: its cumulative shares differ from theirs by at most ${a.gap}, under the 5% test’s limit of ${a.critical} (KS test), so it was chosen.`,
    handlingNeither: (a: { n: string; critical: string }) =>
      `Lognormal and gamma both differ from the ${a.n} handling records by more than the 5% test’s limit of ${a.critical} (KS test), so the records’ own distribution (empirical) is used.`,
    handlingForced: (a: { n: string; chosen: string; gap: string }) =>
      `The ${a.chosen} you chose, fitted to ${a.n} handling records (cumulative shares differ by at most ${a.gap}).`,
    patience: (a: { events: string; censored: string; chosen: string }) =>
      `Estimated by Kaplan–Meier from when ${a.events} tickets of taxpayers who left before service were found gone and how long ${a.censored} served tickets waited: a served taxpayer only shows that their patience was at least that long (censored), so those waits cannot simply be averaged; the ${a.chosen} distribution follows the curve more closely (smaller AIC).`,
    counted: (rows: string) => `Counted directly from the log: ${rows}.`,
    estimated: (rows: string, method: string) => `Estimated from the log (${method}): ${rows}.`,
  },
};

export type ChangeMessages = typeof changesEn;
