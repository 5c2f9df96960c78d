import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetName } from './presets.ts';

const dir = new URL('../../data/scenarios/', import.meta.url);

describe('the preset list', () => {
  it('lists every scenario file by its own name, in both languages, and loads the file itself', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(PRESETS.map((p) => p.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const p of PRESETS) {
      const scenario = JSON.parse(readFileSync(new URL(`${p.id}.json`, dir), 'utf8')) as {
        name: { zh: string; en: string };
      };
      expect(presetName(p, 'zh-CN')).toBe(scenario.name.zh);
      expect(presetName(p, 'en')).toBe(scenario.name.en);
      expect((await p.load()).name).toEqual(scenario.name);
    }
  });
});
