import { describe, expect, it } from 'vitest';
import { ParameterError } from '../sim/errors.ts';
import { queueConnection } from './queue-connection.ts';

describe('--queue', () => {
  it('reads host, port, database and password from a Redis address', () => {
    expect(queueConnection('redis://10.0.0.5:6380/2')).toMatchObject({ host: '10.0.0.5', port: 6380, db: 2 });
    expect(queueConnection('redis://queue.bureau.local')).toMatchObject({
      host: 'queue.bureau.local',
      port: 6379,
      db: 0,
    });
    expect(queueConnection('redis://:s%40cret@h:1')).toMatchObject({ password: 's@cret', port: 1 });
    expect(queueConnection('rediss://h:6379')).toMatchObject({ tls: {} });
  });

  it('refuses anything else, naming the flag and what is allowed in both languages', () => {
    for (const bad of ['localhost:6379', 'http://h:6379', 'redis://', 'redis://h:6379/x', 'redis://h:0'])
      try {
        queueConnection(bad);
        expect.unreachable(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(ParameterError);
        expect((e as ParameterError).message).toMatch(
          /^--queue: got .*; allowed: a Redis address like redis:\/\/127\.0\.0\.1:6379/,
        );
        expect((e as ParameterError).messageZh).toMatch(/Redis 地址/);
      }
  });
});
