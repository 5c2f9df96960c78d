/**
 * For the CLI's tests: what a command printed — console.log lines, console.error lines and raw
 * writes to stdout — captured afresh for each test of the suite that calls this.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface Captured {
  out: string[];
  err: string[];
  stdout: string[];
}

export function captureOutput(): Captured {
  const c: Captured = { out: [], err: [], stdout: [] };
  beforeEach(() => {
    c.out.length = 0;
    c.err.length = 0;
    c.stdout.length = 0;
    vi.spyOn(console, 'log').mockImplementation((...a) => void c.out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void c.err.push(a.join(' ')));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      c.stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return c;
}
