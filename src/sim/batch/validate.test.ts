/**
 * The batch manifest's validation: every problem at once, each naming the field, the value and
 * what is allowed, in English and Chinese; a valid manifest has none.
 */
import { describe, expect, it } from 'vitest';
import { validateManifest } from './validate.ts';

const valid = () => ({
  kind: 'hallflow.batch',
  version: 1,
  name: { zh: '测试省', en: 'Test province' },
  base: 'hall.json',
  run: ['simulate', 'plan'],
  replications: 20,
  seed: 7,
  halls: [{ id: 'north' }, { id: 'south', scenario: 'south.json', overrides: { demand: { dailyVolume: 90 } } }],
});

describe('validateManifest', () => {
  it('accepts a valid manifest', () => {
    expect(validateManifest(valid())).toEqual([]);
  });

  it('says what is wrong with each field, in both languages', () => {
    const m = { ...valid(), replications: 1, seed: -3, run: ['simulate', 'forecast'], colour: 'red' };
    const problems = validateManifest(m);
    const at = (path: string) => problems.find((p) => p.path === path);
    expect(at('replications')?.message.en).toMatch(/replications: got 1; must be at least 2/);
    expect(at('replications')?.message.zh).toMatch(/^重复次数：取值 1/);
    expect(at('seed')?.message.en).toMatch(/got -3/);
    expect(at('run[1]')?.message.en).toBe('run[1]: got "forecast"; must be one of "simulate", "plan", "compare"');
    expect(at('run[1]')?.message.zh).toMatch(/^任务 › 第 2 项：取值 "forecast" 无效/);
    expect(at('colour')?.code).toBe('unknown_field');
    expect(at('colour')?.message.zh).toMatch(/无法识别的字段 "colour"/);
    expect(problems.every((p) => p.message.en !== '' && p.message.zh !== '')).toBe(true);
  });

  it('names the whole document "manifest" / 批量清单', () => {
    const problems = validateManifest([]);
    expect(problems[0].message.en).toMatch(/^manifest: /);
    expect(problems[0].message.zh).toMatch(/^批量清单：/);
  });

  it('refuses two halls with one id, a hall with no scenario, compare without a what-if, a bad target', () => {
    const m = valid();
    delete (m as { base?: string }).base;
    m.halls = [{ id: 'north', scenario: 'n.json' }, { id: 'north' }] as typeof m.halls;
    const problems = validateManifest({ ...m, run: ['compare'], plan: { target: 'wait<=15@90' } });
    const codes = problems.map((p) => `${p.path} ${p.code}`);
    expect(codes).toContain('halls[1].id duplicate');
    expect(codes).toContain('halls[1].scenario required');
    expect(codes).toContain('whatIf required');
    expect(codes).toContain('plan.target invalid');
    const dup = problems.find((p) => p.code === 'duplicate')!;
    expect(dup.message.en).toMatch(/"north" is already the id of halls\[0\]/);
    expect(dup.message.zh).toMatch(/办税厅/);
  });

  it('checks ids against the pattern and the hall count against the limit', () => {
    const problems = validateManifest({ ...valid(), halls: [{ id: 'North Hall' }] });
    expect(problems.map((p) => p.path)).toEqual(['halls[0].id']);
    expect(problems[0].message.en).toMatch(/lower-case letters, digits/);
    expect(validateManifest({ ...valid(), halls: [] }).map((p) => p.path)).toEqual(['halls']);
  });
});
