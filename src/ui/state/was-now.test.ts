/**
 * Which result counts as "was": the sequences of results the run store shows after edits,
 * cancels, failures, loads and re-runs, and what the key figures then show.
 */
import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from './run-values.ts';
import {
  START,
  onCancelled,
  onFailed,
  onFull,
  onPreliminary,
  shownEffect,
  type Preliminary,
  type WasNow,
} from './was-now.ts';

/** A full run of scenario `scenario` whose mean wait is `wait` + r/10 in replication r. */
function full(
  scenario: string,
  wait: number,
  options: { lineage?: number; seed?: number; replications?: number } = {},
): RunSnapshot {
  const n = options.replications ?? 4;
  const reps = Array.from({ length: n }, (_, r) => r);
  const w = reps.map((r) => wait + r / 10);
  return {
    lineage: options.lineage ?? 0,
    scenario,
    seed: options.seed ?? 7,
    values: {
      replications: reps,
      metrics: {
        'wait-mean': w,
        'wait-p90': w.map((x) => 2 * x),
        utilisation: reps.map(() => 0.8),
        abandoned: reps.map(() => 3),
        'on-time': reps.map(() => null),
      },
      within: reps.map(() => 90),
      joined: reps.map(() => 100),
    },
    intervals: { met: 10, total: 12 },
    target: { waitMinutes: 15, share: 0.9 },
  };
}

function quick(scenario: string, options: Partial<Preliminary> = {}): Preliminary {
  return { kind: 'quick', lineage: 0, scenario, seed: 7, replications: 4, ...options };
}

const waitOf = (s: WasNow) => shownEffect(s)?.figures.find((f) => f.id === 'wait-mean') ?? null;

describe('"was" is the last full result before the change', () => {
  it('the first result has nothing to be compared with', () => {
    let s = onPreliminary(START, quick('A'));
    expect(s.note).toBeNull();
    s = onFull(s, full('A', 4));
    expect(shownEffect(s)).toBeNull();
    expect(s.baseline!.scenario).toBe('A');
  });

  it('after an edit: the quick pass says the comparison comes with the full result, which shows was → now', () => {
    let s = onFull(START, full('A', 4));
    s = onPreliminary(s, quick('B'));
    expect(s.note).toBe('waiting');
    expect(shownEffect(s)).toBeNull(); // the quick pass is not compared
    s = onFull(s, full('B', 6));
    expect(s.note).toBeNull();
    expect(waitOf(s)!.difference).toMatchObject({ was: 4.15, now: 6.15, mean: 2, halfWidth: 0 });
    expect(waitOf(s)!.verdict).toBe('worse');
    // B is "was" for the next change.
    s = onFull(onPreliminary(s, quick('C')), full('C', 5));
    expect(waitOf(s)!.difference).toMatchObject({ was: 6.15, now: 5.15 });
    expect(waitOf(s)!.verdict).toBe('better');
  });

  it('two edits before the full result: both are compared with the last full result', () => {
    let s = onFull(START, full('A', 4));
    s = onPreliminary(s, quick('B')); // B's full pass is cut short by the next edit
    s = onPreliminary(s, quick('C'));
    s = onFull(s, full('C', 5));
    expect(waitOf(s)!.difference).toMatchObject({ was: 4.15, now: 5.15 });
  });

  it('a cancelled run: its partial result is not compared, and "was" stays', () => {
    let s = onFull(START, full('A', 4));
    s = onCancelled(onPreliminary(s, quick('B')));
    expect([s.note, shownEffect(s)]).toEqual(['partial', null]);
    s = onPreliminary(s, quick('B', { kind: 'partial' }));
    expect(s.note).toBe('partial');
    s = onFull(onPreliminary(s, quick('C')), full('C', 5));
    expect(waitOf(s)!.difference).toMatchObject({ was: 4.15, now: 5.15 });
  });

  it('a failed run leaves no note (no full result is coming); the comparison on screen stays with its result', () => {
    let s = onFull(onPreliminary(onFull(START, full('A', 4)), quick('B')), full('B', 6));
    s = onFailed(s); // failed before showing anything: B and its was → now are still on screen
    expect(waitOf(s)!.verdict).toBe('worse');
    s = onFailed(onPreliminary(s, quick('C')));
    expect([s.note, shownEffect(s)]).toEqual([null, null]);
  });

  it('a scenario from elsewhere (another family: preset, file) is not compared', () => {
    let s = onFull(START, full('A', 4));
    s = onPreliminary(s, quick('P', { lineage: 1 }));
    expect(s.note).toBeNull();
    s = onFull(s, full('P', 9, { lineage: 1 }));
    expect(shownEffect(s)).toBeNull();
    // Its first edit is compared with it; undo back across the load (family 0) is not.
    s = onFull(s, full('P2', 10, { lineage: 1 }));
    expect(waitOf(s)!.difference).toMatchObject({ was: 9.15, now: 10.15 });
    s = onFull(onPreliminary(s, quick('A')), full('A', 4));
    expect(shownEffect(s)).toBeNull();
  });

  it('the same scenario again: the same run keeps its was → now; another seed is no change to the hall', () => {
    let s = onFull(onPreliminary(onFull(START, full('A', 4)), quick('B')), full('B', 6));
    s = onPreliminary(s, quick('B'));
    expect(s.note).toBe('waiting'); // the full result will show A → B again
    s = onFull(s, full('B', 6));
    expect(waitOf(s)!.difference).toMatchObject({ was: 4.15, now: 6.15 });
    s = onPreliminary(s, quick('B', { seed: 8 }));
    expect(s.note).toBeNull();
    s = onFull(s, full('B', 6.5, { seed: 8 }));
    expect(shownEffect(s)).toBeNull();
    expect(s.baseline!.seed).toBe(8);
  });

  it('an edit after the seed or replications changed: compared unpaired, and says why', () => {
    let s = onFull(START, full('A', 4));
    s = onFull(s, full('B', 6, { seed: 8, replications: 6 }));
    expect(shownEffect(s)!.unpaired).toEqual({ seed: true, replications: true });
    expect(waitOf(s)!.difference!.was).toBeCloseTo(4.15, 12);
    expect(waitOf(s)!.difference!.now).toBeCloseTo(6.25, 12);
  });
});
