/** English strings. This dictionary defines the shape (`Messages`) the Chinese one must match. */
import { appEn } from './app.en.ts';
import { chartsEn } from './charts.en.ts';
import { editorEn } from './editor.en.ts';
import { viewsEn } from './views.en.ts';
import { planEn } from './plan.en.ts';
import { planPathEn } from './plan-path.en.ts';
import { historyEn } from './history.en.ts';
import { glossaryEn } from './glossary.en.ts';
import { aboutEn } from './about.en.ts';
import { recoveryEn } from './recovery.en.ts';
import { provinceEn } from './province.en.ts';

export const en = {
  languageName: 'English',
  languageLabel: 'Language',
  title: 'HallFlow 办税服务厅容量规划',
  subtitle: 'Capacity planning for the tax service hall',
  kernelNote:
    'The model check: the simulation kernel runs an M/M/c queue (Poisson arrivals, exponential service, c windows) and its estimates are set beside the exact Erlang C values. When the kernel is right, the exact value lies inside the confidence interval about 95 times in 100.',
  privacyNote: 'Everything is computed in this browser; no data leaves the page.',

  formLegend: 'M/M/c model',
  fields: {
    arrivalRate: 'Arrival rate (customers per minute)',
    meanService: 'Mean service time (minutes)',
    servers: 'Servers (windows)',
    replications: 'Replications',
    seed: 'Random seed',
  },
  fixedSettings: (horizon: number, warmup: number) =>
    `Each replication simulates ${horizon} minutes after a warm-up of ${warmup} minutes.`,
  allowedPositive: (max: number) => `a number greater than 0 and at most ${max}`,
  allowedInteger: (min: number, max: number) => `a whole number from ${min} to ${max}`,
  emptyValue: '(empty)',
  fieldError: (field: string, value: string, allowed: string) =>
    `${field}: “${value}” is not allowed. Allowed: ${allowed}.`,
  formInvalid: 'Please correct the marked fields. Nothing was run.',

  run: 'Run simulation',
  running: 'Running…',
  cancel: 'Cancel',
  cancelled: 'The run was cancelled.',

  resultHeading: 'Simulation against Erlang C',
  offeredLoad: (rho: string) => `Offered load ρ = λ / (c·μ) = ${rho}`,
  colMetric: 'Metric',
  colSimulated: (level: string) => `Simulated (mean ± ${level} CI half-width)`,
  colTheory: 'Erlang C (exact)',
  colAgrees: (level: string) => `Exact value inside the ${level} CI`,
  rowMeanWait: 'Mean wait in queue (minutes)',
  rowPWait: 'P(wait > 0)',
  rowUtilisation: 'Server utilisation',
  yes: 'yes',
  no: 'no',
  unstable: 'unstable (ρ ≥ 1)',
  unstableNote:
    'Arrivals reach or exceed capacity (λ ≥ c·μ): the queue grows without bound and there is no steady state. The simulated numbers only describe this finite run.',
  runSummary: (replications: string, customers: string, events: string, seconds: string) =>
    `${replications} replications · ${customers} customers · ${events} events · ${seconds} s`,

  kernelRejected: (message: string) => `The simulator rejected a parameter: ${message}`,
  workerCrashed: (detail: string) =>
    `The simulation worker stopped unexpectedly${detail ? ` (${detail})` : ''}. A fresh worker will be started on the next run.`,
  runFailed: (detail: string) => `The simulation failed: ${detail}`,
  replicationFailed: (replication: number, seed: number, detail: string) =>
    `The simulation stopped at replication ${replication} (seed ${seed}): ${detail}. Your scenario is saved; run it again, or restore the last good scenario.`,

  app: appEn,
  editor: editorEn,
  charts: chartsEn,
  views: viewsEn,
  plan: planEn,
  planPath: planPathEn,
  history: historyEn,
  glossary: glossaryEn,
  about: aboutEn,
  recovery: recoveryEn,
  province: provinceEn,
};

export type Messages = typeof en;
