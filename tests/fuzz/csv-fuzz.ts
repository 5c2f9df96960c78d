/**
 * The CSV import fuzz: bad files from csv-cases.ts read through the public API (`readHistory`),
 * each checked for what the import promises whatever the file:
 * - no exception but HistoryImportError (a file with no usable rows), and none at all for a file
 *   whose header is whole and that holds a clean row;
 * - every physical line accounted for: the report's lines are the file's, and the header, lines
 *   above it, blank lines, lines inside quoted cells, accepted and rejected rows add up to them;
 *   and every clean row is accepted on its own line (one missing is a silent drop);
 * - each 0xFF put in is reported with its line and byte offset (among the first 20);
 * - no message echoes more than 80 characters of a huge value; rows as read are at most 200;
 * - each case within HANG_MS (a slower one is a hang).
 * The report counts crashes, hangs and silent drops; `failures` says, per failing case, which
 * check failed (case k of seed s is the k-th value fast-check draws from caseSpec with seed s).
 */
import fc from 'fast-check';
import { HistoryImportError, readHistory, type ReadResult } from '../../src/sim/history/read.ts';
import type { ImportReport } from '../../src/sim/history/records.ts';
import { inBlocks, KNOWN } from '../../src/sim/history/fixtures/fixtures.ts';
import { buildCase, caseSpec, type CsvCase } from './csv-cases.ts';
import type { FuzzReport } from './report.ts';

/** One case taking longer than this is a hang. */
export const HANG_MS = 5000;

type Outcome =
  | { kind: 'ok'; result: ReadResult }
  | { kind: 'refused'; error: HistoryImportError }
  | { kind: 'crash'; error: unknown };

async function read(c: CsvCase): Promise<Outcome> {
  const input = c.spec.block > 0 ? inBlocks(c.bytes, c.spec.block) : c.bytes;
  try {
    return { kind: 'ok', result: await readHistory(input, { knownTypes: KNOWN }) };
  } catch (error) {
    return error instanceof HistoryImportError ? { kind: 'refused', error } : { kind: 'crash', error };
  }
}

/** What is wrong with the line counts of a report (null when nothing). */
function lineProblem(c: CsvCase, r: ImportReport): string | null {
  const l = r.lines;
  if (!l) return 'the report does not say where the lines went';
  const sum = l.preamble + l.header + l.blank + l.continued + r.accepted + r.rejected.length;
  if (l.total !== c.lines) return `the report counts ${l.total} lines, the file has ${c.lines}`;
  if (sum !== l.total)
    return `lines ${JSON.stringify(l)} with ${r.accepted} accepted and ${r.rejected.length} rejected add up to ${sum}, not ${l.total}`;
  return null;
}

/** Every message of a report or error, in both languages. */
function messages(o: Outcome): string[] {
  const report = o.kind === 'ok' ? o.result.report : o.kind === 'refused' ? o.error.report : null;
  const out = o.kind === 'refused' ? [o.error.message, o.error.messageZh] : [];
  if (report) {
    for (const x of report.rejected) out.push(x.reason.zh, x.reason.en);
    for (const w of report.warnings) out.push(w.message.zh, w.message.en);
  }
  return out;
}

/** The problems of one case: [kind, what]; none when it passed. */
async function check(c: CsvCase): Promise<['crash' | 'hang' | 'drop' | 'other', string][]> {
  const t0 = performance.now();
  const o = await read(c);
  const ms = performance.now() - t0;
  const problems: ['crash' | 'hang' | 'drop' | 'other', string][] = [];
  if (ms > HANG_MS) problems.push(['hang', `took ${Math.round(ms)} ms`]);
  if (o.kind === 'crash') {
    const e = o.error as Error;
    problems.push(['crash', `${e?.name}: ${e?.message?.slice(0, 200)} ${e?.stack?.split('\n').slice(1, 4).join(' ')}`]);
    return problems;
  }
  const report = o.kind === 'ok' ? o.result.report : o.error.report;
  if (o.kind === 'refused' && c.clean.length > 0 && c.spec.hugeHeader === 0) {
    problems.push([
      'other',
      `refused (${o.error.code}: ${o.error.message.slice(0, 200)}) with ${c.clean.length} clean rows`,
    ]);
  }
  if (report) {
    const lines = lineProblem(c, report);
    if (lines) problems.push(['drop', lines]);
    if (o.kind === 'ok') {
      const accepted = new Set([...o.result.tickets, ...o.result.volumes].map((x) => x.line));
      const rejected = new Set(report.rejected.map((x) => x.line));
      const lost = c.clean.filter((l) => !accepted.has(l));
      const gone = lost.filter((l) => !rejected.has(l));
      if (gone.length > 0)
        problems.push(['drop', `clean rows on lines ${gone.slice(0, 5).join(', ')} neither accepted nor rejected`]);
      const refused = lost.filter((l) => rejected.has(l));
      if (refused.length > 0) {
        const why = report.rejected.find((x) => x.line === refused[0])!.reason.en.slice(0, 160);
        problems.push(['other', `clean rows on lines ${refused.slice(0, 5).join(', ')} rejected (${why})`]);
      }
      if (c.badSequences <= 15) {
        for (const b of c.badBytes) {
          const said = report.warnings.some(
            (w) => w.line === b.line && w.message.en.includes(`byte 0xFF at byte offset ${b.offset} `),
          );
          if (!said) problems.push(['other', `the 0xFF at byte ${b.offset} (line ${b.line}) is not reported there`]);
        }
      }
    }
    const long = report.rejected.find((x) => x.raw.length > 200);
    if (long) problems.push(['other', `the row as read on line ${long.line} is ${long.raw.length} characters`]);
  }
  for (const h of c.huge) {
    const head = h.slice(0, 81);
    const m = messages(o).find((x) => x.includes(head));
    if (m) problems.push(['other', `a message echoes more than 80 characters of a huge value: ${m.slice(0, 120)}…`]);
  }
  return problems;
}

function describe(c: CsvCase): string {
  const s = c.spec;
  const muts = s.rows.map((r) => r.mutation).filter((m) => m !== 'none');
  return `${s.layout} ${s.lang} ${s.encoding} ${JSON.stringify(s.delimiter)} ${s.endings}${s.quoteAll ? ' quoted' : ''}${s.title ? ' title' : ''}${s.note ? ' note' : ''}${s.hugeHeader ? ` hugeHeader ${s.hugeHeader}` : ''}, ${s.bulk ? `${s.bulk} clean rows then ` : ''}${s.rows.length} rows [${muts.join(' ')}], ${c.bytes.length} bytes${s.cut !== null ? ' (cut)' : ''}${s.block ? `, blocks of ${s.block}` : ''}`;
}

/** Runs `runs` cases drawn with `seed`; never throws for a failing case, counts it. */
export async function fuzzCsv(options: { runs: number; seed: number }): Promise<FuzzReport> {
  const report: FuzzReport = { cases: 0, crashes: 0, hangs: 0, silentDrops: 0, failures: [] };
  const specs = fc.sample(caseSpec, { seed: options.seed, numRuns: options.runs });
  for (const [k, spec] of specs.entries()) {
    const c = buildCase(spec);
    const problems = await check(c);
    report.cases++;
    if (problems.some(([kind]) => kind === 'crash')) report.crashes++;
    if (problems.some(([kind]) => kind === 'hang')) report.hangs++;
    if (problems.some(([kind]) => kind === 'drop')) report.silentDrops++;
    for (const [kind, what] of problems)
      report.failures.push(`case ${k} (seed ${options.seed}, ${describe(c)}): ${kind}: ${what}`);
  }
  return report;
}
