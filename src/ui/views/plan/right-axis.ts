/**
 * A right-hand d3 axis as a Svelte attachment (the arrivals of the plan chart), drawn with
 * presentation attributes like the charts' own axes (../../charts/axis.ts), so a saved image
 * keeps it.
 */
import { axisRight } from 'd3-axis';
import { select } from 'd3-selection';
import { MUTED } from '../../charts/palette.ts';
import type { Linear } from '../../charts/scale.ts';

export function rightAxis(y: Linear, format: (v: number) => string, count = 5) {
  return (g: SVGGElement) => {
    const s = select(g);
    s.call(
      axisRight(y)
        .ticks(count)
        .tickFormat((v) => format(Number(v)))
        .tickSizeOuter(0),
    );
    s.attr('font-family', null).attr('font-size', 11).attr('color', MUTED);
    s.selectAll('.domain').attr('stroke', MUTED);
  };
}
