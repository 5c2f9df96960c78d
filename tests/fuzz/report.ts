/**
 * What a fuzz run found, the same for every fuzz suite (CSV import, scenarios): how many cases it
 * ran, how many crashed (an exception that is not the documented error), hung (a case over its
 * time bound) or dropped input silently (each suite says what counts), and one line per failing
 * case saying which and why, to reproduce it.
 */
export interface FuzzReport {
  cases: number;
  crashes: number;
  hangs: number;
  silentDrops: number;
  failures: string[];
}
