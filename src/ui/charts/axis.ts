/**
 * d3 axes as Svelte attachments: `<g {@attach bottomAxis(x, ticks)}>`. d3-axis writes
 * presentation attributes (no CSS), so a saved SVG keeps its axes; the colour is set with the
 * `color` attribute the ticks' currentColor follows, the font is inherited from the chart.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { select } from 'd3-selection';
import { MUTED } from './palette.ts';
import type { Linear } from './scale.ts';

function style(g: SVGGElement): void {
  const s = select(g);
  s.attr('font-family', null).attr('font-size', 11).attr('color', MUTED);
  s.selectAll('.domain').attr('stroke', MUTED);
}

/** A bottom axis with ticks at the given positions and labels. */
export function bottomAxis(x: Linear, ticks: { at: number; label: string }[]) {
  return (g: SVGGElement) => {
    const labels = new Map(ticks.map((t) => [t.at, t.label]));
    select(g).call(
      axisBottom(x)
        .tickValues(ticks.map((t) => t.at))
        .tickFormat((v) => labels.get(Number(v)) ?? '')
        .tickSizeOuter(0),
    );
    style(g);
  };
}

/** A left axis with about `count` ticks. */
export function leftAxis(y: Linear, format: (v: number) => string, count = 5) {
  return (g: SVGGElement) => {
    select(g).call(
      axisLeft(y)
        .ticks(count)
        .tickFormat((v) => format(Number(v)))
        .tickSizeOuter(0),
    );
    style(g);
  };
}

/** Rows of a heat map labelled by text, at given y positions. */
export function labelAxis(y: Linear, ticks: { at: number; label: string }[]) {
  return (g: SVGGElement) => {
    const labels = new Map(ticks.map((t) => [t.at, t.label]));
    select(g).call(
      axisLeft(y)
        .tickValues(ticks.map((t) => t.at))
        .tickFormat((v) => labels.get(Number(v)) ?? '')
        .tickSizeOuter(0),
    );
    style(g);
  };
}
