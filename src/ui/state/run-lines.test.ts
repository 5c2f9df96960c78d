import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../sim/scenario/index.ts';
import { runBarLines, sameScenario, type RunBarState } from './run-lines.ts';

const IDLE: RunBarState = {
  status: 'idle',
  stage: null,
  refining: false,
  progress: null,
  partial: false,
  shownReplications: 0,
  fromKept: null,
  failure: null,
  failureCurrent: false,
  heldBy: null,
  valid: true,
  stale: false,
};
const progress = { done: 2, total: 4, fraction: 0.5, elapsedSeconds: 1.26, etaSeconds: 1.3 };
const kinds = (s: Partial<RunBarState>) => runBarLines({ ...IDLE, ...s }).map((l) => l.kind);

describe('run bar lines show only while they hold', () => {
  it('nothing before the first run', () => {
    expect(kinds({})).toEqual([]);
  });

  it('progress: "first look" in the quick pass, "refining" only while a first look is on screen, else "running"', () => {
    expect(runBarLines({ ...IDLE, status: 'running', stage: 'quick', progress })).toEqual([
      { kind: 'progress', pass: 'quick', progress },
    ]);
    expect(runBarLines({ ...IDLE, status: 'running', stage: 'full', refining: true, progress: null })).toEqual([
      { kind: 'progress', pass: 'refining', progress: null },
    ]);
    // A single pass (4 replications or fewer), or the quick pass cut short: nothing is being refined.
    expect(runBarLines({ ...IDLE, status: 'running', stage: 'full', refining: false, progress })).toEqual([
      { kind: 'progress', pass: 'running', progress },
    ]);
  });

  it('after a finished run: the replications and seconds; no progress, no refining', () => {
    expect(runBarLines({ ...IDLE, status: 'done', progress, shownReplications: 20 })).toEqual([
      { kind: 'done', replications: 20, seconds: 1.3 },
    ]);
    // A kept result was not run on this visit: it says so instead of a run time.
    expect(runBarLines({ ...IDLE, status: 'done', progress: null, fromKept: 'build', shownReplications: 20 })).toEqual([
      { kind: 'kept', origin: 'build', replications: 20 },
    ]);
    expect(runBarLines({ ...IDLE, status: 'done', progress, fromKept: 'browser', shownReplications: 20 })).toEqual([
      { kind: 'kept', origin: 'browser', replications: 20 },
    ]);
  });

  it('after a cancel: "partial" only when the result on screen is short of its run, else the earlier result is kept', () => {
    expect(runBarLines({ ...IDLE, status: 'cancelled', partial: true, shownReplications: 4 })).toEqual([
      { kind: 'partial', replications: 4 },
    ]);
    expect(kinds({ status: 'cancelled', partial: false, shownReplications: 20 })).toEqual(['cancelled']);
  });

  it('a failure only while the scenario that failed is the current one', () => {
    const failure = { kind: 'failed' as const, detail: 'x' };
    expect(runBarLines({ ...IDLE, status: 'error', failure, failureCurrent: true })).toEqual([
      { kind: 'failed', failure },
    ]);
    expect(kinds({ status: 'error', failure, failureCurrent: false, stale: true })).toEqual(['stale']);
    // A new run clears it (status running).
    expect(kinds({ status: 'running', stage: 'quick', failure: null })).toEqual(['progress']);
  });

  it('"fix the problems" while the scenario is invalid (and then not "changed since"); "changed since" not while running', () => {
    expect(kinds({ status: 'done', progress, valid: false, stale: true })).toEqual(['done', 'invalid']);
    expect(kinds({ status: 'done', progress, valid: true, stale: true })).toEqual(['done', 'stale']);
    expect(kinds({ status: 'running', stage: 'quick', stale: true })).toEqual(['progress']);
    expect(kinds({ status: 'done', progress, valid: true, stale: false })).toEqual(['done']);
  });

  it('a comparison or plan holding the workers, while it does', () => {
    expect(kinds({ status: 'cancelled', partial: true, heldBy: 'compare' })).toEqual(['partial', 'held']);
    expect(kinds({ status: 'done', progress, heldBy: null })).toEqual(['done']);
  });
});

describe('sameScenario', () => {
  it('is the same object or the same content (an undo makes a new object)', () => {
    const a = structuredClone(demo) as unknown as Scenario;
    expect(sameScenario(a, a)).toBe(true);
    expect(sameScenario(a, structuredClone(a))).toBe(true);
    expect(sameScenario(a, { ...a, name: { zh: '乙', en: 'B' } })).toBe(false);
    expect(sameScenario(null, a)).toBe(false);
  });
});
