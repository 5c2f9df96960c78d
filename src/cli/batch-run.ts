/**
 * Running a batch's jobs on one machine: one pool of worker threads for the whole batch, the jobs
 * one after another (each spreads its replications over the pool), each stored as it finishes
 * (batch-store.ts) so that a batch cut short (Ctrl-C, a crash, a reboot) resumes where it was.
 * A hall whose replication fails is reported and the batch goes on with the others.
 */
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import type { BatchManifest, BatchTask } from '../sim/batch/manifest.ts';
import type { BatchHallRun } from '../sim/batch/expand.ts';
import { installedOf, planRecord, simulateRecord, type HallHeader, type JobRecord } from '../sim/batch/records.ts';
import { makePlan } from '../sim/plan/recommendation.ts';
import { MAIN_MEASURES, pairedDifferences } from '../workers/compare.ts';
import { PlanCancelled, poolSimulate } from '../workers/pool-simulate.ts';
import { ReplicationError, type WorkerPool } from '../workers/pool.ts';
import { jobKey, JobStore, type StoredJob } from './batch-store.ts';
import { planSettings, type PlanSettings } from './plan-run.ts';
import type { Collected } from '../workers/collect.ts';
import type { Scenario } from '../sim/scenario/index.ts';

export interface BatchJob {
  hall: BatchHallRun;
  task: BatchTask;
  key: string;
}

/** Every job of the batch, in manifest order (hall by hall, tasks in the hall's order). */
export function batchJobs(m: BatchManifest, halls: BatchHallRun[]): BatchJob[] {
  return halls.flatMap((hall) =>
    hall.run.map((task) => ({
      hall,
      task,
      key: jobKey([
        'hallflow.batch-job',
        1,
        task,
        hall.scenario,
        task === 'compare' ? hall.whatIf : null,
        m.replications,
        m.seed,
        task === 'plan' ? (m.plan ?? null) : null,
      ]),
    })),
  );
}

export const headerOf = (hall: BatchHallRun): HallHeader => ({
  id: hall.id,
  name: hall.name,
  installed: installedOf(hall.scenario),
});

/** Thrown when the batch was cancelled (Ctrl-C): nothing of the job running is stored. */
export class BatchCancelled extends Error {
  override readonly name = 'BatchCancelled';
}

/** The simulation a simulate or compare job runs: its scenarios, and whether they are merged. */
export function runOf(job: BatchJob): { scenarios: Scenario[]; merge: boolean } {
  return job.task === 'compare'
    ? { scenarios: [job.hall.scenario, job.hall.whatIf!], merge: false }
    : { scenarios: [job.hall.scenario], merge: true };
}

/** The request's options both a local pool and a queue's workers run a job's replications with. */
export const JOB_LOAD = { ledgers: false, groupLoad: RESULTS_LOAD } as const;

/** A simulate or compare job's record from its replications (collected in replication order). */
export function recordOf(m: BatchManifest, job: BatchJob, c: Collected): JobRecord {
  if (job.task === 'simulate') return simulateRecord(job.hall.scenario, c.merged[0]!);
  return {
    task: 'compare',
    replications: c.replications,
    whatIf: m.whatIf!.name,
    differences: pairedDifferences(c.scalars, MAIN_MEASURES).map((d) => ({
      metric: d.metric,
      asIs: d.means[0],
      whatIf: d.means[1],
      difference: { mean: d.differences[0].mean, halfWidth: d.differences[0].halfWidth },
    })),
  };
}

/** The settings a plan job is made with. */
export function planSettingsOf(m: BatchManifest): PlanSettings {
  return planSettings({ target: m.plan?.target, reps: String(m.replications), seed: String(m.seed) }).settings;
}

/** Runs one job on the pool: its record. */
export async function runJob(pool: WorkerPool, m: BatchManifest, job: BatchJob): Promise<JobRecord> {
  if (job.task !== 'plan') {
    const out = await pool.run({ ...runOf(job), seed: m.seed, replications: m.replications, ...JOB_LOAD });
    if (out.status === 'cancelled') throw new BatchCancelled();
    return recordOf(m, job, out);
  }
  try {
    return planRecord(await makePlan(job.hall.scenario, poolSimulate(pool), planSettingsOf(m)));
  } catch (e) {
    if (e instanceof PlanCancelled) throw new BatchCancelled();
    throw e;
  }
}

export interface JobEvent {
  index: number;
  total: number;
  job: BatchJob;
  /** 'stored': found from an earlier run; 'done': run now; 'failed': a replication failed. */
  outcome: 'stored' | 'done' | 'failed';
  seconds: number;
  /** Why it failed. */
  message?: string;
}

/**
 * Runs the jobs not yet stored, storing each; `onJob` hears of every job. Returns the stored
 * jobs (all of them, earlier ones included) and the failures. Throws BatchCancelled when cancelled.
 */
export async function runBatch(
  pool: WorkerPool,
  m: BatchManifest,
  jobs: BatchJob[],
  store: JobStore,
  onJob: (e: JobEvent) => void,
  clock: () => number = () => performance.now(),
): Promise<{ stored: StoredJob[]; failed: BatchJob[] }> {
  const stored: StoredJob[] = [];
  const failed: BatchJob[] = [];
  for (const [index, job] of jobs.entries()) {
    const earlier = store.get(job.hall.id, job.task, job.key);
    if (earlier) {
      stored.push(earlier);
      onJob({ index, total: jobs.length, job, outcome: 'stored', seconds: earlier.seconds });
      continue;
    }
    const t0 = clock();
    try {
      const record = await runJob(pool, m, job);
      const seconds = (clock() - t0) / 1000;
      const done: StoredJob = {
        kind: 'hallflow.batch-job',
        version: 1,
        key: job.key,
        hall: headerOf(job.hall),
        record,
        seconds,
      };
      store.put(job.task, done);
      stored.push(done);
      onJob({ index, total: jobs.length, job, outcome: 'done', seconds });
    } catch (e) {
      if (!(e instanceof ReplicationError)) throw e;
      failed.push(job);
      onJob({ index, total: jobs.length, job, outcome: 'failed', seconds: (clock() - t0) / 1000, message: e.message });
    }
  }
  return { stored, failed };
}
