/**
 * The business types of a file as decisions for the director: each value of the file and the
 * scenario type the read matched it to. A match by the same name (or id) is settled; so is the
 * director's own choice (the type map); a match guessed from part of a name is only a guess and
 * stays open until the director confirms it, or changes it (another type, or leave the rows out:
 * the type map, and the file is read again).
 *
 * Guaranteed: a guess counts as confirmed only while the read still maps the value to the type
 * that was confirmed (a confirmation never carries over to another type); `canApply` is false
 * while any guess is open, and that is what holds back applying the fit.
 */
import type { Localized, Scenario } from '../../../sim/scenario/index.ts';
import type { TypeMatch } from '../../../sim/history/records.ts';
/** A language of a Localized text. */
type Lang = keyof Localized;

/** File value → the type id the director confirmed for it. */
export type Confirmed = Readonly<Record<string, string>>;

export interface TypeDecision extends TypeMatch {
  /** The scenario type's name in the current language ('' when the rows are left out). */
  typeName: string;
  /** Settled: a name match, the director's choice, or a confirmed guess. */
  confirmed: boolean;
}

/** The scenario type's name by id (the id itself when the scenario no longer has it). */
export function typeName(s: Pick<Scenario, 'types'>, id: string, lang: Lang): string {
  if (id === '') return '';
  return s.types.find((t) => t.id === id)?.name[lang] ?? id;
}

/** Whether a match is settled under these confirmations. */
export function isConfirmed(m: TypeMatch, confirmed: Confirmed): boolean {
  return m.how !== 'guess' || (Object.hasOwn(confirmed, m.value) && confirmed[m.value] === m.id);
}

/** Every match as a decision, guesses first (the read's order). */
export function typeDecisions(
  matches: readonly TypeMatch[],
  confirmed: Confirmed,
  s: Pick<Scenario, 'types'>,
  lang: Lang,
): TypeDecision[] {
  return matches.map((m) => ({ ...m, typeName: typeName(s, m.id, lang), confirmed: isConfirmed(m, confirmed) }));
}

/** The guesses still to confirm or change. */
export function openGuesses(matches: readonly TypeMatch[], confirmed: Confirmed): TypeMatch[] {
  return matches.filter((m) => !isConfirmed(m, confirmed));
}

/** Whether the fit may be applied: no guess left open. */
export function canApply(matches: readonly TypeMatch[], confirmed: Confirmed): boolean {
  return openGuesses(matches, confirmed).length === 0;
}

/** The confirmations with one guess confirmed as it stands. */
export function confirmGuess(confirmed: Confirmed, m: Pick<TypeMatch, 'value' | 'id'>): Confirmed {
  return { ...confirmed, [m.value]: m.id };
}

/** The confirmations with every open guess confirmed as it stands (the director's explicit "confirm all"). */
export function confirmAllGuesses(confirmed: Confirmed, matches: readonly TypeMatch[]): Confirmed {
  const out: Record<string, string> = { ...confirmed };
  for (const m of openGuesses(matches, confirmed)) out[m.value] = m.id;
  return out;
}

/** Select values of the "change to" control: a type id, LEAVE_OUT, or BACK (undo the director's choice). */
export const LEAVE_OUT = '-';
export const BACK = '?';
export const PROMPT = '';

/**
 * The type map a "change to" choice asks for: the value mapped to the type chosen, '' to leave
 * its rows out, or (BACK) no entry, so the name decides again. Null when nothing is chosen.
 */
export function changeTarget(choice: string): string | null | undefined {
  if (choice === PROMPT) return undefined;
  if (choice === BACK) return null;
  return choice === LEAVE_OUT ? '' : choice;
}
