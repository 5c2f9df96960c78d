/**
 * The speed ceiling: M/M/c written by hand as one function, with the event list, the FIFO line
 * and the random generator inlined (no kernel, no callbacks, no statistics beyond the mean
 * wait). The kernel is measured against it: "as fast as a hand-written loop".
 *
 * Same random numbers as the kernel's M/M/c: xoshiro128** streams from Rng.stream, exponential
 * by inversion, 53-bit uniforms.
 */
import { Rng } from '../src/sim/engine/rng.ts';

export interface HandwrittenResult {
  meanWait: number;
  customers: number;
  events: number;
}

export function handwrittenMMc(
  lambda: number,
  mu: number,
  c: number,
  horizon: number,
  seed: number,
  rep: number,
): HandwrittenResult {
  const arr = Rng.stream(seed, rep, 'arrivals');
  const svc = Rng.stream(seed, rep, 'service');
  // Event heap: times and kinds (−1 arrival, else the server index of a departure).
  let cap = 1024;
  let ht = new Float64Array(cap);
  let hk = new Int32Array(cap);
  let n = 0;
  const push = (t: number, k: number) => {
    if (n === cap) {
      cap *= 2;
      const t2 = new Float64Array(cap);
      t2.set(ht);
      ht = t2;
      const k2 = new Int32Array(cap);
      k2.set(hk);
      hk = k2;
    }
    let i = n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ht[p] <= t) break;
      ht[i] = ht[p];
      hk[i] = hk[p];
      i = p;
    }
    ht[i] = t;
    hk[i] = k;
  };
  // FIFO ring of arrival times.
  let qcap = 1024;
  let q = new Float64Array(qcap);
  let qh = 0;
  let ql = 0;
  let free = c;
  let now: number;
  let events = 0;
  let waitSum = 0;
  let served = 0;
  push(-Math.log(arr.nextOpen()) / lambda, -1);
  while (n > 0) {
    const t = ht[0];
    if (t > horizon) break;
    const k = hk[0];
    // Pop the root.
    const lt = ht[--n];
    const lk = hk[n];
    let i = 0;
    for (;;) {
      let ch = 2 * i + 1;
      if (ch >= n) break;
      if (ch + 1 < n && ht[ch + 1] < ht[ch]) ch++;
      if (lt <= ht[ch]) break;
      ht[i] = ht[ch];
      hk[i] = hk[ch];
      i = ch;
    }
    ht[i] = lt;
    hk[i] = lk;
    now = t;
    events++;
    if (k < 0) {
      if (free > 0) {
        free--;
        served++;
        push(now - Math.log(svc.nextOpen()) / mu, 0);
      } else {
        if (ql === qcap) {
          const q2 = new Float64Array(qcap * 2);
          for (let j = 0; j < ql; j++) q2[j] = q[(qh + j) % qcap];
          q = q2;
          qh = 0;
          qcap *= 2;
        }
        q[(qh + ql++) % qcap] = now;
      }
      push(now - Math.log(arr.nextOpen()) / lambda, -1);
    } else if (ql > 0) {
      waitSum += now - q[qh];
      qh = (qh + 1) % qcap;
      ql--;
      served++;
      push(now - Math.log(svc.nextOpen()) / mu, 0);
    } else {
      free++;
    }
  }
  return { meanWait: served > 0 ? waitSum / served : 0, customers: served, events };
}
