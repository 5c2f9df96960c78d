import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import { mergeResults } from '../sim/results/merge.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';
import { defaultOut, outFormat } from './report.ts';

const preset = (name: string) => new URL(`../../data/scenarios/${name}.json`, import.meta.url).pathname;

/** The report's figures come from `--reps 4` at the default seed in these tests. */
const REPS = 4;
const SEED = 20261126;

describe('hallflow report', () => {
  const io = captureOutput();
  afterEach(() => vi.unstubAllEnvs());

  const dir = mkdtempSync(join(tmpdir(), 'hallflow-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const textbook = (): Scenario => JSON.parse(readFileSync(preset('textbook-mmc'), 'utf8'));
  const write = (name: string, value: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  /** The textbook M/M/10 hall (λ = 8/min, 1-minute service) over three days, one of them warm-up. */
  const mmc = write('mmc.json', { ...textbook(), calendar: { ...textbook().calendar, days: 3 } });
  /** The same hall with 480 customers a day: a default plan takes seconds. */
  const tiny = write('tiny.json', {
    ...textbook(),
    calendar: { ...textbook().calendar, days: 2 },
    demand: { ...textbook().demand, dailyVolume: 480 },
  });
  /** Files a report could have written: anything in `dir` but the inputs. */
  const written = () => readdirSync(dir).filter((f) => !/^(mmc|tiny|other|bad|plan)[\w-]*\.json$/.test(f));

  /** A plan of the textbook hall, made in this thread once (`hallflow plan --json --reps 4 --no-frontier`). */
  let planJson: string | null = null;
  async function planFile(): Promise<string> {
    if (planJson === null) {
      expect(await main(['plan', mmc, '--json', '--reps', '4', '--no-frontier', '--workers', '0'])).toBe(0);
      planJson = io.stdout.join('');
      io.stdout.length = 0;
    }
    return write('plan-mmc.json', planJson);
  }

  /** The run's mean wait, computed here: the same seed and replications, merged. */
  const meanWait = () => {
    const s = JSON.parse(readFileSync(mmc, 'utf8')) as Scenario;
    const results = Array.from({ length: REPS }, (_, r) =>
      runReplication(s, { seed: SEED, replication: r, groupLoad: RESULTS_LOAD }),
    );
    return mergeResults(results).metrics['wait.all.mean'].mean;
  };
  const run = (file: string, ...flags: string[]) =>
    main(['report', file, '--reps', String(REPS), '--workers', '0', ...flags]);

  it('is listed, has help, and its defaults are the scenario’s name and .html or .pdf', async () => {
    expect(await main(['help'])).toBe(0);
    expect(io.out.join('\n')).toMatch(/report {5}write the leadership report \(HTML, or PDF with Chromium\)/);
    expect(await main(['report', '--help'])).toBe(0);
    expect(io.out.join('\n')).toMatch(
      /Usage: hallflow report SCENARIO\.json[\s\S]*--plan PLAN\.json[\s\S]*--out FILE[\s\S]*HALLFLOW_CHROMIUM/,
    );
    expect(defaultOut('data/scenarios/demo-hall.json')).toBe('demo-hall-report.html');
    expect(outFormat('a/b.HTML')).toBe('html');
    expect(outFormat('b.pdf')).toBe('pdf');
  });

  it('refuses a wrong flag, naming it, the value and what is allowed, in both languages (exit 2)', async () => {
    const err = () => io.err.join('\n');
    expect(await main(['report'])).toBe(2);
    expect(err()).toMatch(/give one scenario file/);
    io.err.length = 0;
    expect(await run(mmc, '--out', join(dir, 'report.docx'))).toBe(2);
    expect(err()).toMatch(/hallflow report: --out: got ".*report\.docx"; allowed: .*\.html.*\.pdf/);
    expect(err()).toMatch(/hallflow report：--out：取值 ".*report\.docx" 无效；允许：.*\.html.*\.pdf/);
    io.err.length = 0;
    expect(await run(mmc, '--out', join(dir, 'report'))).toBe(2);
    expect(err()).toMatch(/--out: got ".*report"/);
    io.err.length = 0;
    expect(await run(mmc, '--reps', '1', '--out', join(dir, 'r.html'))).toBe(2);
    expect(err()).toMatch(/--reps: got "1"; allowed: an integer from 2 to 100000/);
    io.err.length = 0;
    expect(await run(mmc, '--lang', 'fr', '--out', join(dir, 'r.html'))).toBe(2);
    expect(err()).toMatch(/--lang: got "fr"; allowed: one of en, zh-CN/);
    expect(err()).toMatch(/--lang：取值 "fr" 无效/);
    io.err.length = 0;
    expect(await run(mmc, '--seed', '-3', '--out', join(dir, 'r.html'))).toBe(2);
    expect(await run(mmc, '--colour', '--out', join(dir, 'r.html'))).toBe(2);
    expect(err()).toMatch(/--colour/);
    expect(written()).toEqual([]);
  });

  it('refuses a scenario or plan it cannot use, naming the file (exit 1), before running anything', async () => {
    const out = join(dir, 'r.html');
    const err = () => io.err.join('\n');
    expect(await run(join(dir, 'missing.json'), '--out', out)).toBe(1);
    expect(err()).toMatch(/missing\.json: cannot read \(no such file\)/);
    io.err.length = 0;
    expect(await run(mmc, '--plan', join(dir, 'no-plan.json'), '--out', out)).toBe(1);
    expect(err()).toMatch(/--plan .*no-plan\.json: cannot read the plan \(no such file\)/);
    expect(err()).toMatch(/无法读取规划文件（文件不存在）/);
    io.err.length = 0;
    expect(await run(mmc, '--plan', write('bad-json.json', '{"kind": "hallflow.plan",'), '--out', out)).toBe(1);
    expect(err()).toMatch(/--plan .*bad-json\.json: not valid JSON/);
    expect(err()).toMatch(/bad-json\.json：不是有效的 JSON/);
    io.err.length = 0;
    expect(await run(mmc, '--plan', mmc, '--out', out)).toBe(1);
    expect(err()).toMatch(/mmc\.json: not a HallFlow plan \(expected "kind": "hallflow\.plan"\)/);
    io.err.length = 0;
    const plan = JSON.parse(readFileSync(await planFile(), 'utf8'));
    expect(await run(mmc, '--plan', write('plan-v1.json', { ...plan, version: 1 }), '--out', out)).toBe(1);
    expect(err()).toMatch(/plan-v1\.json: a plan of version 1; this HallFlow reads version 2/);
    io.err.length = 0;
    // The plan of another hall: both halls named, in both languages.
    const other = write('other.json', {
      ...JSON.parse(readFileSync(mmc, 'utf8')),
      name: { zh: '城东办税服务厅', en: 'East district hall' },
    });
    expect(await run(other, '--plan', await planFile(), '--out', out)).toBe(1);
    expect(err()).toMatch(
      /this plan was made for the hall "Textbook: M\/M\/10", not for "East district hall" \(.*other\.json\)/,
    );
    expect(err()).toMatch(/该规划是为“教科书模型：M\/M\/10”制定的，不是为“城东办税服务厅”/);
    expect(written()).toEqual([]);
  }, 60_000);

  it('says a PDF needs Chromium, and writes nothing, when there is none', async () => {
    vi.stubEnv('HALLFLOW_CHROMIUM', '/nonexistent');
    const out = join(dir, 'no-chromium.pdf');
    expect(await run(mmc, '--plan', await planFile(), '--out', out)).toBe(1);
    const err = io.err.join('\n');
    expect(err).toMatch(
      /a PDF needs Chromium.*\/nonexistent.*apt install chromium.*HALLFLOW_CHROMIUM.*--out .*no-chromium\.html writes the report without Chromium/,
    );
    expect(err).toMatch(
      /生成 PDF 需要 Chromium.*apt install chromium.*HALLFLOW_CHROMIUM.*--out .*no-chromium\.html 无需 Chromium/,
    );
    expect(io.out).toEqual([]);
    expect(written()).toEqual([]);
  }, 60_000);

  it('writes a self-contained HTML report with the run’s mean wait', async () => {
    const out = join(dir, 'report.html');
    expect(await run(mmc, '--plan', await planFile(), '--out', out, '--lang', 'en')).toBe(0);
    expect(io.out).toEqual([out]);
    expect(written()).toEqual(['report.html']);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<\/html>\s*$/);
    // Nothing from anywhere: no source or link but to the page itself or data: URLs.
    expect(html).not.toMatch(/(src|href)\s*=\s*"(?!#|data:)/);
    expect(html).not.toMatch(/(src|href)\s*=\s*'(?!#|data:)/);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(?!#|data:)/);
    expect(html).toContain('Textbook: M/M/10');
    const mean = meanWait();
    const row = /<tr\b[^>]*\bdata-figure="wait-mean"[^>]*>([\s\S]*?)<\/tr>/.exec(html);
    expect(row).not.toBeNull();
    expect(Number(/\bdata-value="([^"]*)"/.exec(row![0])?.[1])).toBe(mean);
    expect(row![1]).toContain(mean.toFixed(1));
    rmSync(out);
  }, 60_000);

  it('prints the report to PDF with Chromium', async () => {
    const out = join(dir, 'report.pdf');
    expect(await run(mmc, '--plan', await planFile(), '--out', out, '--lang', 'en')).toBe(0);
    expect(io.out).toEqual([out]);
    expect(written()).toEqual(['report.pdf']);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Textbook: M/M/10');
    expect(text).toContain(meanWait().toFixed(1));
    rmSync(out);
  }, 120_000);

  it('writes nothing when Chromium does not start', async () => {
    vi.stubEnv('HALLFLOW_CHROMIUM', '/bin/true');
    const out = join(dir, 'broken.pdf');
    expect(await run(mmc, '--plan', await planFile(), '--out', out)).toBe(1);
    expect(io.err.join('\n')).toMatch(/a PDF needs Chromium.*\/bin\/true.*it does not start/);
    expect(written()).toEqual([]);
  }, 90_000);

  it('without --plan, makes the plan as "hallflow plan" does by default', async () => {
    expect(await main(['plan', tiny, '--json', '--workers', '0'])).toBe(0);
    const plan = write('plan-tiny.json', io.stdout.join(''));
    const made = join(dir, 'made.html');
    const given = join(dir, 'given.html');
    const day0 = new Date().toISOString().slice(0, 10);
    expect(await run(tiny, '--out', made, '--lang', 'en')).toBe(0);
    expect(await run(tiny, '--plan', plan, '--out', given, '--lang', 'en')).toBe(0);
    const day1 = new Date().toISOString().slice(0, 10);
    // The same report but for the day it was made (past midnight, the two may differ).
    const read = (f: string) => readFileSync(f, 'utf8').replaceAll(day0, 'TODAY').replaceAll(day1, 'TODAY');
    expect(read(made)).not.toContain('No staffing plan has been made');
    expect(read(made)).toBe(read(given));
    rmSync(made);
    rmSync(given);
  }, 120_000);
});
