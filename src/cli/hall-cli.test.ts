import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';

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
    expect(readdirSync(dir).sort()).toEqual(['cases.csv', 'days.csv', 'intervals.csv', 'metrics.csv', 'overtime.csv', 'timeoff.csv']);
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
    expect(await main(['simulate', preset('county-hall'), '--until', 'wait.all.mean=5', '--workers', '2', '--json'])).toBe(0);
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
    expect(await main(['compare', preset('county-hall'), preset('county-hall'), '--reps', '3', '--workers', '2', '--json'])).toBe(0);
    const cmp = JSON.parse(io.stdout.join(''));
    expect(cmp.replications).toBe(3);
    for (const d of cmp.differences) expect(d.differences[0].mean).toBe(0);
    io.out.length = 0;
    expect(await main(['compare', preset('county-hall'), preset('county-hall'), '--reps', '3', '--workers', '0'])).toBe(0);
    expect(io.out.join('\n')).toMatch(/Paired comparison, 3 replications/);
    expect(io.out.join('\n')).toMatch(/配对比较/);
    expect(await main(['compare', preset('county-hall')])).toBe(2);
  }, 60000);
});
