/**
 * Taxpayers in the hall, as struct-of-arrays storage indexed by a recycled id (no object per
 * taxpayer). Every random attribute is drawn when the taxpayer is created, from streams of its
 * own business type and channel, in a fixed order: so the same taxpayer has the same matter,
 * handling time, patience and choices in every scenario run with the same seed (common random
 * numbers), whatever happens to the others.
 */
import { CustomerIds } from '../engine/customers.ts';
import { growF64 } from '../engine/calendar.ts';

/** Channel codes (also the priority class at a window: smaller is served first). */
export const STAGGERED = 0;
export const APPOINTMENT = 1;
export const WALK_IN = 2;
/** Index of a channel code in the Scenario's CHANNELS order (walkIn, appointment, staggered). */
export const CHANNEL_INDEX = [2, 1, 0];

/** Uniform draws kept per taxpayer for later decisions. */
export const U_KIOSK = 0;
export const U_BALK = 1;
export const U_LEAVE = 2;
export const U_LEFT_CASE = 3;
export const U_RETURN = 4;
export const U_RETURN_DAY = 5;
export const U_RETURN_TIME = 6;
export const U_FORFEIT = 7;
/** Where a kiosk user goes when a site fails them, and when on the hall's next day. */
export const U_ELSEWHERE = 8;
export const U_ELSEWHERE_TIME = 9;
export const UNIFORMS = 10;

export class Taxpayers {
  ids = new CustomerIds();
  type: Int32Array = new Int32Array(4096);
  channel: Int32Array = new Int32Array(4096);
  credit: Int32Array = new Int32Array(4096);
  group: Int32Array = new Int32Array(4096);
  /** Window (server index in its group) that served the taxpayer. */
  server: Int32Array = new Int32Array(4096);
  /** Appointment slot start (minutes), for booked channels. */
  slot: Float64Array = new Float64Array(4096);
  /** When the ticket was taken (the wait is measured from it). */
  ticket: Float64Array = new Float64Array(4096);
  service: Float64Array = new Float64Array(4096);
  patience: Float64Array = new Float64Array(4096);
  kioskTime: Float64Array = new Float64Array(4096);
  /** How long the taxpayer waits in a kiosk line (Infinity: for ever). */
  kioskPatience: Float64Array = new Float64Array(4096);
  /** The kiosk site the taxpayer is at or on the way to. */
  site: Int32Array = new Int32Array(4096);
  /**
   * Kiosk sites tried this visit (a move to another site happens once; one who moved on to the hall
   * does not choose a kiosk again).
   */
  kioskTries: Int32Array = new Int32Array(4096);
  /** Predicted wait shown at the ticket machine near closing; NaN when none was shown. */
  predicted: Float64Array = new Float64Array(4096);
  /** 1 when the taxpayer's visit counts in the statistics (ticket after the warm-up). */
  counted: Uint8Array = new Uint8Array(4096);
  /** Times this taxpayer has come back. */
  returns: Int32Array = new Int32Array(4096);
  uniforms: Float64Array = new Float64Array(4096 * UNIFORMS);

  /** Forgets every taxpayer, keeping the arrays (a worker reuses them replication after replication). */
  reset(): void {
    this.ids = new CustomerIds();
  }

  /** A new taxpayer id with room in every array. */
  create(): number {
    const id = this.ids.alloc();
    if (id >= this.type.length) this.grow(id);
    this.predicted[id] = NaN;
    this.returns[id] = 0;
    this.kioskTries[id] = 0;
    return id;
  }

  release(id: number): void {
    this.ids.release(id);
  }

  u(id: number, k: number): number {
    return this.uniforms[id * UNIFORMS + k];
  }

  private grow(id: number): void {
    let n = this.type.length * 2;
    while (n <= id) n *= 2;
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.type = i32(this.type);
    this.channel = i32(this.channel);
    this.credit = i32(this.credit);
    this.group = i32(this.group);
    this.server = i32(this.server);
    this.returns = i32(this.returns);
    this.site = i32(this.site);
    this.kioskTries = i32(this.kioskTries);
    this.slot = growF64(this.slot, n);
    this.ticket = growF64(this.ticket, n);
    this.service = growF64(this.service, n);
    this.patience = growF64(this.patience, n);
    this.kioskTime = growF64(this.kioskTime, n);
    this.kioskPatience = growF64(this.kioskPatience, n);
    this.predicted = growF64(this.predicted, n);
    const counted = new Uint8Array(n);
    counted.set(this.counted);
    this.counted = counted;
    this.uniforms = growF64(this.uniforms, n * UNIFORMS);
  }
}
