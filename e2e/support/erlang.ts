/**
 * Erlang C computed here, independently of src/sim, so that the page is checked against
 * numbers it did not produce. Erlang B by its stable recursion
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), then C = c·B / (c − a·(1 − B)).
 */
export function erlangC(arrivalRate: number, serviceRate: number, servers: number) {
  const a = arrivalRate / serviceRate;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b);
  const pWait = (servers * b) / (servers - a * (1 - b));
  const meanWait = pWait / (servers * serviceRate - arrivalRate);
  return { pWait, meanWait, utilisation: a / servers };
}
