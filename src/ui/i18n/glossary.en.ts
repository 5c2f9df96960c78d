/**
 * The glossary in English: every technical term the app shows, in words a hall director uses,
 * with an example in the demo hall's numbers where one helps. The keys are GLOSSARY_KEYS
 * (glossary/keys.ts); the Chinese dictionary must have the same ones.
 */
import type { GlossaryKey } from '../glossary/keys.ts';

export interface GlossaryEntry {
  /** The term as the app shows it. */
  term: string;
  /** One or two sentences a director without queueing theory understands. */
  text: string;
  /** An example with hall numbers, where one helps. */
  example?: string;
}

export interface GlossaryMessages {
  heading: string;
  intro: string;
  open: string;
  what: (term: string) => string;
  example: string;
  close: string;
  allTerms: string;
  back: string;
  entries: Record<GlossaryKey, GlossaryEntry>;
}

export const glossaryEn: GlossaryMessages = {
  heading: 'Glossary',
  intro:
    'The words the app uses about statistics, planning methods and the service rules, in plain words. A “?” beside a term opens its entry.',
  open: 'Glossary',
  what: (term: string) => `What is “${term}”?`,
  example: 'Example',
  close: 'Close',
  allTerms: 'All terms',
  back: 'Back',
  entries: {
    ci: {
      term: 'Confidence interval (±)',
      text: 'A simulation of random days never gives exactly the same figure twice. The confidence interval is the range in which the true figure lies with 95% certainty; “±” gives its half-width.',
      example:
        'Mean wait 3.0 ± 0.1 min: run the same simulation again and the mean wait lands between 2.9 and 3.1 minutes with 95% certainty.',
    },
    replications: {
      term: 'Replications',
      text: 'How many times the same period is simulated with different random taxpayers. More replications give narrower confidence intervals and take longer.',
      example:
        '20 replications of March: 20 different Marches with the same demand; the figures shown are their averages.',
    },
    seed: {
      term: 'Random seed',
      text: 'The number the random taxpayers are drawn from. The same seed gives exactly the same result again, so two scenarios run with one seed differ only by the change made.',
    },
    warmup: {
      term: 'Warm-up days',
      text: 'Days simulated first and left out of the figures, so the month does not start with an empty back office.',
      example: 'With 5 warm-up days, cases already open on 1 March are there, as in the real hall.',
    },
    cv: {
      term: 'Coefficient of variation (CV)',
      text: 'How much handling times vary around their mean: the standard deviation divided by the mean. 0 means every visit takes the same time; 1 means they vary as much as their mean.',
      example: 'Invoice issuing with mean 3 min and CV 0.8: most visits take 1 to 5 minutes, a few take 10 or more.',
    },
    ks: {
      term: 'KS test',
      text: 'The Kolmogorov–Smirnov test compares a fitted distribution with the recorded times; its distance is the largest gap between the two curves. A small distance means the fitted curve describes the records well.',
    },
    kaplanMeier: {
      term: 'Kaplan–Meier',
      text: 'A way to estimate how long taxpayers are willing to wait when most of them were served before they would have left: it counts only what is known of each one.',
      example:
        'A taxpayer served after 20 minutes would have waited at least 20 minutes; that is used, not taken as their patience.',
    },
    censored: {
      term: 'Censored',
      text: 'A record that shows only a lower limit: a served taxpayer shows how long they waited, not how long they would have waited before leaving.',
    },
    aic: {
      term: 'AIC',
      text: 'A score for choosing between fitted distributions: the smaller it is, the better the curve fits the records without needless complexity.',
    },
    sipp: {
      term: 'SIPP',
      text: 'A classic staffing rule: each half hour is treated as if its arrival rate held steady, and the queueing formula gives the windows it needs.',
    },
    laggedSipp: {
      term: 'Lagged SIPP',
      text: 'SIPP with the arrivals shifted by about one handling time, because a window stays busy with the people who arrived a little earlier.',
    },
    mol: {
      term: 'MOL (modified offered load)',
      text: 'A staffing rule that counts the people still being served from earlier half hours as load, so the windows follow the peak with its delay.',
    },
    isa: {
      term: 'ISA (iterative staffing)',
      text: 'The plan’s own method: simulate the hall, add windows where the target is missed, remove them where there is room, and repeat until the plan no longer changes.',
    },
    utilisation: {
      term: 'Utilisation',
      text: 'The share of open window time spent serving taxpayers. Above about 85% lines grow quickly from small surges.',
      example: '12 windows open for an hour at 80% utilisation: together they served for 9.6 of the 12 window-hours.',
    },
    percentile: {
      term: 'Percentile (90th percentile)',
      text: 'The wait that a given share of taxpayers do not exceed. The 90th percentile is the wait 90 in 100 stay within; the rest wait longer.',
      example: '90th percentile wait 15 min: 9 of 10 taxpayers were called within 15 minutes.',
    },
    significant: {
      term: 'Significant difference',
      text: 'A difference between two runs larger than chance alone explains. Both runs use the same random taxpayers (a paired comparison), so the difference comes from the change made.',
    },
    abandonment: {
      term: 'Left before service',
      text: 'A taxpayer who took a ticket and joined the line but left before being called, because the wait exceeded their patience.',
    },
    balking: {
      term: 'Balking',
      text: 'A taxpayer who sees a long line or a long predicted wait at the ticket machine and leaves without taking a ticket.',
    },
    staggered: {
      term: 'Staggered booking',
      text: 'During the filing peak the bureau invites taxpayers to come at a quieter time; those who accept are served through the green channel. Nobody is forced.',
      example: 'On a filing day of 650 tickets, inviting 4% asks about 26 taxpayers to come on a quieter day or hour.',
    },
    firstInquiry: {
      term: 'First-inquiry responsibility',
      text: 'The first officer a taxpayer reaches (the first-inquiry officer) handles the matter or sees it through; what cannot be done on the spot is entered in the ledger and followed to the answer.',
    },
    timeLimited: {
      term: 'Time-limited completion',
      text: 'Each non-immediate matter has a published time limit in working days; the hall warns before the deadline and traces every overdue case.',
      example: 'Export tax refunds: on average no more than 8 working days.',
    },
    extendedHours: {
      term: 'Extended-hours service',
      text: 'Taxpayers still being served or waiting at closing time are served after hours; the extra time is recorded per window and given back as time off.',
    },
    greenChannel: {
      term: 'Green channel',
      text: 'A priority lane: taxpayers who accepted a staggered booking (and other priority cases) are called before the ordinary line at the windows that serve it.',
    },
    erlangC: {
      term: 'Erlang C',
      text: 'The textbook formula for the wait at identical windows with random arrivals and handling times. The model check compares the simulation with it.',
    },
  },
};
