import { describe, expect, it } from 'vitest';
import { tCritical, tHalfWidth, tQuantile } from './student-t.ts';

describe('confidence intervals from Student’s t', () => {
  it('takes the two-sided critical value from the table', () => {
    // t(0.975, 9) = 2.262157 and t(0.995, 19) = 2.860935 (standard tables, 6 decimals).
    expect(tCritical(0.95, 9)).toBeCloseTo(2.262157, 6);
    expect(tCritical(0.99, 19)).toBeCloseTo(2.860935, 6);
    expect(tCritical(0.95, 9)).toBe(tQuantile(0.975, 9));
  });

  it('gives the half-width of a mean: t × sd / √n', () => {
    expect(tHalfWidth(0.95, 10, 1)).toBeCloseTo(2.262157 / Math.sqrt(10), 6);
    expect(tHalfWidth(0.95, 20, 3)).toBe(tCritical(0.95, 19) * (3 / Math.sqrt(20)));
  });
});
