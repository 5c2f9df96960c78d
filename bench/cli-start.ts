/**
 * The command line from the first second (issue 15), measured from the outside: whole processes,
 * start-up included, each figure the median of several runs, each a ratio against a baseline run
 * alongside it (`node -e 0`, or the same command with another worker count).
 *
 *  - `hallflow --help` through bin/hallflow.mjs (the bundle in .cli/), and the same through tsx
 *    compiling the TypeScript at start-up (what the wrapper did before the bundle), against `node -e 0`;
 *  - `hallflow simulate` of the demo month at 100 replications with 0, 1 and 2 worker threads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CliStartFigures {
  nodeSeconds: number;
  helpSeconds: number;
  helpTsxSeconds: number;
  helpOverNode: number;
  helpTsxOverNode: number;
  simulate: { workers: number; seconds: number }[];
  twoOverOne: number;
  twoOverInThread: number;
  /** The default (no --workers: this thread, growing) against --workers 0, by replications. */
  auto: { reps: number; inThreadSeconds: number; defaultSeconds: number; ratio: number }[];
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall seconds of `runs` runs of node with `args` (output discarded; a failure throws). */
function timed(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

export function benchCliStart(log: (...a: unknown[]) => void): CliStartFigures {
  const bin = join(ROOT, 'bin/hallflow.mjs');
  // The TypeScript compiled at start-up, as the wrapper did before the bundle.
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-bench-'));
  const tsxBin = join(dir, 'tsx-bin.mjs');
  writeFileSync(
    tsxBin,
    `import { register } from ${JSON.stringify(pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/api/index.mjs')).href)};\n` +
      `register();\nconst { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/main.ts')).href)});\n` +
      `process.exitCode = await main(process.argv.slice(2));\n`,
  );
  timed([bin, '--help'], 1); // builds the bundle if it is stale
  const nodeSeconds = timed(['-e', '0'], 9);
  const helpSeconds = timed([bin, '--help'], 9);
  const helpTsxSeconds = timed([tsxBin, '--help'], 5);
  log(`  node -e 0                      ${(nodeSeconds * 1000).toFixed(0)} ms`);
  log(
    `  hallflow --help (bundle)       ${(helpSeconds * 1000).toFixed(0)} ms = ${(helpSeconds / nodeSeconds).toFixed(2)}x node -e 0   (target <= 3x)`,
  );
  log(
    `  hallflow --help (tsx, before)  ${(helpTsxSeconds * 1000).toFixed(0)} ms = ${(helpTsxSeconds / nodeSeconds).toFixed(2)}x node -e 0`,
  );
  const demo = join(ROOT, 'data/scenarios/demo-hall.json');
  const simulate = [0, 1, 2].map((workers) => ({
    workers,
    seconds: timed([bin, 'simulate', demo, '--reps', '100', '--workers', String(workers), '--json'], 3),
  }));
  for (const s of simulate)
    log(`  simulate demo, 100 reps, --workers ${s.workers}   ${s.seconds.toFixed(2)} s (start-up included)`);
  const twoOverOne = simulate[1].seconds / simulate[2].seconds;
  const twoOverInThread = simulate[0].seconds / simulate[2].seconds;
  log(`  --workers 2 against 1          ${twoOverOne.toFixed(2)}x   (target >= 1.6x)`);
  log(`  --workers 2 against 0          ${twoOverInThread.toFixed(2)}x`);
  // The default must never make a small run slower than this thread alone.
  const auto = [5, 20, 100, 300].map((reps) => {
    const args = [bin, 'simulate', demo, '--reps', String(reps), '--json'];
    const inThreadSeconds = timed([...args, '--workers', '0'], 3);
    const defaultSeconds = timed(args, 3);
    return { reps, inThreadSeconds, defaultSeconds, ratio: inThreadSeconds / defaultSeconds };
  });
  for (const a of auto)
    log(
      `  ${String(a.reps).padStart(3)} reps: --workers 0 ${a.inThreadSeconds.toFixed(2)} s, default ${a.defaultSeconds.toFixed(2)} s = ${a.ratio.toFixed(2)}x   (never below ~1x)`,
    );
  return {
    auto,
    nodeSeconds,
    helpSeconds,
    helpTsxSeconds,
    helpOverNode: helpSeconds / nodeSeconds,
    helpTsxOverNode: helpTsxSeconds / nodeSeconds,
    simulate,
    twoOverOne,
    twoOverInThread,
  };
}
