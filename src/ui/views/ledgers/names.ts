/**
 * Names of the things a ledger refers to by id (business types, window groups), in the page's
 * language, taken from the scenario the result belongs to. An id the scenario does not know is
 * shown as it is.
 */
import type { Localized, Scenario } from '../../../sim/scenario/index.ts';
import type { Locale } from '../../i18n/index.svelte.ts';

export interface Names {
  types: Map<string, Localized>;
  groups: Map<string, Localized>;
  /** Group ids in the scenario's order (for sorting totals as the scenario lists them). */
  groupOrder: string[];
}

export function scenarioNames(s: Scenario | null): Names {
  return {
    types: new Map((s?.types ?? []).map((t) => [t.id, t.name])),
    groups: new Map((s?.windows.groups ?? []).map((g) => [g.id, g.name])),
    groupOrder: (s?.windows.groups ?? []).map((g) => g.id),
  };
}

export function localized(text: Localized | undefined, locale: Locale, fallback: string): string {
  if (!text) return fallback;
  return (locale === 'en' ? text.en : text.zh) || fallback;
}

export function typeName(names: Names, id: string, locale: Locale): string {
  return localized(names.types.get(id), locale, id);
}

export function groupName(names: Names, id: string, locale: Locale): string {
  return localized(names.groups.get(id), locale, id);
}
