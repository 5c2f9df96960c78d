/**
 * A linear scale for the charts, small enough to keep the bundle lean (d3-scale would bring
 * d3-interpolate, d3-color and d3-format along): maps a domain to a range, inverts, gives nice
 * ticks (d3-array's), and has the shape d3-axis draws from (callable, domain, range, copy, ticks).
 */
import { nice, ticks as niceTicks } from 'd3-array';

export interface Linear {
  (v: number): number;
  domain(): [number, number];
  range(): [number, number];
  copy(): Linear;
  invert(px: number): number;
  ticks(count?: number): number[];
}

export function linear(domain: [number, number], range: [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Linear;
  f.domain = () => [d0, d1];
  f.range = () => [r0, r1];
  f.copy = () => linear([d0, d1], [r0, r1]);
  f.invert = (px) => (k === 0 ? d0 : d0 + (px - r0) / k);
  f.ticks = (count = 10) => niceTicks(d0, d1, count);
  return f;
}

/** The top of a nice domain from 0 that holds `max` (with about `count` ticks). */
export function niceTop(max: number, count = 5): number {
  return nice(0, max > 0 ? max : 1, count)[1];
}
