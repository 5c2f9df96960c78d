/**
 * Which result counts as "was" when the key figures show the effect of a change, and when the
 * comparison is on screen. A pure state machine: the run store feeds it what it shows.
 *
 * The rules (the report and the UX notes describe them the same way):
 *  - "Was" is the last full, complete result shown (the baseline): never the quick first pass of
 *    a few replications, never a cancelled partial result. A full result of a changed scenario
 *    is compared with it, then becomes the baseline for the next change.
 *  - Only results of the same scenario family (ScenarioStore.lineage) are compared. Loading a
 *    preset or importing a scenario file starts a new family: its first result has no was → now
 *    (comparing another hall is not the effect of a change). Edits, undo and redo within a family,
 *    adopting a staffing plan and applying a fit of the hall's own history are changes, and
 *    are compared; undo or redo back across a load returns to that family's scenarios, whose
 *    baseline is gone, so the first result there is not compared either.
 *  - The same scenario again (Run pressed, or re-run after a comparison): with the same seed
 *    and replications the result is the same, and the effect shown before stays; with another
 *    seed or number of replications nothing was changed in the hall, so there is no was → now.
 *  - While a quick pass is shown and a comparison is due, the note says it comes with the full
 *    result; a cancelled run's partial result says it is not compared; a failed run leaves no note
 *    (the run bar says why). The effect is shown only while its result is on screen.
 */
import { changeEffect, type ChangeEffect } from './change-effect.ts';
import type { RunSnapshot } from './run-values.ts';

export interface WasNow {
  /** The last full, complete result shown: what the next one is compared with. */
  baseline: RunSnapshot | null;
  /** How the baseline differs from the full result before it; null when it was not compared. */
  effect: ChangeEffect | null;
  /** Whether the result on screen is the baseline (so the effect describes it). */
  showing: boolean;
  /** A line beside the key figures while a comparison is due but not on screen. */
  note: 'waiting' | 'partial' | null;
}

export const START: WasNow = { baseline: null, effect: null, showing: false, note: null };

/** A result short of the full run: the quick first pass, or a cancelled run's partial result. */
export interface Preliminary {
  kind: 'quick' | 'partial';
  lineage: number;
  /** The scenario's JSON text. */
  scenario: string;
  seed: number;
  /** Replications the full run asks for. */
  replications: number;
}

const sameRun = (a: RunSnapshot, b: RunSnapshot): boolean =>
  a.scenario === b.scenario &&
  a.seed === b.seed &&
  a.values.replications.length === b.values.replications.length &&
  a.values.replications.every((r, i) => r === b.values.replications[i]);

/** A full, complete result is shown. */
export function onFull(state: WasNow, now: RunSnapshot): WasNow {
  const was = state.baseline;
  if (was === null || was.lineage !== now.lineage) return { baseline: now, effect: null, showing: true, note: null };
  if (sameRun(was, now)) return { baseline: now, effect: state.effect, showing: true, note: null };
  // only the run's settings changed
  if (was.scenario === now.scenario) return { baseline: now, effect: null, showing: true, note: null };
  return { baseline: now, effect: changeEffect(was, now), showing: true, note: null };
}

/** Whether the full result of this run will show a was → now (see onFull). */
function comparisonDue(state: WasNow, p: Preliminary): boolean {
  const was = state.baseline;
  if (was === null || was.lineage !== p.lineage) return false;
  if (was.scenario !== p.scenario) return true;
  return state.effect !== null && was.seed === p.seed && was.values.replications.length === p.replications;
}

/** A quick pass or a partial result is shown. */
export function onPreliminary(state: WasNow, p: Preliminary): WasNow {
  const due = comparisonDue(state, p);
  return { ...state, showing: false, note: !due ? null : p.kind === 'quick' ? 'waiting' : 'partial' };
}

/** The run was cancelled with nothing new to show: a quick pass on screen is now all there will be. */
export function onCancelled(state: WasNow): WasNow {
  return state.note === 'waiting' ? { ...state, note: 'partial' } : state;
}

/** The run failed: no full result is coming. */
export function onFailed(state: WasNow): WasNow {
  return state.note === null ? state : { ...state, note: null };
}

/** The effect to show beside the result on screen, or null. */
export function shownEffect(state: WasNow): ChangeEffect | null {
  return state.showing ? state.effect : null;
}
