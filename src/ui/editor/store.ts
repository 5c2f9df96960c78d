/**
 * The editor's few words with the scenario store: read a value at a path, write one (one undo
 * step per field: the store groups keystrokes by path), and the validator's messages at exactly
 * a path in the current language. Called inside `$derived`/templates, these reads are reactive
 * (the store and the locale are runes).
 */
import { i18n } from '../i18n/index.svelte.ts';
import { scenario } from '../state/scenario.svelte.ts';
import { problemText, problemsExactly, valueAt, type Path } from './paths.ts';

export function read(path: Path): unknown {
  return valueAt(scenario.current, path);
}

export function write(path: Path, value: unknown): void {
  scenario.set(path, value);
}

/** The validator's messages at exactly this path. */
export function messagesAt(path: Path): string[] {
  return problemsExactly(scenario.problems, path).map((p) => problemText(p, i18n.locale));
}
