/**
 * Any thrown value as one short line for a planner's screen: `TypeError: x is not a function`.
 * Never throws itself (a thrown value can be anything: null, a string, an object whose
 * `toString` throws), and keeps the Chinese message of errors that carry one (`messageZh`).
 */
import type { Locale } from './i18n/index.svelte.ts';

/** Longer messages are cut: the screen names the failure, the console keeps the rest. */
export const MAX_ERROR_TEXT = 300;

export function describeError(error: unknown, locale: Locale = 'en'): string {
  let text: string;
  try {
    if (error instanceof Error) {
      const zh = (error as { messageZh?: unknown }).messageZh;
      const message = locale === 'zh-CN' && typeof zh === 'string' && zh !== '' ? zh : error.message;
      text = message ? `${error.name}: ${message}` : error.name;
    } else if (typeof error === 'string') text = error;
    else text = String(error);
  } catch {
    text = Object.prototype.toString.call(error);
  }
  return text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text;
}
