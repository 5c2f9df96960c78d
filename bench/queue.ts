/**
 * The batch queue (issue 16), measured from the outside with whole processes: the sample
 * province's simulate jobs (10 halls × 60 replications in blocks of 10: 60 queue jobs) through a
 * real redis-server with 1 and then 2 `hallflow worker` processes, warmed on another batch first,
 * against `hallflow batch --workers 0` (the same jobs in one thread, no queue) in the same run.
 *
 *  - jobs per second with 1 and 2 worker processes;
 *  - the queue's overhead per job: the 1-worker batch's wall time less the producer's start-up
 *    and the worker's time inside replications, per job;
 *  - a national study's time, estimated from the measured cost of a replication (see RESULTS.md).
 *
 * Needs redis-server (Debian's package; .ci/run installs it). Measured, never asserted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface QueueFigures {
  jobs: number;
  replications: number;
  localSeconds: number;
  oneWorkerSeconds: number;
  twoWorkersSeconds: number;
  jobsPerSecond: { one: number; two: number };
  twoOverOne: number;
  overheadPerJobMs: number;
  /** Seconds a worker spent per replication (from the jobs' own times, 1 worker). */
  secondsPerReplication: number;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/hallflow.mjs');
const PORT = 6391 + Math.floor(Math.random() * 1000);

function waitFor(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = '';
    const seen = (d: Buffer) => {
      text += d;
      if (pattern.test(text)) resolve();
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`exited (${code}) before ready: ${text}`)));
  });
}

function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hallflow ${args.join(' ')} failed: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

export async function benchQueue(log: (...a: unknown[]) => void): Promise<QueueFigures> {
  // The sample province, simulate only, written beside it (its scenario paths are relative).
  const manifest = JSON.parse(readFileSync(join(ROOT, 'data/province/manifest.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-bench-queue-'));
  const REPS = 60;
  const BLOCK = 10;
  const halls = manifest.halls.map((h: Record<string, unknown>) => ({ ...h, run: ['simulate'] }));
  const file = (seed: number, reps = REPS) => {
    const f = join(ROOT, 'data/province', `.bench-${process.pid}-${seed}.json`);
    writeFileSync(f, JSON.stringify({ ...manifest, run: ['simulate'], replications: reps, block: BLOCK, seed, halls }));
    made.push(f);
    return f;
  };
  const made: string[] = [];
  const jobs = halls.length * Math.ceil(REPS / BLOCK);
  const redis = spawn('redis-server', [
    '--port',
    String(PORT),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  const workers: ChildProcess[] = [];
  try {
    await waitFor(redis, /Ready to accept connections/);
    const url = `redis://127.0.0.1:${PORT}`;
    const measured = file(1);
    const localSeconds = wall(['batch', measured, '--workers', '0', '--out', join(dir, 'local')]);
    // A batch whose every job is stored: the producer's own start-up, reading and checking.
    const startSeconds = wall(['batch', measured, '--workers', '0', '--out', join(dir, 'local')]);
    const busyOf = (out: string) =>
      halls.reduce(
        (a: number, h: { id: string }) =>
          a + JSON.parse(readFileSync(join(out, 'jobs', `${h.id}.simulate.json`), 'utf8')).seconds,
        0,
      );
    const startWorker = async () => {
      const w = spawn(process.execPath, [BIN, 'worker', '--queue', url]);
      workers.push(w);
      await waitFor(w, /waiting for jobs/);
    };
    // Workers warmed on another seed first: a new worker compiles for its first second or so.
    await startWorker();
    wall(['batch', file(2, 20), '--queue', url, '--out', join(dir, 'warm1')]);
    const oneWorkerSeconds = wall(['batch', measured, '--queue', url, '--out', join(dir, 'one')]);
    const busy = busyOf(join(dir, 'one'));
    await startWorker();
    wall(['batch', file(3, 20), '--queue', url, '--out', join(dir, 'warm2')]);
    const twoWorkersSeconds = wall(['batch', measured, '--queue', url, '--out', join(dir, 'two')]);
    const figures: QueueFigures = {
      jobs,
      replications: halls.length * REPS,
      localSeconds,
      oneWorkerSeconds,
      twoWorkersSeconds,
      jobsPerSecond: { one: jobs / oneWorkerSeconds, two: jobs / twoWorkersSeconds },
      twoOverOne: oneWorkerSeconds / twoWorkersSeconds,
      overheadPerJobMs: (1000 * (oneWorkerSeconds - startSeconds - busy)) / jobs,
      secondsPerReplication: busy / (halls.length * REPS),
    };
    log(`  sample province, simulate: ${halls.length} halls × ${REPS} replications = ${jobs} queue jobs of ${BLOCK}`);
    log(`  this thread, no queue           ${localSeconds.toFixed(2)} s (whole process, cold)`);
    log(
      `  queue, 1 warm worker process    ${oneWorkerSeconds.toFixed(2)} s, ${figures.jobsPerSecond.one.toFixed(1)} jobs/s`,
    );
    log(
      `  queue, 2 warm worker processes  ${twoWorkersSeconds.toFixed(2)} s, ${figures.jobsPerSecond.two.toFixed(1)} jobs/s (${figures.twoOverOne.toFixed(2)}x)`,
    );
    log(
      `  queue overhead per job          ${figures.overheadPerJobMs.toFixed(0)} ms (1 worker: wall − producer start ${startSeconds.toFixed(2)} s − time in replications ${busy.toFixed(2)} s, per job)`,
    );
    log(`  a worker's time per replication ${(1000 * figures.secondsPerReplication).toFixed(1)} ms (a hall of 8 days)`);
    return figures;
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    redis.kill('SIGTERM');
    for (const f of made) rmSync(f, { force: true });
  }
}
