/**
 * What a fuzz run found, the same for every fuzz suite: cases run, crashes (something threw),
 * hangs (a case past its time bound), silent drops (records lost without a word; each suite
 * says what counts), and one line per failure to reproduce it.
 */
export interface FuzzReport { cases: number; crashes: number; hangs: number; silentDrops: number; failures: string[] }
