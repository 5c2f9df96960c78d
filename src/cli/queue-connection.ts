/**
 * `--queue redis://HOST:PORT[/DB]`: where the batch's queue lives (Redis, shared by the producer
 * and every worker). Refused with the flag, the value and what is allowed, in both languages.
 */
import type { ConnectionOptions } from 'bullmq';
import { ParameterError } from '../sim/errors.ts';

export function queueConnection(url: string): ConnectionOptions {
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
  };
}
