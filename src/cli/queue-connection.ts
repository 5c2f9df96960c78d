/**
 * `--queue redis://HOST:PORT[/DB]`: where the batch's queue lives (Redis, shared by the producer
 * and every worker). Refused with the flag, the value and what is allowed, in both languages.
 */
import type { ConnectionOptions } from 'bullmq';
import { ParameterError } from '../sim/errors.ts';

/**
 * `giveUpSeconds`: stop reconnecting after this long without a connection (the batch command, so
 * that it can say the queue is unreachable and exit); without it, ioredis reconnects for ever
 * (a worker waits out a Redis restart).
 */
const RETRY_MS = 500;

export function queueConnection(url: string, giveUpSeconds?: number): ConnectionOptions {
  const u = URL.canParse(url) ? new URL(url) : null;
  const port = u?.port === '' ? 6379 : Number(u?.port);
  const db = u && u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!u || (u.protocol !== 'redis:' && u.protocol !== 'rediss:') || u.hostname === '' || !(port > 0) || !(db >= 0))
    throw new ParameterError(
      '--queue',
      url,
      'a Redis address like redis://127.0.0.1:6379 (optionally with a database number, redis://host:6379/2)',
      'Redis 地址，例如 redis://127.0.0.1:6379（可加数据库编号，如 redis://host:6379/2）',
    );
  return {
    host: u.hostname,
    port,
    db: Number.isInteger(db) ? db : 0,
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // A worker waits for jobs with blocking reads: BullMQ needs ioredis never to give up on them.
    maxRetriesPerRequest: null,
    ...(giveUpSeconds === undefined
      ? {}
      : { retryStrategy: (times: number) => (times * RETRY_MS > giveUpSeconds * 1000 ? null : RETRY_MS) }),
  };
}

/** The queue could not be reached in time. */
export class QueueUnreachable extends Error {
  override readonly name = 'QueueUnreachable';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot reach the queue at ${url} (${reason}): is redis-server running there, and the port open?`);
  }

  /** The message in Chinese. */
  get messageZh(): string {
    return `无法连接队列 ${this.url}（${this.reason}）：请确认该地址上的 redis-server 正在运行、端口可以访问`;
  }
}

/** What a BullMQ queue, queue events or worker offers to wait for its connection. */
interface Connecting {
  waitUntilReady(): Promise<unknown>;
  on(event: 'error', listener: (e: Error) => void): unknown;
}

/**
 * Waits until every one of `parts` is connected, or throws QueueUnreachable after `seconds`
 * (ioredis would otherwise retry for ever, and a wrong address would look like a batch that
 * never starts). Connection errors are kept for the message, not printed as they come.
 */
export async function connected(url: string, parts: Connecting[], seconds = 10): Promise<void> {
  let reason = `no answer in ${seconds} s`;
  for (const p of parts) p.on('error', (e) => (reason = e.message || reason));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnreachable(url, reason)), seconds * 1000);
  });
  try {
    await Promise.race([Promise.all(parts.map((p) => p.waitUntilReady())), late]);
  } finally {
    clearTimeout(timer);
  }
}
