/**
 * `hallflow worker --queue redis://HOST:PORT`: takes a batch's jobs from the queue and runs them,
 * one at a time, until stopped (Ctrl-C or SIGTERM: the job running is finished first). Start
 * one per core on as many machines as there are; they need no files, only the queue (each job
 * carries its scenarios). A line per job on stderr.
 */
import { Worker } from 'bullmq';
import { parseArgs } from 'node:util';
import { intFlag, reportUsageError } from './args.ts';
import { connected, queueConnection, QueueUnreachable } from './queue-connection.ts';
import { processJob, QUEUE_NAME, type BlockDone, type PlanDone, type QueueJob } from './queue-jobs.ts';

export const WORKER_HELP = `Usage: hallflow worker --queue redis://HOST:PORT [options]

Runs the jobs of \`hallflow batch MANIFEST --queue …\` from the queue until stopped.

  --queue URL         the Redis queue (required)
  --lock-seconds N    a job whose worker has not been heard from for this long is given
                      to another worker (default 30; 1 to 3600)`;

export async function runWorkerCommand(argv: string[]): Promise<number> {
  let values;
  let lockSeconds: number;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        queue: { type: 'string' },
        'lock-seconds': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
    if (values.help) {
      console.log(WORKER_HELP);
      return 0;
    }
    if (values.queue === undefined) {
      console.error(`hallflow worker: --queue is required / 必须指定 --queue\n\n${WORKER_HELP}`);
      return 2;
    }
    lockSeconds = intFlag('lock-seconds', values['lock-seconds'], 30, 1, 3600);
    queueConnection(values.queue);
  } catch (e) {
    return reportUsageError('worker', e, WORKER_HELP);
  }
  const worker = new Worker<QueueJob, BlockDone | PlanDone>(
    QUEUE_NAME,
    async (job) => {
      const what = job.data.kind === 'plan' ? 'plan' : `replications ${job.data.from}–${job.data.to - 1}`;
      console.error(`job ${job.id} started: ${what} / 作业开始`);
      const out = await processJob(job.data);
      console.error(`job ${job.id} done / 作业完成`);
      return out;
    },
    {
      connection: queueConnection(values.queue),
      concurrency: 1,
      lockDuration: lockSeconds * 1000,
      stalledInterval: lockSeconds * 1000,
      // A job whose worker died is given to another; one that kills every worker it meets is not for ever.
      maxStalledCount: 3,
    },
  );
  worker.on('failed', (job, e) => console.error(`job ${job?.id ?? '?'} failed / 作业失败: ${e.message}`));
  try {
    await connected(values.queue, [worker]);
  } catch (e) {
    if (!(e instanceof QueueUnreachable)) throw e;
    console.error(`hallflow worker: ${e.message}\nhallflow worker：${e.messageZh}`);
    await worker.close(true).catch(() => undefined);
    return 1;
  }
  console.error(`hallflow worker: waiting for jobs on ${values.queue} / 等待作业`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await worker.close();
  return 0;
}
