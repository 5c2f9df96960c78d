/**
 * The bundled command line (scripts/build-cli.mjs, bin/hallflow.mjs): it is plain JavaScript in
 * .cli/, its worker thread too, it gives the same results as the TypeScript it is built from, and
 * the wrapper rebuilds it when a source file is newer, so a working copy never runs stale code.
 * Start-up time is measured in `npm run bench` (bench/cli-start.ts), not asserted here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/hallflow.mjs');
const BUNDLE = join(ROOT, '.cli/hallflow.mjs');
const DEMO = join(ROOT, 'data/scenarios/demo-hall.json');

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });

describe('the bundled command line', () => {
  beforeAll(async () => {
    const { buildCli } = (await import(join(ROOT, 'scripts/build-cli.mjs'))) as { buildCli: () => Promise<void> };
    await buildCli();
  }, 120_000);

  it('is JavaScript with its subcommands in chunks of their own, and lists what it was built from', () => {
    const entry = readFileSync(BUNDLE, 'utf8');
    // No TypeScript is loaded at run time: no tsx, and the subcommands are imported on demand.
    expect(entry).not.toMatch(/tsx/);
    expect(entry).toMatch(/import\("\.\/chunk-[A-Z0-9]+\.mjs"\)/);
    const inputs = JSON.parse(readFileSync(join(ROOT, '.cli/inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('src/cli/main.ts');
    expect(inputs).toContain('src/workers/replication.node.ts');
    expect(inputs.every((f) => !f.startsWith('node_modules/'))).toBe(true);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hallflow <command>/);
  }, 60_000);

  it('its worker threads give the same numbers as the replications run in the CLI’s own thread', () => {
    const inThread = run(['simulate', DEMO, '--reps', '4', '--workers', '0', '--json']);
    const pooled = run(['simulate', DEMO, '--reps', '4', '--workers', '2', '--json']);
    expect(inThread.status).toBe(0);
    expect(pooled.status).toBe(0);
    const a = JSON.parse(inThread.stdout) as { metrics: unknown };
    const b = JSON.parse(pooled.stdout) as { metrics: unknown };
    expect(b.metrics).toEqual(a.metrics);
  }, 180_000);

  it('is rebuilt before running when a source file it was built from is newer', () => {
    const before = statSync(BUNDLE).mtimeMs;
    const source = join(ROOT, 'src/cli/args.ts');
    const later = new Date(before + 60_000);
    const was = statSync(source);
    utimesSync(source, was.atime, later);
    try {
      const help = run(['--help']);
      expect(help.status).toBe(0);
      expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(before);
    } finally {
      utimesSync(source, was.atime, was.mtime);
    }
  }, 120_000);
});
