import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';

describe('hallflow CLI', () => {
  const io = captureOutput();

  it('mmc prints the simulated measures beside Erlang C', async () => {
    expect(await main(['mmc', '--reps', '3', '--horizon', '300', '--warmup', '30'])).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/M\/M\/10: lambda 9\/min/);
    expect(text).toMatch(/mean wait \(min\)\s+[\d.]+ ± [\d.]+\s+0\.6687/);
    expect(io.err).toEqual([]);
  });

  it('mmc --json gives the whole report', async () => {
    expect(await main(['mmc', '--reps', '2', '--horizon', '100', '--warmup', '0', '--json'])).toBe(0);
    const report = JSON.parse(io.out.join('\n'));
    expect(report.simulated.meanWait.n).toBe(2);
    expect(report.theory.pWait).toBeCloseTo(0.6687, 4);
  });

  it('names the flag, the value and what is allowed, in English and Chinese, and exits 2', async () => {
    expect(await main(['mmc', '--servers', '0'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--servers: got 0; allowed: an integer >= 1/);
    expect(io.err.join('\n')).toMatch(/--servers：取值 0 无效/);
    io.err.length = 0;
    expect(await main(['mmc', '--lambda', 'abc'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--lambda: got "abc"; allowed: a number/);
    io.err.length = 0;
    expect(await main(['mmc', '--reps', '0'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--reps: got 0/);
    io.err.length = 0;
    expect(await main(['mmc', '--bogus'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/Unknown option '--bogus'/);
    expect(await main(['nonsense'])).toBe(2);
    expect(await main([])).toBe(2);
    expect(io.out.join('\n')).toMatch(/Usage: hallflow/);
  });
});

describe('the bin wrapper', () => {
  it('runs as a real process and returns the exit codes', () => {
    const bin = fileURLToPath(new URL('../../bin/hallflow.mjs', import.meta.url));
    const ok = spawnSync(process.execPath, [bin, 'mmc', '--reps', '2', '--horizon', '50', '--warmup', '0'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Erlang C/);
    const bad = spawnSync(process.execPath, [bin, 'mmc', '--seed=-1'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--seed: got -1/);
  }, 20000);
});
