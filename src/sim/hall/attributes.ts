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
  // Created on first use: a replication names a few hundred streams, most never drawn from.
  private s: Rng | null = null;
  private p: Rng | null = null;
  private k: Rng | null = null;
  private c: Rng | null = null;
  constructor(
    private readonly seed: number,
    private readonly replication: number,
    private readonly tag: string,
    private readonly typeId: string,
  ) {}
  private make(what: string): Rng {
    return Rng.stream(this.seed, this.replication, `${this.tag}:${what}:${this.typeId}`);
  }
  get service(): Rng {
    return (this.s ??= this.make('service'));
  }
  get patience(): Rng {
    return (this.p ??= this.make('patience'));
  }
  get kiosk(): Rng {
    return (this.k ??= this.make('kiosk'));
  }
  get choice(): Rng {
    return (this.c ??= this.make('choice'));
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
  const kp = r.kiosks?.patience;
  tp.kioskPatience[id] = t.kiosk && kp ? kp.sample(s.kiosk) : Infinity;
  const base = id * UNIFORMS;
  // Decisions need no more than 16 bits each (1/65,536 of a probability, or of a day for the
  // time of a return): two per generator output.
  const rng = s.choice;
  for (let i = 0; i < UNIFORMS; i += 2) {
    const x = rng.nextInt32();
    tp.uniforms[base + i] = (x >>> 16) * 1.52587890625e-5; // / 2^16
    tp.uniforms[base + i + 1] = (x & 0xffff) * 1.52587890625e-5;
  }
}
