/**
 * Moving between parts of the page on the planner's behalf: which tab is shown, and what the
 * scenario editor should bring into view next (a window group's schedule for a kind of day at an
 * interval, or any field by its path), asked for by a view (the diagnosis' next steps) and taken
 * by the editor. A request is taken once: the editor clears it when it has acted on it, so the
 * same button pressed twice moves there twice.
 */
import type { DayType } from '../../sim/scenario/index.ts';

export const TABS = ['results', 'ledgers', 'compare', 'plan', 'import', 'province'] as const;
export type Tab = (typeof TABS)[number];

/**
 * Pages outside the main tabs, opened from the header: how the model was checked, the glossary,
 * and the leadership report (which takes the whole window, so that only it prints).
 */
export type Page = 'about' | 'glossary' | 'report';

export type EditorTarget =
  /** Group `group`'s schedule in the staffing grid: the column of `dayType`, the row of interval `interval`. */
  | { kind: 'schedule'; group: number; dayType: DayType; interval: number }
  /** The field that edits `path` (as the validator's problems name paths). */
  | { kind: 'field'; path: string };

class Navigation {
  tab: Tab = $state('results');
  /** A page shown instead of the tab's view (null: the tab's view). */
  page: Page | null = $state(null);
  /** The glossary entry the glossary page should scroll to when it opens. */
  glossaryEntry: string | null = $state(null);
  /** What the editor should show next (taken by ScenarioEditor). */
  editor: EditorTarget | null = $state(null);
  /** The staffing grid's part of a schedule request (taken by StaffingGrid once it is drawn). */
  grid: Extract<EditorTarget, { kind: 'schedule' }> | null = $state(null);

  /** Opens a tab (and leaves any page). */
  openTab(tab: Tab): void {
    this.page = null;
    this.tab = tab;
  }

  openPage(page: Page, glossaryEntry: string | null = null): void {
    this.glossaryEntry = glossaryEntry;
    this.page = page;
  }

  openInEditor(target: EditorTarget): void {
    this.editor = { ...target };
  }
}

export const navigation = new Navigation();
