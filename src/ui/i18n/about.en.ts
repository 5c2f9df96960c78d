/**
 * The "about the model" page in English: what the simulator is, and what the repository's tests
 * check it against (tests/validation, tests/hall/textbook.test.ts, the *.long.test.ts checks),
 * with the tolerance they use. Only what is actually tested is stated.
 */
export interface AboutCheck {
  what: string;
  how: string;
}

export interface AboutMessages {
  open: string;
  heading: string;
  intro: string;
  modelHeading: string;
  model: string[];
  theoryHeading: string;
  theoryLead: string;
  theory: AboutCheck[];
  otherHeading: string;
  other: AboutCheck[];
  limitsHeading: string;
  limits: string[];
  liveHeading: string;
  liveLead: string;
}

export const aboutEn: AboutMessages = {
  open: 'About the model',
  heading: 'About the model',
  intro:
    'How HallFlow computes its figures, and how the simulator was checked against results known from queueing theory.',
  modelHeading: 'What the model does',
  model: [
    'HallFlow simulates the hall taxpayer by taxpayer: each arrives at a random time following the day’s demand, takes a ticket, waits for a window that handles their business, is served for a random handling time, and may leave before service if the wait exceeds their patience.',
    'One simulated period is a single possible month; the app runs it many times with different random taxpayers (the replications) and shows the averages with their confidence intervals.',
  ],
  theoryHeading: 'Checked against queueing theory',
  theoryLead:
    'Each check runs the simulator 20 to 30 times and passes only if the exact value from theory lies inside the simulation’s 99% confidence interval; the tolerance is that interval, never a margin widened until the test passed.',
  theory: [
    {
      what: 'Identical windows with random arrivals and handling times (Erlang C)',
      how: '1 window at 50% load, 10 windows at 80% and 20 windows at 95%: the mean wait, the share who wait at all, and the utilisation.',
    },
    {
      what: 'A limited waiting room',
      how: '3 windows with room for 3 more at 120% load: the share turned away and the mean wait of those admitted.',
    },
    {
      what: 'Taxpayers who leave before service (Erlang A)',
      how: '5 windows, patience of 2 minutes on average: the share who leave before service, the mean waits and the share who wait.',
    },
    {
      what: 'Handling times that are not exponential (Pollaczek–Khinchine)',
      how: 'One window at 80% load with fixed handling times, and with lognormal times varying 1.5 times their mean: the mean wait.',
    },
    {
      what: 'Priority for one group of taxpayers (Cobham)',
      how: 'Two classes at one window, one called first: the mean wait of each class.',
    },
    {
      what: 'Demand that changes during the day',
      how: 'Arrivals stepping up and down with unlimited windows: the number present at chosen times matches theory in its mean and its spread.',
    },
    {
      what: 'The whole hall pipeline',
      how: 'The two textbook presets (10 windows at 80% load; 5 windows with taxpayers leaving before service) run through the calendar, demand and windows of a real scenario: the mean wait, the utilisation and the share leaving before service agree with Erlang C and Erlang A.',
    },
  ],
  otherHeading: 'Other checks',
  other: [
    {
      what: 'Another simulator',
      how: '10 windows at 90% load simulated by an independent library (simjs) and by HallFlow: the two mean waits agree within their 99% intervals, and both contain the Erlang C value.',
    },
    {
      what: 'Nobody is lost',
      how: 'In every replication, arrivals equal those served, those who left before service, those who did not take a ticket, those turned away and those still present; also when windows close while taxpayers wait.',
    },
    {
      what: 'Repeatable',
      how: 'The same random seed gives the same result to the last digit; another seed gives another.',
    },
    {
      what: 'The staffing plan',
      how: 'A long check (run separately, minutes per run): with demand rising and falling through the day, the plan’s staffing re-simulated on fresh random taxpayers gives each half hour the share waiting that was asked for, within one window’s difference.',
    },
  ],
  limitsHeading: 'What this does not show',
  limits: [
    'The checks show that the simulator computes queues correctly. Whether a scenario describes your hall depends on its figures: the demo hall’s figures are synthetic estimates. Import your queue system’s export to fit them and compare the model with what your hall recorded.',
  ],
  liveHeading: 'Check it yourself: windows against Erlang C',
  liveLead:
    'Choose arrivals, handling time and windows: the simulator runs in this browser and its estimates are set beside the exact Erlang C values.',
};
