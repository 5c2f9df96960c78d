import { describe, expect, it } from 'vitest';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';
import { parseShares } from './migrate.ts';

const preset = (name: string) => new URL(`../../data/scenarios/${name}.json`, import.meta.url).pathname;

describe('hallflow migrate', () => {
  const io = captureOutput();

  it('prints windows and agents against the share moved online, in Chinese and as JSON', async () => {
    expect(
      await main([
        'migrate',
        preset('city-hotline'),
        '--types',
        'invoice,proxy-invoice',
        '--shares',
        '0,20',
        '--lang',
        'zh-CN',
      ]),
    ).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/^invoice, proxy-invoice 转为网上办理：窗口与 12366 坐席（解析初算）/);
    expect(text).toMatch(/新增网办 +大厅人数/);
    expect(text).toMatch(/\n +20% +\d+ +\d+ +[\d.]+ +\d+ +\d+ +[\d.]+ +\d+$/);
    io.out.length = 0;
    expect(await main(['migrate', preset('city-hotline'), '--types', 'invoice', '--shares', '0,10,30', '--json'])).toBe(
      0,
    );
    const points = JSON.parse(io.out.join('\n'));
    expect(points.map((p: { extra: number }) => p.extra)).toEqual([0, 0.1, 0.3]);
  });

  it('refuses an unknown type, a type that cannot go online and bad shares, in both languages', async () => {
    io.err.length = 0;
    expect(await main(['migrate', preset('city-hotline'), '--types', 'nope'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--types: there is no business type "nope"/);
    expect(await main(['migrate', preset('city-hotline'), '--types', 'registration'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/业务类型 "registration" 不能网上办理/);
    expect(await main(['migrate', preset('city-hotline'), '--types', 'invoice', '--shares', '0,100'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--shares: .*0 up to \(not including\) 100/);
    expect(await main(['migrate', preset('city-hotline')])).toBe(2);
    expect(parseShares(' 0, 12.5 ')).toEqual([0, 0.125]);
  });
});
