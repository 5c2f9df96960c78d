/**
 * simjs 2.0.3, our speed and correctness baseline (not our engine).
 *
 * simjs is a browserify bundle: importing it yields nothing; it only sets `window.Sim` when a
 * `window` exists. So we point `window` at the global object before loading it, then read
 * `globalThis.Sim`. It ships no types; the few members used here are declared below.
 */
import { createRequire } from 'node:module';

interface SimjsRequest {
  done(callback: () => void, context?: object): SimjsRequest;
}
interface SimjsEntity {
  time(): number;
  setTimer(delay: number): SimjsRequest;
  useFacility(facility: object, duration: number): SimjsRequest;
}
interface SimjsApi {
  Sim: new () => { addEntity(klass: unknown, name?: string): unknown; simulate(end: number): unknown };
  Entity: new (sim: unknown, name?: string) => SimjsEntity;
  Facility: { new (name: string, discipline: number, servers: number): object; FCFS: number };
  Random: new (seed: number) => { exponential(rate: number): number };
}

let api: SimjsApi | null = null;

export function loadSimjs(): SimjsApi {
  if (api) return api;
  const g = globalThis as unknown as { window?: unknown; Sim?: SimjsApi };
  g.window ??= globalThis;
  createRequire(import.meta.url)('simjs');
  if (!g.Sim) throw new Error('simjs did not define window.Sim');
  api = g.Sim;
  return api;
}

export interface SimjsMMcResult {
  meanWait: number;
  customers: number;
  /** Events simjs processed: one arrival timer and one service completion per customer. */
  events: number;
}

/**
 * M/M/c in simjs: one generator entity issues a facility request per customer. Waits are
 * measured by us from the request's completion (wait = end − arrival − service), counting
 * customers who arrive in [warmup, horizon) and finish by the horizon.
 */
export function simjsMMc(
  lambda: number,
  mu: number,
  c: number,
  horizon: number,
  warmup: number,
  seed: number,
): SimjsMMcResult {
  const S = loadSimjs();
  const sim = new S.Sim();
  const rand = new S.Random(seed);
  const server = new S.Facility('windows', S.Facility.FCFS, c);
  let sum = 0;
  let n = 0;
  let arrivals = 0;
  class Generator extends S.Entity {
    start() {
      this.next();
    }
    next() {
      const arrival = this.time();
      const service = rand.exponential(mu);
      arrivals++;
      this.useFacility(server, service).done(() => {
        if (arrival >= warmup && arrival < horizon) {
          sum += this.time() - arrival - service;
          n++;
        }
      });
      this.setTimer(rand.exponential(lambda)).done(this.next, this);
    }
  }
  sim.addEntity(Generator);
  sim.simulate(horizon);
  return { meanWait: n > 0 ? sum / n : 0, customers: n, events: 2 * arrivals };
}
