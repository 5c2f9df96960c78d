/**
 * `hallflow batch MANIFEST.json [--workers N] [--out DIR] [--json]`: every hall of a batch
 * manifest (data/README.md) simulated, planned and compared as it says, on this machine's cores,
 * each finished job stored in DIR so that running the same command again skips it; at the end
 * the province's halls ranked by shortfall (a table, DIR/province.json for the app's province
 * view, DIR/province.csv for Excel).
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ParameterError } from '../sim/errors.ts';
import { expandHalls } from '../sim/batch/expand.ts';
import type { BatchManifest } from '../sim/batch/manifest.ts';
import { hallResult, PROVINCE_KIND, PROVINCE_VERSION, type ProvinceResult } from '../sim/batch/province.ts';
import { validateManifest } from '../sim/batch/validate.ts';
import { createCliPool, createNodePool } from '../workers/node-pool.ts';
import { reportUsageError } from './args.ts';
import { BatchCancelled, batchJobs, headerOf, runBatch, type BatchJob, type JobEvent } from './batch-run.ts';
import { runBatchOnQueue } from './batch-queue.ts';
import { JobStore } from './batch-store.ts';
import { queueConnection, QueueUnreachable } from './queue-connection.ts';
import { provinceCsv, provinceTable } from './batch-table.ts';
import { CANCELLED_EXIT_CODE, workersFlag, type WorkerCount } from './run-pool.ts';
import { describeProblems, readJsonObject } from './scenario-file.ts';

export const BATCH_HELP = `Usage: hallflow batch MANIFEST.json [options]

Runs every hall of a batch manifest (see data/README.md): simulate, plan, compare.
Each finished job is stored; running the same command again skips what is done.

  --workers N     worker threads (default: this thread and one per further core;
                  0 runs in this thread)
  --out DIR       where jobs and results are written (default: hallflow-batch/<manifest
                  file name>, or its folder's name for manifest.json)
  --queue URL     put the jobs on a Redis queue (redis://HOST:PORT) for \`hallflow worker\`
                  processes on any machines to run, and collect them here
  --json          print the province's results as JSON instead of the table`;

export async function runBatchCommand(argv: string[]): Promise<number> {
  let values;
  let files: string[];
  let workers: WorkerCount;
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workers: { type: 'string' },
        out: { type: 'string' },
        queue: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
    workers = workersFlag(values.workers);
    if (values.queue !== undefined) queueConnection(values.queue);
    if (values.queue !== undefined && values.workers !== undefined)
      throw new ParameterError(
        '--workers',
        values.workers,
        'nothing with --queue: the jobs run in `hallflow worker` processes (start as many as you like)',
        '与 --queue 同用时不可指定：作业由 `hallflow worker` 进程运行（数量不限）',
      );
  } catch (e) {
    return reportUsageError('batch', e, BATCH_HELP);
  }
  if (values.help) {
    console.log(BATCH_HELP);
    return 0;
  }
  if (files.length !== 1) {
    console.error(`hallflow batch: give one manifest file / 请指定一个批量清单文件\n\n${BATCH_HELP}`);
    return 2;
  }
  const file = files[0];
  const read = readJsonObject(file);
  if (!read.ok) {
    console.error(`${file}: ${read.why.en}\n${file}：${read.why.zh}`);
    return 1;
  }
  const problems = validateManifest(read.json);
  if (problems.length > 0) {
    for (const line of describeProblems(file, problems, { en: '(manifest)', zh: '（批量清单）' })) console.error(line);
    return 1;
  }
  const manifest = read.json as unknown as BatchManifest;
  const here = dirname(resolve(file));
  const expanded = expandHalls(manifest, (path) => readJsonObject(resolve(here, path)));
  if (!expanded.ok) {
    for (const line of describeProblems(file, expanded.problems, { en: '(manifest)', zh: '（批量清单）' }))
      console.error(line);
    return 1;
  }
  const out = values.out ?? defaultOut(file);
  const store = new JobStore(out);
  const jobs = batchJobs(manifest, expanded.halls);
  let result;
  try {
    result =
      values.queue === undefined
        ? await runHere(workers, manifest, jobs, store)
        : await runOnQueue(values.queue, manifest, jobs, store);
  } catch (e) {
    if (e instanceof QueueUnreachable) {
      console.error(`hallflow batch: ${e.message}\nhallflow batch：${e.messageZh}`);
      return 1;
    }
    if (!(e instanceof BatchCancelled)) throw e;
    console.error(
      `hallflow batch: cancelled; finished jobs are kept in ${out}, run the same command to go on / 已取消；已完成的作业保存在 ${out}，再次运行同一命令即可继续`,
    );
    return CANCELLED_EXIT_CODE;
  }
  const province: ProvinceResult = {
    kind: PROVINCE_KIND,
    version: PROVINCE_VERSION,
    name: manifest.name,
    synthetic: manifest.synthetic === true,
    seed: manifest.seed,
    replications: manifest.replications,
    halls: expanded.halls.map((h) =>
      hallResult(
        headerOf(h),
        result.stored.filter((s) => s.hall.id === h.id).map((s) => s.record),
      ),
    ),
  };
  writeFileSync(join(out, 'province.json'), `${JSON.stringify(province, null, 2)}\n`);
  writeFileSync(join(out, 'province.csv'), provinceCsv(province));
  if (values.json) process.stdout.write(`${JSON.stringify(province, null, 2)}\n`);
  else {
    const synthetic = province.synthetic ? ' (synthetic / 虚构)' : '';
    console.log(`${manifest.name.zh} / ${manifest.name.en}${synthetic}`);
    console.log(
      `Halls ranked by shortfall against the target, ${manifest.replications} replications, seed ${manifest.seed}; ± is the 95% half-width`,
    );
    console.log(
      `按与服务目标的差距排序，${manifest.replications} 次重复，种子 ${manifest.seed}；± 为 95% 置信区间半宽`,
    );
    for (const line of provinceTable(province)) console.log(line);
    console.log(`\n${join(out, 'province.json')}, ${join(out, 'province.csv')}`);
  }
  if (result.failed.length > 0) {
    console.error(
      `hallflow batch: ${result.failed.length} job(s) failed: ${result.failed.map((j) => `${j.hall.id} ${j.task}`).join(', ')} / ${result.failed.length} 个作业失败`,
    );
    return 1;
  }
  return 0;
}

/**
 * hallflow-batch/<the manifest's file name>, or its folder's name for a file called manifest.json
 * (data/province/manifest.json: hallflow-batch/province).
 */
