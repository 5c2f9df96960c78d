/**
 * The tax-hall model: the Scenario (types, validation, defaults), one replication, merging.
 */
export * from '../scenario/scenario.ts';
export { DEFAULTS } from '../scenario/defaults.ts';
export { validateScenario, type Problem } from '../scenario/validate.ts';
export { runReplication, assertValid, ScenarioError, type ReplicationOptions } from './run.ts';
export { mergeResults, type MergedResult, type MetricEstimate, type MergedSeries } from './merge.ts';
export { METRIC_DEFINITIONS, type ReplicationResult, type IntervalSeries, type DaySeries, type OvertimeLedgerRow, type TimeOffRow } from './results.ts';
export { STAGES, type CaseRow, type Stage } from './cases.ts';
export { resolveScenario, type Resolved } from './resolve.ts';
