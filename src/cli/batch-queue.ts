/**
 * A batch run through the queue (`hallflow batch MANIFEST --queue redis://…`): every job not yet
 * stored is put on the queue at once (queue-jobs.ts: blocks of replications, a plan whole), any
 * number of `hallflow worker` processes on any machines take them, and this process collects
 * them in the manifest's order, folds each hall's blocks in replication order, and stores the
 * record as the local run does (batch-store.ts), so the two give the same files and either can
 * resume the other's batch.
 *
 * A worker that dies holding a job stops renewing its lock; BullMQ then gives the job to another
 * worker (a stalled job), and a job that throws is tried again, up to ATTEMPTS times. Queue jobs
 * have ids made from the job's key and block, so putting a batch on the queue again (after this
 * process was stopped) adds nothing that is already there.
 */
import { Queue, QueueEvents, type Job } from 'bullmq';
import type { BatchManifest } from '../sim/batch/manifest.ts';
import type { JobRecord } from '../sim/batch/records.ts';
import { RunCollector } from '../workers/collect.ts';
import {
  BatchCancelled,
  headerOf,
  planSettingsOf,
  recordOf,
  runOf,
  type BatchJob,
  type JobEvent,
} from './batch-run.ts';
import { jobKey, type JobStore, type StoredJob } from './batch-store.ts';
import { connected, queueConnection } from './queue-connection.ts';
import { blocks, decodeResults, QUEUE_NAME, type BlockDone, type PlanDone, type QueueJob } from './queue-jobs.ts';

/** Tries of a queue job that throws (a worker dying is not a try: the job is taken again). */
export const ATTEMPTS = 3;
export const DEFAULT_BLOCK = 10;
/** How long the batch command tries to reach the queue before it says it cannot. */
const CONNECT_SECONDS = 10;

type Part = Job<QueueJob, BlockDone | PlanDone>;

export async function runBatchOnQueue(
  url: string,
  m: BatchManifest,
  jobs: BatchJob[],
  store: JobStore,
  onJob: (e: JobEvent) => void,
  cancelled: Promise<never>,
): Promise<{ stored: StoredJob[]; failed: BatchJob[] }> {
  const connection = queueConnection(url, CONNECT_SECONDS);
  const queue = new Queue<QueueJob, BlockDone | PlanDone>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  const stored: StoredJob[] = [];
  const failed: BatchJob[] = [];
  try {
    await Promise.race([connected(url, [queue, events], CONNECT_SECONDS), cancelled]);
    const options = { attempts: ATTEMPTS, removeOnComplete: false, removeOnFail: false };
    const put = (job: BatchJob): Promise<Part[]> => {
      if (job.task === 'plan')
        return Promise.all([
          queue.add(
            'plan',
            { kind: 'plan', scenario: job.hall.scenario, settings: planSettingsOf(m) },
            { ...options, jobId: `${job.key}-plan` },
          ),
        ]);
      const { scenarios } = runOf(job);
      const scenarioKeys = scenarios.map((s) => jobKey(s));
      return Promise.all(
        blocks(m.replications, m.block ?? DEFAULT_BLOCK).map(([from, to]) =>
          queue.add(
            'block',
            { kind: 'block', scenarios, scenarioKeys, seed: m.seed, from, to },
            { ...options, jobId: `${job.key}-${from}` },
          ),
        ),
      );
    };
    const earlier = jobs.map((job) => store.get(job.hall.id, job.task, job.key));
    const queued = await Promise.race([
      Promise.all(jobs.map((job, i) => (earlier[i] ? Promise.resolve(null) : put(job)))),
      cancelled,
    ]);
    for (const [index, job] of jobs.entries()) {
      const found = earlier[index];
      if (found) {
        stored.push(found);
        onJob({ index, total: jobs.length, job, outcome: 'stored', seconds: found.seconds });
        continue;
      }
      const parts = queued[index]!;
      try {
        const done = await Promise.race([Promise.all(parts.map((p) => p.waitUntilFinished(events))), cancelled]);
        // Seconds the workers spent on it (they may have run its blocks side by side).
        const finished = await Promise.all(parts.map((p) => queue.getJob(p.id!)));
        const seconds = finished.reduce((a, j) => a + ((j?.finishedOn ?? 0) - (j?.processedOn ?? 0)) / 1000, 0);
        const record: JobRecord =
          job.task === 'plan' ? (done[0] as PlanDone).record : fold(m, job, done as BlockDone[]);
        const result: StoredJob = {
          kind: 'hallflow.batch-job',
          version: 1,
          key: job.key,
          hall: headerOf(job.hall),
          record,
          seconds,
        };
        store.put(job.task, result);
        stored.push(result);
        onJob({ index, total: jobs.length, job, outcome: 'done', seconds });
        await Promise.all(parts.map((p) => p.remove().catch(() => undefined)));
      } catch (e) {
        if (e instanceof BatchCancelled) throw e;
        failed.push(job);
        onJob({
          index,
          total: jobs.length,
          job,
          outcome: 'failed',
          seconds: 0,
          message: String((e as Error).message ?? e),
        });
        // A failed job leaves the queue, so that running the batch again tries it afresh.
        await Promise.all(parts.map((p) => p.remove().catch(() => undefined)));
      }
    }
    return { stored, failed };
  } finally {
    // Closing waits for the connection; one never made is cut instead.
    const closed = Promise.allSettled([events.close(), queue.close()]);
    const late = new Promise((resolve) => setTimeout(resolve, 2000).unref());
    if ((await Promise.race([closed.then(() => true), late])) !== true)
      await Promise.allSettled([events.disconnect(), queue.disconnect()]);
  }
}

/** A hall's blocks, folded in replication order: what the local pool's collector does. */
function fold(m: BatchManifest, job: BatchJob, done: BlockDone[]): JobRecord {
  const { scenarios, merge } = runOf(job);
  const collector = new RunCollector(scenarios.length, m.replications, undefined, merge);
  for (const block of done)
    for (const replication of decodeResults(block.results)) replication.forEach((r, s) => collector.add(s, r));
  return recordOf(m, job, collector.collect());
}
