import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glossaryEn } from '../i18n/glossary.en.ts';
import { glossaryZh } from '../i18n/glossary.zh-CN.ts';
import { GLOSSARY_KEYS, isGlossaryKey } from './keys.ts';

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * Every glossary key the UI's sources name: `<TermHelp term="…" />`, `term="…"` on a field, and the
 * key figures' map.
 */
function keysUsed(): { file: string; key: string }[] {
  const used: { file: string; key: string }[] = [];
  for (const file of sourceFiles(uiRoot)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bterm="([^"{}]+)"/g)) used.push({ file: relative(uiRoot, file), key: m[1] });
    for (const m of text.matchAll(/\bterms?=\{([^}]*)\}/g)) {
      for (const k of m[1].matchAll(/'([^']+)'/g)) used.push({ file: relative(uiRoot, file), key: k[1] });
    }
    for (const m of text.matchAll(/TERMS[^=]*=\s*\{([^}]*)\}/g)) {
      for (const k of m[1].matchAll(/:\s*'([^']+)'/g)) used.push({ file: relative(uiRoot, file), key: k[1] });
    }
  }
  return used;
}

describe('the glossary', () => {
  it('has every key in both languages, and nothing else', () => {
    expect(Object.keys(glossaryEn.entries).sort()).toEqual([...GLOSSARY_KEYS].sort());
    expect(Object.keys(glossaryZh.entries).sort()).toEqual([...GLOSSARY_KEYS].sort());
  });

  it('has a term and a text in each entry, and an example in both languages or in neither', () => {
    for (const key of GLOSSARY_KEYS) {
      for (const e of [glossaryEn.entries[key], glossaryZh.entries[key]]) {
        expect(e.term.trim(), key).not.toBe('');
        expect(e.text.trim().length, key).toBeGreaterThan(20);
        if (e.example !== undefined) expect(e.example.trim(), key).not.toBe('');
      }
      expect(glossaryEn.entries[key].example === undefined, key).toBe(glossaryZh.entries[key].example === undefined);
    }
  });

  it('writes Chinese in the Chinese entries and no Chinese in the English ones', () => {
    for (const key of GLOSSARY_KEYS) {
      expect(glossaryZh.entries[key].text, key).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(`${glossaryEn.entries[key].term} ${glossaryEn.entries[key].text}`, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('explains the terms the issue names', () => {
    const zh = GLOSSARY_KEYS.map((k) => glossaryZh.entries[k].term).join(' ');
    for (const term of [
      '置信区间',
      '重复次数',
      '随机种子',
      '预热天数',
      '变异系数',
      'KS 检验',
      'Kaplan–Meier',
      'SIPP',
      '滞后 SIPP',
      'MOL',
      'ISA',
      '利用率',
      '分位',
      '错峰预约',
      '首问责任',
      '限时办结',
      '延时服务',
      '绿色通道',
      '中途离开',
    ]) {
      expect(zh).toContain(term);
    }
  });

  it('has an entry for every key the UI links to, and the UI links to many of them', () => {
    const used = keysUsed();
    expect(used.filter((u) => !isGlossaryKey(u.key))).toEqual([]);
    expect(new Set(used.map((u) => u.key)).size).toBeGreaterThanOrEqual(8);
  });

  it('asks what a term is in the language of the page', () => {
    expect(glossaryZh.what(glossaryZh.entries.replications.term)).toBe('什么是“重复次数”？');
    expect(glossaryEn.what(glossaryEn.entries.seed.term)).toBe('What is “Random seed”?');
  });
});
