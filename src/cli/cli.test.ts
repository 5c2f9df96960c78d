import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
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
    const ok = spawnSync(process.execPath, [bin, 'mmc', '--reps', '2', '--horizon', '50', '--warmup', '0'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Erlang C/);
    const bad = spawnSync(process.execPath, [bin, 'mmc', '--seed=-1'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--seed: got -1/);
  }, 20000);
});

describe('Ctrl-C', () => {
  const bin = fileURLToPath(new URL('../../bin/hallflow.mjs', import.meta.url));
  const demo = fileURLToPath(new URL('../../data/scenarios/demo-hall.json', import.meta.url));

  /** Runs `simulate` as a real process, sends SIGINT once it reports progress, and collects what it wrote. */
  function interrupted(workers: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, 'simulate', demo, '--reps', '500', '--workers', workers, '--json'], {
        env: { ...process.env, HALLFLOW_PROGRESS: 'lines' },
      });
      let stdout = '';
      let stderr = '';
      let sent = false;
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => {
        stderr += d;
        // At least one replication done: progress counts those running by their share done,
        // so with two workers only 2 or more means one has finished.
        if (!sent && /progress ([2-9]|\d\d)/.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  for (const workers of ['0', '2']) {
    it(`with --workers ${workers}: prints the partial result marked as such and exits 130`, async () => {
      const { code, stdout, stderr } = await interrupted(workers);
      expect(code).toBe(130);
      expect(stderr).toMatch(/cancelled: \d+ of 500 replications \(partial\)/);
      const out = JSON.parse(stdout);
      expect(out.partial).toBe(true);
      expect(out.replications).toBeGreaterThan(0);
      expect(out.replications).toBeLessThan(500);
      // Every metric's per-replication values, one per replication that finished.
      expect(out.perReplication.replications).toHaveLength(out.replications);
      expect(out.perReplication.metrics['wait.all.mean']).toHaveLength(out.replications);
    }, 120_000);
  }
});
