/**
 * Drawing a taxpayer's attributes from the streams of its business type and channel.
 *
 * Stream names are (channel tag, attribute, type id), so that two scenarios run with the same
 * seed give the n-th walk-in of a type the same handling time, patience, credit class and
 * decisions, even if other types, channels or parameters differ (common random numbers).
 */
import { Rng } from '../engine/rng.ts';
import type { Resolved, ResolvedType } from './resolve.ts';
import { Taxpayers, UNIFORMS } from './taxpayers.ts';

export class TypeStreams {
  readonly service: Rng;
  readonly patience: Rng;
  readonly kiosk: Rng;
  readonly choice: Rng;
  constructor(seed: number, replication: number, tag: string, typeId: string) {
    this.service = Rng.stream(seed, replication, `${tag}:service:${typeId}`);
    this.patience = Rng.stream(seed, replication, `${tag}:patience:${typeId}`);
    this.kiosk = Rng.stream(seed, replication, `${tag}:kiosk:${typeId}`);
    this.choice = Rng.stream(seed, replication, `${tag}:choice:${typeId}`);
  }
}

/** Fills a new taxpayer's attributes (type, credit class, times, uniforms for later choices). */
export function drawTaxpayer(tp: Taxpayers, id: number, r: Resolved, t: ResolvedType, s: TypeStreams): void {
  tp.type[id] = t.index;
  const u = s.choice.next();
  const cum = t.creditCumulative;
  let k = 0;
  while (u >= cum[k] && k < cum.length - 1) k++;
  tp.credit[id] = k;
  tp.service[id] = t.service.sample(s.service);
  const patience = r.behaviour.patience;
  tp.patience[id] = patience ? patience.sample(s.patience) : Infinity;
  tp.kioskTime[id] = t.kiosk ? t.kiosk.time.sample(s.kiosk) : 0;
  const base = id * UNIFORMS;
  // Decisions need no more than 32 bits each.
  for (let i = 0; i < UNIFORMS; i++) tp.uniforms[base + i] = s.choice.nextUnit();
}
