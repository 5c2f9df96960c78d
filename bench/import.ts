/**
 * History import at scale (issue 7): a ticket log of a million rows (about a year of a busy
 * hall, generated here as a file in a temporary directory), read from disk and fitted into the
 * demo scenario in Node. Time and peak memory (resident set, sampled) against the target: under
 * 10 s and under 1 GB. Measured, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIsoDate, formatTimeOfDay, parseIsoDate, type Scenario } from '../src/sim/scenario/index.ts';
import { fitHistory } from '../src/sim/history/fit.ts';
import { readHistoryFile } from '../src/cli/history-file.ts';

export interface ImportFigures {
  rows: number;
  megabytes: number;
  readSeconds: number;
  fitSeconds: number;
  totalSeconds: number;
  peakRssMiB: number;
  accepted: number;
}

const ROWS = 1_000_000;

/** A million plausible tickets: 4,000 a working day over 250 days, types in the demo's shares. */
function generate(file: string, demo: Scenario): number {
  let seed = 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const types = demo.types;
  const cumulative: number[] = [];
  let acc = 0;
  for (const t of types) cumulative.push((acc += t.share));
  const lines = ['ticket id,ticket time,call time,service start,service end,business type,window,channel,outcome'];
  let day = parseIsoDate('2025-01-06')!;
  let n = 0;
  const stamp = (d: number, m: number) =>
    `${formatIsoDate(d)} ${formatTimeOfDay(Math.floor(m))}:${String(Math.floor((m % 1) * 60)).padStart(2, '0')}`;
  while (n < ROWS) {
    if ((((day + 3) % 7) + 7) % 7 < 5) {
      const times = Array.from({ length: 4000 }, () => 540 + rand() * 450).sort((a, b) => a - b);
      for (let i = 0; i < times.length && n < ROWS; i++, n++) {
        const u = rand();
        const type = types[cumulative.findIndex((c) => u <= c)]?.id ?? types[0].id;
        const wait = -Math.log(1 - rand()) * 6;
        const service = 1 + -Math.log(1 - rand()) * 6;
        const t = times[i];
        const abandoned = rand() < 0.03;
        lines.push(
          abandoned
            ? `${n + 1},${stamp(day, t)},,,,${type},,walk-in,abandoned`
            : `${n + 1},${stamp(day, t)},${stamp(day, t + wait)},${stamp(day, t + wait)},${stamp(day, t + wait + service)},${type},${1 + Math.floor(rand() * 16)},walk-in,served`,
        );
      }
    }
    day++;
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  return text.length / 2 ** 20;
}

export async function benchImport(log: (...a: unknown[]) => void): Promise<ImportFigures> {
  const demo = JSON.parse(
    readFileSync(fileURLToPath(new URL('../data/scenarios/demo-hall.json', import.meta.url)), 'utf8'),
  ) as Scenario;
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-import-'));
  const file = join(dir, 'tickets.csv');
  try {
    const megabytes = generate(file, demo);
    // Read and fit in a fresh process, so its resident memory is the import's, not the generator's.
    const child = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', process.argv[1], '--import-child', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    ) as Omit<ImportFigures, 'rows' | 'megabytes'>;
    const figures: ImportFigures = { rows: ROWS, megabytes, ...child };
    log(
      `  ${ROWS.toLocaleString('en')} ticket rows (${megabytes.toFixed(0)} MB, UTF-8): read ${figures.readSeconds.toFixed(2)} s, fit ${figures.fitSeconds.toFixed(2)} s, total ${figures.totalSeconds.toFixed(2)} s   (target < 10 s)`,
    );
    log(
      `  peak resident memory            ${figures.peakRssMiB.toFixed(0)} MiB   (target < 1 GB; the whole Node process); ${figures.accepted.toLocaleString('en')} rows accepted`,
    );
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The child process: read and fit `file`, print the figures as JSON. */
export async function importChild(file: string): Promise<void> {
  const demo = JSON.parse(
    readFileSync(fileURLToPath(new URL('../data/scenarios/demo-hall.json', import.meta.url)), 'utf8'),
  ) as Scenario;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const read = await readHistoryFile(file, {
    knownTypes: demo.types.map((t) => ({ id: t.id, names: [t.name.zh, t.name.en] })),
  });
  const t1 = performance.now();
  fitHistory(read.tickets, demo);
  const t2 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(
    JSON.stringify({
      readSeconds: (t1 - t0) / 1000,
      fitSeconds: (t2 - t1) / 1000,
      totalSeconds: (t2 - t0) / 1000,
      peakRssMiB: peak / 2 ** 20,
      accepted: read.report.accepted,
    }),
  );
}
