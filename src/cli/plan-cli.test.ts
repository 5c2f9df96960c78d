import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erlangC } from '../sim/analytic/erlang.ts';
import type { Plan } from '../sim/plan/recommendation.ts';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';
import { parseBackOfficeTarget, parseHotlineTarget, parseKioskTarget } from './plan.ts';

const preset = (name: string) => new URL(`../../data/scenarios/${name}.json`, import.meta.url).pathname;

describe('hallflow plan', () => {
  const io = captureOutput();

  /** The textbook M/M/10 hall (λ = 8/min, 1-minute service) over three days, one warm-up. */
  function textbook(): string {
    const s = JSON.parse(readFileSync(preset('textbook-mmc'), 'utf8'));
    s.calendar.days = 3;
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-plan-'));
    const file = join(dir, 'mmc.json');
    writeFileSync(file, JSON.stringify(s));
    return file;
  }

  it('plans a constant M/M/c hall: Erlang C’s answer, every hour alike, as JSON', async () => {
    // P(wait <= 0) >= 50% at λ = 8, μ = 1: the fewest c with Erlang C(c, 8) <= 0.5.
    let c = 9;
    while (erlangC(c, 8) > 0.5) c++;
    expect(
      await main([
        'plan',
        textbook(),
        '--target',
        'wait<=0min@50%',
        '--reps',
        '6',
        '--workers',
        '0',
        '--no-frontier',
        '--json',
      ]),
    ).toBe(0);
    const plan = JSON.parse(io.stdout.join('')) as Plan;
    expect(plan.kind).toBe('hallflow.plan');
    expect(plan.staffing.sipp[0].ordinary).toEqual(new Array(24).fill(c));
    // The simulation plan agrees with the formula within a window (it measures, the formula assumes).
    for (const n of plan.staffing.required[0].ordinary) expect(Math.abs(n - c)).toBeLessThanOrEqual(1);
    expect(plan.evaluation.required.met / plan.evaluation.required.total).toBeGreaterThanOrEqual(0.9);
    expect(plan.staggered?.applicable).toBe(false);
  }, 120_000);

  it('prints a report in Chinese', async () => {
    expect(
      await main([
        'plan',
        textbook(),
        '--target',
        'wait<=1min@80%',
        '--reps',
        '4',
        '--workers',
        '0',
        '--no-frontier',
        '--lang',
        'zh-CN',
      ]),
    ).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/容量规划 — 目标 wait<=1min@80%/);
    expect(text).toMatch(/所需（仿真）/);
    expect(text).toMatch(/方法说明/);
  }, 120_000);

  it('reads kiosk and back-office targets', () => {
    expect(parseKioskTarget(' p90 <= 5min , up >= 99.5% ')).toEqual({ p90WaitMinutes: 5, anyUpShare: 0.995 });
    expect(parseBackOfficeTarget('ontime>=90%')).toEqual({ onTimeShare: 0.9 });
    expect(parseHotlineTarget('answered>=80%@20s')).toEqual({ share: 0.8, seconds: 20 });
    expect(parseHotlineTarget(' answered >= 90% @ 30s , abandon <= 3% ')).toEqual({
      share: 0.9,
      seconds: 30,
      abandonShare: 0.03,
    });
  });

  it('refuses a bad target or flag, naming it, in both languages', async () => {
    expect(await main(['plan', textbook(), '--target', 'wait<=15min@120%'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--target: .*above 0% and below 100%/);
    expect(io.err.join('\n')).toMatch(/小于 100%/);
    io.err.length = 0;
    expect(await main(['plan', textbook(), '--kiosk-target', 'p90<=5min'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--kiosk-target: .*p90<=10min,up>=99%/);
    expect(await main(['plan', textbook(), '--back-office-target', 'ontime>=100%'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--back-office-target/);
    expect(await main(['plan', textbook(), '--hotline-target', '80/20'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--hotline-target: .*answered>=80%@20s/);
    expect(io.err.join('\n')).toMatch(/形如 "answered>=80%@20s"/);
    io.err.length = 0;
    expect(await main(['plan', textbook(), '--hotline-method', 'erlang'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--hotline-method: .*"isa" or "lagged-sipp"/);
    expect(io.err.join('\n')).toMatch(/"isa" 或 "lagged-sipp"/);
    io.err.length = 0;
    expect(await main(['plan', textbook(), '--reps', '1'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--reps/);
    expect(await main(['plan'])).toBe(2);
  });
});
