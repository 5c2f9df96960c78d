/** The sum of a list of numbers, left to right (the order fixes the rounding: results are bit-identical). */
export function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
