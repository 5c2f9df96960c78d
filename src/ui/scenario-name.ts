/** A scenario's name in the current language, or '' when it has none a person could read (never throws). */
import type { Locale } from './i18n/index.svelte.ts';

export function scenarioName(s: unknown, locale: Locale): string {
  if (s === null || typeof s !== 'object') return '';
  const name = (s as { name?: unknown }).name;
  if (name === null || typeof name !== 'object') return '';
  const text = locale === 'en' ? (name as { en?: unknown }).en : (name as { zh?: unknown }).zh;
  return typeof text === 'string' ? text : '';
}
