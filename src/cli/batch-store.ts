/**
 * Where `hallflow batch` keeps each finished job: DIR/jobs/<hall>.<task>.json, written whole or
 * not at all (to a temporary file, then renamed), with the job's key: a hash of everything its
 * numbers depend on (the task, the hall's scenario as changed, the what-if, replications, seed,
 * plan target). A re-run skips a job whose file holds the same key; a changed hall, seed or
 * count gives another key and the job runs again. A file that cannot be read is run again too.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchTask } from '../sim/batch/manifest.ts';
import type { HallHeader, JobRecord } from '../sim/batch/records.ts';

export interface StoredJob {
  kind: 'hallflow.batch-job';
  version: 1;
  key: string;
  hall: HallHeader;
  record: JobRecord;
  /** Seconds it took (on whichever machine ran it). */
  seconds: number;
}

/** The key of a job: a SHA-256 of what its numbers depend on. */
export function jobKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export class JobStore {
  private readonly jobs: string;

  constructor(readonly dir: string) {
    this.jobs = join(dir, 'jobs');
    mkdirSync(this.jobs, { recursive: true });
  }

  private file(hall: string, task: BatchTask): string {
    return join(this.jobs, `${hall}.${task}.json`);
  }

  /** The stored job with this key, or null (none, another key, or unreadable). */
  get(hall: string, task: BatchTask, key: string): StoredJob | null {
    try {
      const job = JSON.parse(readFileSync(this.file(hall, task), 'utf8')) as StoredJob;
      return job.kind === 'hallflow.batch-job' && job.key === key ? job : null;
    } catch {
      return null;
    }
  }

  put(task: BatchTask, job: StoredJob): void {
    const file = this.file(job.hall.id, task);
    const part = `${file}.part`;
    writeFileSync(part, `${JSON.stringify(job)}\n`);
    renameSync(part, file);
  }
}
