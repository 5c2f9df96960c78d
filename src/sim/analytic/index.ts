/**
 * Exact queueing formulas: the reference the simulation kernel is validated against and the
 * building blocks of the capacity planner. Pure functions; every one checks its arguments
 * and throws `ParameterError` (from `../errors.ts`) naming the parameter at fault.
 */
export { erlangB, erlangC, mmc, squareRootStaffing, halfinWhittDelay } from './erlang.ts';
export { normalCdf } from '../math/normal.ts';
export type { MMcResult } from './erlang.ts';
export { erlangA, answeredWithin } from './erlang-a.ts';
export type { ErlangAResult, AnsweredWithin } from './erlang-a.ts';
export { mmck } from './mmck.ts';
export type { MMcKResult } from './mmck.ts';
export { mg1, md1 } from './mg1.ts';
export type { MG1Result } from './mg1.ts';
export { priorityMG1, priorityMMc } from './priority.ts';
export type { PriorityClassMG1, PriorityClassResult, PriorityResult } from './priority.ts';
export { erlangARedial } from './retrial.ts';
export type { ErlangARedialInput, RedialResult } from './retrial.ts';
export { erlangARedialCtmc } from './retrial-ctmc.ts';
export type { ErlangARedialCtmcInput, RedialCtmcResult } from './retrial-ctmc.ts';
