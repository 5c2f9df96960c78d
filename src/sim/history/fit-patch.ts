/**
 * The fit as a patch to the base scenario: a list of (path, value) settings in the form the app's
 * scenario store takes (`scenario.set(path, value)`), each with the value it replaces and the
 * report key it comes from, so a planner can review and apply them one by one. Applying them
 * all gives the fitted scenario (a new object; the base is never changed).
 */
import type { Scenario } from '../scenario/index.ts';
import type { ScenarioPath } from './fit-report.ts';

export interface PatchOp {
  /** Report parameter key (or family) the value comes from. */
  key: string;
  path: ScenarioPath;
  value: unknown;
}

export interface AppliedOp extends PatchOp {
  /** The base scenario's value at the path (undefined when absent). */
  before: unknown;
}

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: ScenarioPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets a value at a path in place, creating objects on the way; undefined removes the key. */
export function setAt(root: object, path: ScenarioPath, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const next = node[path[i]];
    if (next === null || typeof next !== 'object') node[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[path[i]] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The fitted scenario and the applied patch (with the values replaced). */
export function applyPatch(base: Scenario, ops: readonly PatchOp[]): { scenario: Scenario; patch: AppliedOp[] } {
  const scenario = structuredClone(base);
  const patch: AppliedOp[] = ops.map((op) => ({ ...op, before: structuredClone(getAt(base, op.path)) }));
  for (const op of ops) setAt(scenario, op.path, structuredClone(op.value));
  return { scenario, patch };
}
