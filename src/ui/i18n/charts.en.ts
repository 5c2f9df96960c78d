/** English strings of the charts part of the app. This object defines the shape the Chinese one must match. */
export const chartsEn = {};

export type ChartsMessages = typeof chartsEn;
