/**
 * The scenarios a planner can compare: the current one, saved variants, presets and scenario
 * files. Pure helpers for the list of picks (in the order picked: the first is the baseline),
 * saving and deleting variants, and reading a file (JSON, validated: problems are shown and an
 * invalid scenario is never run).
 */
import { type Localized, type Problem, type Scenario, validateScenario } from '../../../sim/scenario/index.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import type { Variant } from '../../state/storage.ts';
import type { CompareMessages } from '../../state/compare/table.ts';

export type ChoiceKind = 'current' | 'variant' | 'preset' | 'file';

export interface Choice {
  /** 'current', 'variant-<index>', 'preset-<id>', 'file-<n>' (also the checkbox's test id suffix). */
  id: string;
  kind: ChoiceKind;
  /** A scenario's own name (both languages) or a variant's or file's name. */
  name: Localized | string;
  /** Null while a preset loads. */
  scenario: Scenario | null;
  problems: Problem[];
}

export function nameIn(name: Localized | string, locale: Locale): string {
  return typeof name === 'string' ? name : (locale === 'en' ? name.en : name.zh) || name.en || name.zh;
}

/** "Preset: Demo …" / "预置：演示…". */
export function choiceLabel(c: Pick<Choice, 'kind' | 'name'>, t: CompareMessages, locale: Locale): string {
  return t.labels[c.kind](nameIn(c.name, locale));
}

/** Whether a choice can run: loaded and valid. */
export function runnable(c: Choice | undefined): c is Choice & { scenario: Scenario } {
  return c !== undefined && c.scenario !== null && c.problems.length === 0;
}

// ---- picks (order matters: the first is the baseline) ----

export function togglePick(picked: readonly string[], id: string, on: boolean): string[] {
  const without = picked.filter((p) => p !== id);
  return on ? [...without, id] : without;
}

export function makeBaseline(picked: readonly string[], id: string): string[] {
  return picked.includes(id) ? [id, ...picked.filter((p) => p !== id)] : [...picked];
}

/** Picks after variant `index` was deleted: its pick goes, later variants move up one. */
export function picksAfterVariantDelete(picked: readonly string[], index: number): string[] {
  return picked
    .filter((p) => p !== `variant-${index}`)
    .map((p) => {
      const m = /^variant-(\d+)$/.exec(p);
      return m && Number(m[1]) > index ? `variant-${Number(m[1]) - 1}` : p;
    });
}

// ---- variants ----

/**
 * Adds the scenario under `name` (trimmed); a variant of the same name is replaced in place.
 * Null when the name is empty.
 */
export function saveVariant(
  list: readonly Variant[],
  name: string,
  scenario: Scenario,
  now: Date,
): { list: Variant[]; index: number; replaced: boolean } | null {
  const clean = name.trim();
  if (clean === '') return null;
  const variant: Variant = { name: clean, savedAt: now.toISOString(), scenario: structuredClone(scenario) };
  const at = list.findIndex((v) => v.name === clean);
  if (at >= 0) return { list: list.map((v, i) => (i === at ? variant : v)), index: at, replaced: true };
  return { list: [...list, variant], index: list.length, replaced: false };
}

export function deleteVariant(list: readonly Variant[], index: number): Variant[] {
  return list.filter((_, i) => i !== index);
}

/** A saved variant as a choice (validated again: it may come from an older version). */
export function variantChoice(v: Variant, index: number): Choice {
  return {
    id: `variant-${index}`,
    kind: 'variant',
    name: v.name,
    scenario: v.scenario,
    problems: validateScenario(v.scenario),
  };
}

// ---- files ----

export type FileRead = { ok: true; scenario: Scenario; problems: Problem[] } | { ok: false; why: string };

/** Reads a scenario file's text: JSON (a byte-order mark is allowed) holding an object, validated. */
export function readScenarioFile(text: string, notObject: string): FileRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, why: notObject };
  return { ok: true, scenario: data as Scenario, problems: validateScenario(data) };
}
