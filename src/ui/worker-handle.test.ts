/**
 * The page's worker lifecycle over a real Comlink channel (Node's MessageChannel stands in for the
 * Worker's port): a call reaches the worker; stopping rejects what is pending with
 * WorkerStoppedError and the next call starts a fresh worker; a worker that dies rejects with
 * WorkerCrashError and its message.
 */
import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerCrashError, WorkerStoppedError, workerHandle } from './worker-handle.ts';

interface Api {
  double(x: number): number;
  never(): Promise<never>;
}

/** A "worker": one end of a channel, the API exposed on the other, and a terminate that closes both. */
function fakeWorker(): Worker & { die(message: string): void; terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(
    { double: (x: number) => 2 * x, never: () => new Promise<never>(() => {}) } satisfies Api,
    port2 as unknown as Comlink.Endpoint,
  );
  const w = port1 as unknown as Worker & { die(message: string): void; terminated: boolean };
  w.terminated = false;
  w.terminate = () => {
    w.terminated = true;
    port1.close();
    port2.close();
  };
  w.die = (message) => {
    const e = new Event('error') as Event & { message: string };
    e.message = message;
    port1.dispatchEvent(e);
  };
  port1.start();
  return w;
}

describe('a page worker', () => {
  it('answers calls, one worker kept between them', async () => {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const h = workerHandle<Api>(() => (made.push(fakeWorker()), made.at(-1)!));
    expect(await h.call((api) => api.double(21))).toBe(42);
    expect(await h.call((api) => api.double(2))).toBe(4);
    expect(made).toHaveLength(1);
    h.stop();
  });

  it('stopped: pending calls reject with WorkerStoppedError, and the next call starts a fresh worker', async () => {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const h = workerHandle<Api>(() => (made.push(fakeWorker()), made.at(-1)!));
    const pending = h.call((api) => api.never());
    h.stop();
    await expect(pending).rejects.toBeInstanceOf(WorkerStoppedError);
    expect(made[0].terminated).toBe(true);
    expect(await h.call((api) => api.double(5))).toBe(10);
    expect(made).toHaveLength(2);
    h.stop();
  });

  it('dead: pending calls reject with WorkerCrashError and its message', async () => {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const h = workerHandle<Api>(() => (made.push(fakeWorker()), made.at(-1)!));
    const pending = h.call((api) => api.never());
    made[0].die('out of memory');
    await expect(pending).rejects.toThrow(WorkerCrashError);
    await expect(pending).rejects.toThrow('out of memory');
    expect(made[0].terminated).toBe(true);
    expect(await h.call((api) => api.double(1))).toBe(2);
    h.stop();
  });
});
