/**
 * The batch on a real queue: Debian's redis-server (which .ci/run installs) started and stopped
 * here, three `hallflow worker` processes taking the jobs, one of them killed (SIGKILL) while it
 * holds a job (the plan), which another worker then runs again; the batch's province.json is the local
 * run's, byte for byte (each job's seeds are fixed by the manifest, and the blocks are folded in
 * replication order).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/scenario/index.ts';
import { main } from './main.ts';

const bin = fileURLToPath(new URL('../../bin/hallflow.mjs', import.meta.url));
const textbook = JSON.parse(
  readFileSync(new URL('../../data/scenarios/textbook-mmc.json', import.meta.url), 'utf8'),
) as Scenario;
const base = { ...textbook, calendar: { ...textbook.calendar, days: 2 }, target: { waitMinutes: 0, share: 0.7 } };
const windows = (c: number) => ({
  windows: {
    ...textbook.windows,
    groups: [{ ...textbook.windows.groups[0], windows: c, schedule: new Array(24).fill(c) }],
  },
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a process and resolves once its output matches `ready`. */
function started(cmd: string, args: string[], ready: RegExp, log: { text: string }, hint = ''): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args);
    const seen = (d: Buffer) => {
      log.text += d;
      if (ready.test(log.text)) resolve(child);
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.on('error', (e) => reject(new Error(`${cmd} could not start (${e.message})${hint}`)));
    child.on('exit', (code) => reject(new Error(`${cmd} exited (${code}) before it was ready:\n${log.text}`)));
  });
}

describe('hallflow batch --queue with hallflow worker processes', () => {
  let redis: ChildProcess;
  let url: string;
  const workers: { child: ChildProcess; log: { text: string } }[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = await started(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      /Ready to accept connections/,
      { text: '' },
      ': apt install redis-server (.ci/run installs it)',
    );
    url = `redis://127.0.0.1:${port}`;
  });

  afterAll(() => {
    for (const w of workers) w.child.kill('SIGKILL');
    redis?.kill('SIGTERM');
  });

  it('gives the local run’s results byte for byte, though a worker dies holding a job', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-queue-'));
    writeFileSync(join(dir, 'mmc.json'), JSON.stringify(base));
    const manifest = join(dir, 'province.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        kind: 'hallflow.batch',
        version: 1,
        name: { zh: '队列测试省', en: 'Queue test province' },
        synthetic: true,
        base: 'mmc.json',
        run: ['simulate'],
        replications: 40,
        seed: 5,
        block: 10,
        whatIf: { name: { zh: '多一个窗口', en: 'one more window' }, overrides: windows(11) },
        halls: [
          { id: 'ten', run: ['simulate', 'compare'] },
          { id: 'eleven', run: ['simulate', 'plan'], overrides: windows(11) },
        ],
      }),
    );
    // The local run, in this process.
    expect(await main(['batch', manifest, '--out', join(dir, 'local'), '--workers', '2'])).toBe(0);

    for (let i = 0; i < 3; i++) {
      const log = { text: '' };
      const child = await started(
        process.execPath,
        [bin, 'worker', '--queue', url, '--lock-seconds', '2'],
        /waiting for jobs/,
        log,
      );
      workers.push({ child, log });
    }
    // The worker that takes the plan (seconds of work) is killed at once, holding it.
    let killed: { id: string; worker: number } | null = null;
    const watch = setInterval(() => {
      if (killed) return;
      workers.forEach((w, i) => {
        const m = /job (\S+) started: plan/.exec(w.log.text);
        if (!killed && m) {
          w.child.kill('SIGKILL');
          killed = { id: m[1], worker: i };
        }
      });
    }, 5);
    const producer = { text: '' };
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [bin, 'batch', manifest, '--out', join(dir, 'queue'), '--queue', url]);
      child.stdout.on('data', (d) => (producer.text += d));
      child.stderr.on('data', (d) => (producer.text += d));
      child.on('close', resolve);
    });
    clearInterval(watch);
    expect(code, producer.text).toBe(0);
    expect(killed).not.toBeNull();
    const { id, worker } = killed!;
    // Another worker ran the job the dead one held, to its end.
    const others = workers.filter((_, i) => i !== worker).map((w) => w.log.text);
    expect(others.some((t) => t.includes(`job ${id} started`) && t.includes(`job ${id} done`))).toBe(true);
    expect(workers[worker].log.text).not.toContain(`job ${id} done`);
    // The same numbers as the local run, to the byte.
    const local = readFileSync(join(dir, 'local', 'province.json'), 'utf8');
    expect(readFileSync(join(dir, 'queue', 'province.json'), 'utf8')).toBe(local);
    expect(producer.text).toMatch(/\[4\/4\] eleven plan: /);
  });
});
