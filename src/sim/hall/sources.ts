/**
 * Streams of arriving taxpayers drawn from rates over the horizon: walk-ins (one source per
 * business type) and each kiosk site's own users (one source per site, the type drawn from the
 * site's mix). A source creates the taxpayer with its attributes (from the streams of its tag
 * and type), schedules its own next arrival, and hands the taxpayer to the hall.
 */
import { PoissonArrivals, type PiecewiseRate } from '../engine/arrivals.ts';
import { Rng } from '../engine/rng.ts';
import type { Simulator } from '../engine/simulator.ts';
import { TypeStreams, drawTaxpayer } from './attributes.ts';
import type { Resolved } from './resolve.ts';
import { Taxpayers, WALK_IN } from './taxpayers.ts';

export interface SourceSpec {
  /** Arrivals per minute over the horizon. */
  rate: PiecewiseRate;
  /** Names the source's streams: `${tag}:arrivals`, `${tag}:type`, and per type `${tag}:…:${type}`. */
  tag: string;
  /** Cumulative shares of the business types (the last is 1), or a single type index. */
  types: Float64Array | number;
}

export class Sources {
  private readonly gens: PoissonArrivals[];
  /** Draws the type of each arrival (null for a source of one type: never drawn from, never made). */
  private readonly typeRng: (Rng | null)[];
  private readonly streams: TypeStreams[][];
  private readonly kind: number;

  constructor(
    private readonly sim: Simulator,
    private readonly r: Resolved,
    private readonly tp: Taxpayers,
    seed: number,
    replication: number,
    private readonly specs: SourceSpec[],
    private readonly onArrival: (id: number, source: number) => void,
  ) {
    this.kind = sim.register((i) => this.fire(i));
    this.streams = specs.map((s) => r.types.map((t) => new TypeStreams(seed, replication, s.tag, t.id)));
    this.typeRng = specs.map((s) =>
      typeof s.types === 'number' ? null : Rng.stream(seed, replication, `${s.tag}:type`),
    );
    this.gens = specs.map((s, i) => {
      const gen = new PoissonArrivals(s.rate, Rng.stream(seed, replication, `${s.tag}:arrivals`));
      const first = gen.next(0);
      const anyType = typeof s.types === 'number' || s.types[s.types.length - 1] > 0;
      if (first < r.horizon && anyType) sim.schedule(first, this.kind, i);
      return gen;
    });
  }

  private fire(i: number): void {
    const spec = this.specs[i];
    const next = this.gens[i].next(this.sim.now);
    // Times from the arrival generator are finite and not in the past: no checks needed.
    if (next < this.r.horizon) this.sim.scheduleTrusted(next, this.kind, i);
    let t: number;
    if (typeof spec.types === 'number') t = spec.types;
    else {
      const mix = spec.types;
      const u = this.typeRng[i]!.next();
      t = 0;
      while (u >= mix[t] && t < mix.length - 1) t++;
    }
    const id = this.tp.create();
    drawTaxpayer(this.tp, id, this.r, this.r.types[t], this.streams[i][t]);
    this.tp.channel[id] = WALK_IN;
    this.onArrival(id, i);
  }
}
