/**
 * The glossary's entries, in the order the glossary page lists them: statistics first, then
 * planning methods, then the hall's own words. Each has a text in both languages
 * (i18n/glossary.*.ts), checked by glossary.test.ts.
 */
export const GLOSSARY_KEYS = [
  'ci',
  'replications',
  'seed',
  'warmup',
  'percentile',
  'utilisation',
  'significant',
  'cv',
  'ks',
  'kaplanMeier',
  'censored',
  'aic',
  'erlangC',
  'sipp',
  'laggedSipp',
  'mol',
  'isa',
  'abandonment',
  'balking',
  'staggered',
  'greenChannel',
  'firstInquiry',
  'timeLimited',
  'extendedHours',
] as const;

export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

export function isGlossaryKey(key: string): key is GlossaryKey {
  return (GLOSSARY_KEYS as readonly string[]).includes(key);
}
