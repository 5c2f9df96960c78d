/**
 * The one seed of the statistical test suite. Every simulation test draws its streams from it
 * (with its own replication numbers and stream names), so no test chose a seed that happens to
 * pass. At the 99% level about one assertion in a hundred would fail by chance with any seed;
 * a failure is investigated (is it bias or chance?) and never silenced by changing this seed.
 */
export const SUITE_SEED = 20261126;
