import { describe, expect, it } from 'vitest';
import { echo, echoList } from './echo.ts';

describe('echo: values from the file in messages', () => {
  it('keeps a value of up to 80 characters as it is', () => {
    expect(echo('发票代开')).toEqual({ zh: '发票代开', en: '发票代开' });
    expect(echo('x'.repeat(80))).toEqual({ zh: 'x'.repeat(80), en: 'x'.repeat(80) });
  });

  it('cuts a longer one after 80 characters and says how many more there are', () => {
    expect(echo('x'.repeat(81))).toEqual({
      zh: `${'x'.repeat(80)}…（另有 1 个字符）`,
      en: `${'x'.repeat(80)}…(1 more)`,
    });
    const mb = 'Q'.repeat(10 * 1024 * 1024);
    expect(echo(mb).en).toBe(`${'Q'.repeat(80)}…(10485680 more)`);
  });

  it('never splits a character outside the BMP, and counts characters, not code units', () => {
    const v = 'x'.repeat(79) + '𠀀'.repeat(3);
    expect(echo(v)).toEqual({ zh: `${'x'.repeat(79)}…（另有 3 个字符）`, en: `${'x'.repeat(79)}…(3 more)` });
  });

  it('a list: each value capped, at most 20 of them', () => {
    expect(echoList(['a', 'y'.repeat(100)])).toEqual({
      zh: `a、${'y'.repeat(80)}…（另有 20 个字符）`,
      en: `a, ${'y'.repeat(80)}…(20 more)`,
    });
    const many = Array.from({ length: 25 }, (_, i) => `c${i}`);
    expect(echoList(many).en).toBe(`${many.slice(0, 20).join(', ')}, … (5 more)`);
    expect(echoList(many).zh).toBe(`${many.slice(0, 20).join('、')}……（另有 5 项）`);
  });
});
