/**
 * `hallflow batch` from the command line: a province of textbook M/M/c halls, whose answers are
 * known (Erlang C), run on worker threads; the same records as running each hall in this thread
 * (bit for bit), whatever the number of workers; resumed after a job is lost or the batch is
 * cancelled; refused, in both languages, when the manifest is wrong.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { erlangC } from '../sim/analytic/erlang.ts';
import { simulateRecord } from '../sim/batch/records.ts';
import type { ProvinceResult } from '../sim/batch/province.ts';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import { runReplication } from '../sim/hall/run.ts';
import { ResultAccumulator } from '../sim/results/accumulate.ts';
import { mergePatch } from '../sim/batch/merge-patch.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';
import { defaultOut } from './batch.ts';

const textbook = JSON.parse(
  readFileSync(new URL('../../data/scenarios/textbook-mmc.json', import.meta.url), 'utf8'),
) as Scenario;
// Two days, the first a warm-up; nobody should wait (the target: 0 minutes) for 70% of taxpayers.
const base = { ...textbook, calendar: { ...textbook.calendar, days: 2 }, target: { waitMinutes: 0, share: 0.7 } };
const windows = (c: number) => ({
  windows: {
    ...textbook.windows,
    groups: [{ ...textbook.windows.groups[0], windows: c, schedule: new Array(24).fill(c) }],
  },
});
const REPS = 6;

function province(extra: Record<string, unknown> = {}): { manifest: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-batch-'));
  writeFileSync(join(dir, 'mmc.json'), JSON.stringify(base));
  const manifest = {
    kind: 'hallflow.batch',
    version: 1,
    name: { zh: '教科书省', en: 'Textbook province' },
    synthetic: true,
    base: 'mmc.json',
    run: ['simulate'],
    replications: REPS,
    seed: 11,
    whatIf: { name: { zh: '多一个窗口', en: 'one more window' }, overrides: windows(11) },
    halls: [
      { id: 'ten', run: ['simulate', 'compare'] },
      { id: 'eleven', overrides: windows(11) },
    ],
    ...extra,
  };
  writeFileSync(join(dir, 'province.json'), JSON.stringify(manifest));
  return { manifest: join(dir, 'province.json'), dir };
}

describe('hallflow batch', () => {
  const io = captureOutput();
  const run = async (...args: string[]) => {
    io.out.length = 0;
    io.err.length = 0;
    io.stdout.length = 0;
    return main(['batch', ...args]);
  };

  it('ranks textbook halls by shortfall, with Erlang C’s answers and the in-thread records bit for bit', async () => {
    const { manifest, dir } = province();
    const out = join(dir, 'out');
    expect(await run(manifest, '--out', out, '--workers', '2')).toBe(0);
    const p = JSON.parse(readFileSync(join(out, 'province.json'), 'utf8')) as ProvinceResult;
    expect(p.kind).toBe('hallflow.province');
    const byId = Object.fromEntries(p.halls.map((h) => [h.id, h]));
    // P(no wait) = 1 − C(c, λ/μ), within four half-widths (and half a point for the warm-up's bias).
    for (const [id, c] of [
      ['ten', 10],
      ['eleven', 11],
    ] as const) {
      const within = byId[id].simulate!.within;
      expect(Math.abs(within.mean - (1 - erlangC(c, 8)))).toBeLessThan(4 * within.halfWidth! + 0.005);
      expect(byId[id].installed.windows).toBe(c);
    }
    expect(byId.ten.simulate!.shortfall).toBeGreaterThan(0.05);
    expect(byId.eleven.simulate!.shortfall).toBe(0);
    // The what-if's paired change in the mean wait: Wq(11) − Wq(10) = C(11, 8)/3 − C(10, 8)/2.
    const change = byId.ten.compare!.differences.find((d) => d.metric === 'wait.all.mean')!.difference;
    expect(Math.abs(change.mean - (erlangC(11, 8) / 3 - erlangC(10, 8) / 2))).toBeLessThan(
      4 * change.halfWidth! + 0.01,
    );
    expect(byId.eleven.compare).toBeNull();
    // Each record is what running the hall here gives, replication by replication, bit for bit.
    for (const [id, s] of [
      ['ten', base],
      ['eleven', mergePatch(base, windows(11))],
    ] as const) {
      const acc = new ResultAccumulator();
      for (let r = 0; r < REPS; r++)
        acc.add(runReplication(s as Scenario, { seed: 11, replication: r, groupLoad: RESULTS_LOAD }));
      expect(byId[id].simulate).toEqual(simulateRecord(s as Scenario, acc.finish()));
    }
    // The table ranks the short hall first, and the CSV opens in Excel (BOM, both names).
    const table = io.out.join('\n');
    expect(table.indexOf(' ten ')).toBeLessThan(table.indexOf(' eleven '));
    expect(table).toMatch(/按与服务目标的差距排序/);
    const csv = readFileSync(join(out, 'province.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^1,ten,教科书模型：M\/M\/10,Textbook: M\/M\/10,/);
  }, 120_000);

  it('gives the same file with 0 or 2 workers, and resumes: only lost or changed jobs run again', async () => {
    const { manifest, dir } = province();
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    expect(await run(manifest, '--out', a, '--workers', '0')).toBe(0);
    expect(await run(manifest, '--out', b, '--workers', '2')).toBe(0);
    const first = readFileSync(join(a, 'province.json'), 'utf8');
    expect(readFileSync(join(b, 'province.json'), 'utf8')).toBe(first);
    rmSync(join(a, 'jobs', 'eleven.simulate.json'));
    expect(await run(manifest, '--out', a, '--workers', '0')).toBe(0);
    const log = io.err.join('\n');
    expect(log).toMatch(/ten simulate: stored earlier, skipped/);
    expect(log).toMatch(/ten compare: stored earlier, skipped/);
    expect(log).toMatch(/eleven simulate: \d+\.\d s/);
    expect(readFileSync(join(a, 'province.json'), 'utf8')).toBe(first);
    // Another seed: another key for every job, so all of them run.
    const reseeded = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...reseeded, seed: 12 }));
    expect(await run(manifest, '--out', a, '--workers', '0')).toBe(0);
    expect(io.err.join('\n')).not.toMatch(/stored earlier/);
    expect(readFileSync(join(a, 'province.json'), 'utf8')).not.toBe(first);
  }, 120_000);

  it('refuses a wrong manifest, naming the field and the value, in both languages', async () => {
    const { manifest, dir } = province({ replications: 0, halls: [{ id: 'x', scenario: 'nowhere.json' }] });
    expect(await run(manifest, '--out', join(dir, 'out'))).toBe(1);
    const err = io.err.join('\n');
    expect(err).toMatch(/replications: got 0; must be at least 2/);
    expect(err).toMatch(/重复次数：取值 0/);
    // Once the manifest is sound, a hall's missing file is named.
    const { manifest: m2 } = province({ halls: [{ id: 'x', scenario: 'nowhere.json' }] });
    expect(await run(m2, '--out', join(dir, 'out'))).toBe(1);
    expect(io.err.join('\n')).toMatch(/halls\[0\] \(hall "x"\): nowhere\.json: cannot read \(no such file\)/);
    expect(io.err.join('\n')).toMatch(/第 1 个办税厅「x」：nowhere\.json：无法读取（文件不存在）/);
    expect(await run('--workers', 'two', m2)).toBe(2);
    expect(io.err.join('\n')).toMatch(/--workers: got "two"/);
    expect(await run(m2, '--queue', 'localhost:6379')).toBe(2);
    expect(io.err.join('\n')).toMatch(/--queue: got "localhost:6379"; allowed: a Redis address/);
    expect(await run(m2, '--queue', 'redis://h:1', '--workers', '2')).toBe(2);
    expect(io.err.join('\n')).toMatch(/--workers: got "2"; allowed: nothing with --queue/);
    expect(io.err.join('\n')).toMatch(/与 --queue 同用时不可指定/);
    expect(defaultOut('data/province/manifest.json')).toBe(join('hallflow-batch', 'province'));
    expect(defaultOut('/tmp/x/north-2027.json')).toBe(join('hallflow-batch', 'north-2027'));
  });

  it('says so when the queue cannot be reached, for the batch and for a worker', async () => {
    // A port nothing listens on: taken from the system, then let go.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const p = (server.address() as AddressInfo).port;
        server.close(() => resolve(p));
      });
    });
    const { manifest, dir } = province();
    const url = `redis://127.0.0.1:${port}`;
    expect(await run(manifest, '--out', join(dir, 'out'), '--queue', url)).toBe(1);
    expect(io.err.join('\n')).toMatch(new RegExp(`cannot reach the queue at ${url} \\(connect ECONNREFUSED`));
    expect(io.err.join('\n')).toMatch(/无法连接队列/);
    io.err.length = 0;
    expect(await main(['worker', '--queue', url, '--lock-seconds', '5'])).toBe(1);
    expect(io.err.join('\n')).toMatch(/hallflow worker: cannot reach the queue/);
  }, 90_000);

  it('cancelled with Ctrl-C: exits 130, keeps the jobs finished, and the same command goes on', async () => {
    const bin = fileURLToPath(new URL('../../bin/hallflow.mjs', import.meta.url));
    // The second hall's job is long enough to be interrupted.
    const { manifest, dir } = province({
      replications: 300,
      halls: [{ id: 'ten' }, { id: 'eleven', overrides: windows(11) }],
    });
    const out = join(dir, 'out');
    const interrupted = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'batch', manifest, '--out', out, '--workers', '0']);
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (d) => {
        stderr += d;
        if (!sent && /\[1\/2\] ten simulate: \d/.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/cancelled; finished jobs are kept/);
    expect(interrupted.stderr).toMatch(/已取消/);
    expect(await run(manifest, '--out', out, '--workers', '2')).toBe(0);
    expect(io.err.join('\n')).toMatch(/\[1\/2\] ten simulate: stored earlier, skipped/);
    expect(io.err.join('\n')).toMatch(/\[2\/2\] eleven simulate: \d/);
  }, 180_000);
});
