/**
 * A tiny reactive i18n helper: the current locale lives in a `$state` rune, so every
 * component reading `i18n.t` re-renders when the language switches.
 */
import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

const dictionaries: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Chinese for any `zh*` browser language, English otherwise. */
export function detectLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

let current = $state<Locale>(detectLocale(typeof navigator === 'undefined' ? undefined : navigator.language));

export const i18n = {
  get locale(): Locale {
    return current;
  },
  set locale(next: Locale) {
    current = next;
  },
  /** The dictionary of the current locale. */
  get t(): Messages {
    return dictionaries[current];
  },
  /** The dictionary of any locale, e.g. to label the language switch in its own language. */
  of(locale: Locale): Messages {
    return dictionaries[locale];
  },
};
