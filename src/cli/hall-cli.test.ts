import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';
import { kioskLines } from './summary.ts';
import type { MergedResult } from '../sim/results/merge.ts';
import type { Scenario } from '../sim/scenario/index.ts';

const preset = (name: string) => new URL(`../../data/scenarios/${name}.json`, import.meta.url).pathname;

describe('hallflow validate and simulate', () => {
  const io = captureOutput();

  it('validate: a good file is valid, a bad one lists every problem in both languages and exits 1', async () => {
    expect(await main(['validate', preset('county-hall')])).toBe(0);
    expect(io.out.join('\n')).toMatch(/valid \/ 有效/);
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-'));
    const bad = JSON.parse(readFileSync(preset('county-hall'), 'utf8'));
    bad.types[0].share = 0.5;
    bad.colour = 'blue';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    expect(await main(['validate', join(dir, 'bad.json')])).toBe(1);
    const text = io.err.join('\n');
    expect(text).toMatch(/types: .*add up to/);
    expect(text).toMatch(/占比之和/);
    expect(text).toMatch(/colour/);
    io.err.length = 0;
    writeFileSync(join(dir, 'broken.json'), '{ "version": 1, ');
    expect(await main(['validate', join(dir, 'broken.json')])).toBe(1);
    expect(io.err.join('\n')).toMatch(/not valid JSON/);
    expect(await main(['validate', join(dir, 'missing.json')])).toBe(1);
    expect(await main(['validate'])).toBe(2);
  });

  // Four runs: past the 5 s default on a loaded machine.
  it('simulate: prints a summary, the merged result as JSON, or CSV files', { timeout: 60_000 }, async () => {
    expect(await main(['simulate', preset('county-hall'), '--reps', '2', '--lang', 'en'])).toBe(0);
    const summary = io.out.join('\n');
    expect(summary).toMatch(/2 replications · seed 20261126/);
    expect(summary).toMatch(/Waits at windows \(minutes\)/);
    io.out.length = 0;
    expect(await main(['simulate', preset('county-hall'), '--reps', '2', '--lang', 'zh-CN'])).toBe(0);
    expect(io.out.join('\n')).toMatch(/窗口等候时间/);

    expect(await main(['simulate', preset('county-hall'), '--reps', '2', '--seed', '7', '--json'])).toBe(0);
    const merged = JSON.parse(io.stdout.join(''));
    expect(merged.kind).toBe('hallflow.merged');
    expect(merged.seed).toBe(7);
    expect(merged.replications).toBe(2);
    expect(Array.isArray(merged.intervals.waitMean.mean)).toBe(true);
    expect(merged.metrics['count.arrivals'].n).toBe(2);
    // Each replication's value of every metric, so anyone can form their own intervals: their
    // mean is the merged mean.
    expect(merged.perReplication.replications).toEqual([0, 1]);
    for (const k of ['wait.all.mean', 'count.arrivals', 'windows.all.utilisation']) {
      const xs = merged.perReplication.metrics[k] as number[];
      expect(xs).toHaveLength(2);
      expect((xs[0] + xs[1]) / 2).toBeCloseTo(merged.metrics[k].mean, 12);
    }
    // The time-average number waiting and in the system, per window group.
    for (const g of JSON.parse(readFileSync(preset('county-hall'), 'utf8')).windows.groups) {
      const waiting = merged.metrics[`windows.${g.id}.queue.mean`].mean;
      const inSystem = merged.metrics[`windows.${g.id}.inSystem.mean`].mean;
      expect(waiting).toBeGreaterThanOrEqual(0);
      expect(inSystem).toBeGreaterThan(waiting);
    }

    const dir = mkdtempSync(join(tmpdir(), 'hallflow-csv-'));
    io.out.length = 0;
    expect(await main(['simulate', preset('county-hall'), '--reps', '2', '--csv', dir])).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'cases.csv',
      'days.csv',
      'intervals.csv',
      'metrics.csv',
      'overtime.csv',
      'timeoff.csv',
    ]);
    const intervals = readFileSync(join(dir, 'intervals.csv'), 'utf8');
    expect(intervals.charCodeAt(0)).toBe(0xfeff); // BOM for Excel
    expect(intervals).toMatch(/date 日期,start 开始,tickets 取号数/);
    expect(intervals.split('\r\n').length).toBeGreaterThan(100);
  });

  it('simulate: refuses a bad scenario (exit 1, problems on stderr) and bad flags (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-'));
    const bad = JSON.parse(readFileSync(preset('county-hall'), 'utf8'));
    bad.windows.groups[0].schedule = [99];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    expect(await main(['simulate', join(dir, 'bad.json')])).toBe(1);
    expect(io.err.join('\n')).toMatch(/windows\.groups\[0\]\.schedule/);
    expect(io.stdout.join('')).toBe('');
    io.err.length = 0;
    expect(await main(['simulate', preset('county-hall'), '--reps', '0'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--reps: got "0"/);
    expect(await main(['simulate', preset('county-hall'), '--lang', 'fr'])).toBe(2);
    expect(await main(['simulate', preset('county-hall'), '--json', '--csv', dir])).toBe(2);
    expect(await main(['simulate'])).toBe(2);
  });

  it('simulate in the worker pool gives the same JSON as in this thread; --until stops early; --replication runs one', async () => {
    expect(await main(['simulate', preset('county-hall'), '--reps', '4', '--workers', '2', '--json'])).toBe(0);
    const pooled = io.stdout.join('');
    io.stdout.length = 0;
    expect(await main(['simulate', preset('county-hall'), '--reps', '4', '--workers', '0', '--json'])).toBe(0);
    expect(io.stdout.join('')).toBe(pooled);
    io.stdout.length = 0;
    expect(
      await main(['simulate', preset('county-hall'), '--until', 'wait.all.mean=5', '--workers', '2', '--json']),
    ).toBe(0);
    const stopped = JSON.parse(io.stdout.join(''));
    expect(stopped.replications).toBe(10); // the rule's minimum: the interval is narrow at once
    expect(stopped.note).toMatch(/stopped after 10 replications/);
    io.stdout.length = 0;
    expect(await main(['simulate', preset('county-hall'), '--replication', '3', '--json'])).toBe(0);
    expect(JSON.parse(io.stdout.join('')).replications).toBe(1);
    io.err.length = 0;
    expect(await main(['simulate', preset('county-hall'), '--until', 'wait.all.mean'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--until: got "wait.all.mean"/);
    expect(await main(['simulate', preset('county-hall'), '--workers', '-1'])).toBe(2);
  }, 60000);

  it('compare prints paired differences (zero for a scenario against itself)', async () => {
    expect(
      await main(['compare', preset('county-hall'), preset('county-hall'), '--reps', '3', '--workers', '2', '--json']),
    ).toBe(0);
    const cmp = JSON.parse(io.stdout.join(''));
    expect(cmp.replications).toBe(3);
    for (const d of cmp.differences) expect(d.differences[0].mean).toBe(0);
    io.out.length = 0;
    expect(await main(['compare', preset('county-hall'), preset('county-hall'), '--reps', '3', '--workers', '0'])).toBe(
      0,
    );
    expect(io.out.join('\n')).toMatch(/Paired comparison, 3 replications/);
    expect(io.out.join('\n')).toMatch(/配对比较/);
    expect(await main(['compare', preset('county-hall')])).toBe(2);
  }, 60000);

  it('simulate: the kiosk section names each site of kiosk-network with every measure and its interval', async () => {
    expect(
      await main(['simulate', preset('kiosk-network'), '--reps', '2', '--seed', '7', '--workers', '0', '--json']),
    ).toBe(0);
    const merged = JSON.parse(io.stdout.join('')) as { metrics: Record<string, { mean: number; halfWidth: number }> };
    io.out.length = 0;
    expect(
      await main(['simulate', preset('kiosk-network'), '--reps', '2', '--seed', '7', '--workers', '0', '--lang', 'en']),
    ).toBe(0);
    const text = io.out.join('\n');
    const section = text.slice(text.indexOf('Kiosks (people'), text.indexOf('window minutes taken over'));
    const one = (v: { mean: number; halfWidth: number }) => `${v.mean.toFixed(1)} ± ${v.halfWidth.toFixed(1)}`;
    const sites = [
      ['hall-room', 'Hall 24-hour self-service room (4 kiosks, around the clock)'],
      ['bank', 'Bank branch 24-hour lobby (2 kiosks, around the clock)'],
      ['post-office', 'Post office (2 kiosks, 08:00–20:00)'],
    ];
    for (const [id, heading] of sites) {
      const start = section.indexOf(`  ${heading}\n`);
      expect(start).toBeGreaterThan(0);
      const block = section.slice(start).split('\n').slice(1, 19).join('\n');
      const m = (k: string) => merged.metrics[`kiosk.${id}.${k}`];
      const pct = (k: string) => `${(100 * m(k).mean).toFixed(1)}% ± ${(100 * m(k).halfWidth).toFixed(1)}`;
      expect(block).toContain(`availability (kiosks in working order)       ${pct('availability')}`);
      expect(block).toContain(`utilisation (busy / working while open)      ${pct('utilisation')}`);
      expect(block).toContain(
        `mean wait (min)                              ${m('wait.mean').mean.toFixed(2)} ± ${m('wait.mean').halfWidth.toFixed(2)}`,
      );
      expect(block).toContain(
        `90% waited at most (min)                     ${m('wait.p90').mean.toFixed(2)} ± ${m('wait.p90').halfWidth.toFixed(2)}`,
      );
      expect(block).toContain(
        `mean line (people)                           ${m('queue.mean').mean.toFixed(2)} ± ${m('queue.mean').halfWidth.toFixed(2)}`,
      );
      expect(block).toContain(`came                                         ${one(m('arrivals'))}`);
      expect(block).toContain(`served                                       ${one(m('served'))}`);
      expect(block).toContain(`      every kiosk down                           ${one(m('turnedAway.down'))}`);
      expect(block).toContain(`    gave up waiting                              ${one(m('gaveUp'))}`);
      expect(block).toContain(`      to another site                            ${one(m('toOtherSite'))}`);
      expect(block).toContain(`      home unserved                              ${one(m('left'))}`);
    }
    io.out.length = 0;
    expect(
      await main([
        'simulate',
        preset('kiosk-network'),
        '--reps',
        '2',
        '--seed',
        '7',
        '--workers',
        '0',
        '--lang',
        'zh-CN',
      ]),
    ).toBe(0);
    const zh = io.out.join('\n');
    expect(zh).toContain('  银行网点 24 小时自助区（2 台，24 小时）\n    可用率（终端正常运行）');
    expect(zh).toContain('  邮局网点（2 台，08:00–20:00）');
    expect(zh).toContain(
      `      改去其他网点                               ${one(merged.metrics['kiosk.bank.toOtherSite'])}`,
    );
  }, 60000);

  it('kiosk section: one site’s block, line by line (known figures)', () => {
    const e = (mean: number, halfWidth: number) => ({ mean, halfWidth, n: 2 });
    const metrics = {
      'kiosk.bank.availability': e(0.913, 0.024),
      'kiosk.bank.utilisation': e(0.18, 0.004),
      'kiosk.bank.wait.mean': e(0.409, 0.047),
      'kiosk.bank.wait.p90': e(1.4, 0.203),
      'kiosk.bank.queue.mean': e(0.048, 0.006),
      'kiosk.bank.arrivals': e(4508.25, 36.375),
      'kiosk.bank.served': e(4367.7, 66.115),
      'kiosk.bank.turnedAway.closed': e(0, 0),
      'kiosk.bank.turnedAway.down': e(72.85, 58.463),
      'kiosk.bank.turnedAway.line': e(0.55, 0.687),
      'kiosk.bank.gaveUp': e(66.95, 12.528),
      'kiosk.bank.outOfService': e(0.2, 0.326),
      'kiosk.bank.toWindows': e(0, 0),
      'kiosk.bank.toOtherSite': e(28.15, 11.552),
      'kiosk.bank.toHall': e(69.85, 30.01),
      'kiosk.bank.left': e(42.55, 17.328),
      'kiosk.windowMinutesRemoved': e(3949.483, 79.85),
    };
    const scenario = {
      kiosks: {
        sites: [
          {
            id: 'bank',
            name: { zh: '银行网点', en: 'Bank branch' },
            kind: 'bank',
            kiosks: 2,
            hours: { start: '08:00', end: '20:00' },
            days: 'working',
          },
        ],
      },
    } as unknown as Scenario;
    expect(kioskLines(scenario, { metrics } as unknown as MergedResult, 'zh-CN')).toEqual([
      '自助办税终端（人数为预热期后整个模拟期合计）',
      '  银行网点（2 台，08:00–20:00，仅工作日）',
      '    可用率（终端正常运行）                       91.3% ± 2.4',
      '    利用率（开放时忙碌 / 可用）                  18.0% ± 0.4',
      '    平均等候（分钟）                             0.41 ± 0.05',
      '    90% 的人等候不超过（分钟）                   1.40 ± 0.20',
      '    平均排队（人）                               0.05 ± 0.01',
      '    到达                                         4508.3 ± 36.4',
      '    办结                                         4367.7 ± 66.1',
      '    到达时未能使用：',
      '      网点未开放                                 0.0 ± 0.0',
      '      终端全部故障                               72.8 ± 58.5',
      '      排队过长                                   0.6 ± 0.7',
      '    等不及离开                                   67.0 ± 12.5',
      '    最后一台终端故障被迫离开                     0.2 ± 0.3',
      '    未能在此办理者的去向：',
      '      当即去大厅窗口                             0.0 ± 0.0',
      '      改去其他网点                               28.1 ± 11.6',
      '      稍后去大厅                                 69.8 ± 30.0',
      '      未办理离开                                 42.5 ± 17.3',
      '  终端分流的窗口工作量（分钟）                   3949 ± 80',
    ]);
  });
});