export function defaultOut(file: string): string {
  const name = basename(file).replace(/\.json$/i, '');
  return join('hallflow-batch', name.toLowerCase() === 'manifest' ? basename(dirname(resolve(file))) : name);
}

/** On this machine's cores: one pool for the whole batch; Ctrl-C cancels the job running. */
async function runHere(workers: WorkerCount, m: BatchManifest, jobs: BatchJob[], store: JobStore) {
  const pool =
    workers === 'auto'
      ? createCliPool(availableParallelism())
      : workers === 0
        ? createCliPool(1)
        : createNodePool(workers);
  const onSigint = () => pool.cancel();
  process.once('SIGINT', onSigint);
  try {
    return await runBatch(pool, m, jobs, store, report);
  } finally {
    process.off('SIGINT', onSigint);
    pool.destroy();
  }
}

/** Through the queue: the workers run the jobs; Ctrl-C stops collecting (the queued jobs stay, for a re-run). */
async function runOnQueue(url: string, m: BatchManifest, jobs: BatchJob[], store: JobStore) {
  let onSigint = () => {};
  const cancelled = new Promise<never>((_, reject) => (onSigint = () => reject(new BatchCancelled())));
  cancelled.catch(() => undefined);
  process.once('SIGINT', onSigint);
  try {
    return await runBatchOnQueue(url, m, jobs, store, report, cancelled);
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** A line per job on stderr: what ran, how long it took, what was already stored. */
function report(e: JobEvent): void {
  const at = `[${e.index + 1}/${e.total}] ${e.job.hall.id} ${e.job.task}`;
  if (e.outcome === 'stored') console.error(`${at}: stored earlier, skipped / 已完成，跳过`);
  else if (e.outcome === 'done') console.error(`${at}: ${e.seconds.toFixed(1)} s`);
  else console.error(`${at}: failed / 失败: ${e.message ?? ''}`);
}
