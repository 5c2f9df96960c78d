/**
 * The report's words by language. They stay out of the app's dictionaries (i18n/): the report is
 * opened rarely, and its words load with it, not with the first page.
 */
import type { Locale } from '../i18n/index.svelte.ts';
import { reportEn, type ReportMessages } from './messages.en.ts';
import { reportZh } from './messages.zh-CN.ts';

export function reportMessages(locale: Locale): ReportMessages {
  return locale === 'zh-CN' ? reportZh : reportEn;
}
