import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { detectLocale, i18n } from './index.svelte.ts';
import { zhCN } from './zh-CN.ts';

describe('i18n', () => {
  it('picks Chinese for any zh browser language, English otherwise', () => {
    expect(detectLocale('zh-CN')).toBe('zh-CN');
    expect(detectLocale('zh')).toBe('zh-CN');
    expect(detectLocale('ZH-tw')).toBe('zh-CN');
    expect(detectLocale('en-GB')).toBe('en');
    expect(detectLocale('de')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('switches dictionaries', () => {
    i18n.locale = 'zh-CN';
    expect(i18n.t.run).toBe(zhCN.run);
    i18n.locale = 'en';
    expect(i18n.t.run).toBe(en.run);
  });

  it('has the same keys in both dictionaries, at every depth', () => {
    const keys = (o: unknown, prefix = ''): string[] =>
      o !== null && typeof o === 'object'
        ? Object.entries(o).flatMap(([k, v]) => [`${prefix}${k}`, ...keys(v, `${prefix}${k}.`)])
        : [];
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('has no empty string in either dictionary', () => {
    const strings = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : o !== null && typeof o === 'object' ? Object.values(o).flatMap(strings) : [];
    expect(strings(en).filter((x) => x.trim() === '')).toEqual([]);
    expect(strings(zhCN).filter((x) => x.trim() === '')).toEqual([]);
  });
});
