import { describe, expect, it } from 'vitest';
import { mix, sequentialColours } from './palette.ts';
import { linear, niceTop } from './scale.ts';

describe('linear scale', () => {
  it('maps, inverts and copies', () => {
    const y = linear([0, 20], [240, 0]);
    expect(y(0)).toBe(240);
    expect(y(15)).toBe(60);
    expect(y.invert(60)).toBe(15);
    expect(y.copy()(5)).toBe(180);
    expect(y.domain()).toEqual([0, 20]);
    expect(y.range()).toEqual([240, 0]);
  });

  it('gives nice ticks and nice tops', () => {
    expect(linear([0, 20], [0, 1]).ticks(5)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTop(11.3 * 1.05)).toBe(12);
    expect(niceTop(12.1)).toBe(14);
    expect(niceTop(937)).toBe(1000);
    expect(niceTop(0)).toBe(1);
  });

  it('survives an empty domain', () => {
    const x = linear([3, 3], [0, 100]);
    expect(x(3)).toBe(0);
    expect(x.invert(50)).toBe(3);
  });
});

describe('colour ramps', () => {
  it('mixes hex colours in RGB', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#56B4E9', '#0072B2', 0)).toBe('#56b4e9');
  });

  it('runs from very light to dark blue through the Okabe-Ito blues', () => {
    const c = sequentialColours(10);
    expect(c).toHaveLength(10);
    expect(c[0]).toBe('#f1f8fd');
    expect(c[9]).toBe('#002a4a');
    expect(sequentialColours(1)).toEqual(['#002a4a']);
    // Lightness falls along the ramp.
    const light = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    for (let i = 1; i < c.length; i++) expect(light(c[i])).toBeLessThan(light(c[i - 1]));
  });
});
