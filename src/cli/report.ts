/**
 * `hallflow report SCENARIO.json [--plan PLAN.json] [--reps N] [--seed S] [--workers N]
 * [--out FILE.html|FILE.pdf] [--lang zh-CN|en]`: the leadership report (issue 12) from the
 * command line. It runs the scenario as `simulate` does, takes the plan from --plan or makes it as
 * `hallflow plan` does by default, renders the app's own report (report-render.ts) and writes it
 * as a self-contained HTML page, or prints it to PDF with Chromium. Nothing is written unless the
 * whole report is: a failure or Ctrl-C leaves no file behind.
 */
import { accessSync, constants, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ParameterError } from '../sim/errors.ts';
import { DEFAULT_SEED, type Localized, type Scenario } from '../sim/scenario/index.ts';
import type { Plan } from '../sim/plan/recommendation.ts';
import type { ReportInput } from '../ui/report/input.ts';
import { ReplicationError } from '../workers/pool.ts';
import { ChromiumUnavailable, chromiumMissing, chromiumPath, printPdf } from './chromium.ts';
import { choiceFlag, defaultLang, intFlag, pathProblem, reportUsageError } from './args.ts';
import { makePlanForCli, planFailure, planSettings } from './plan-run.ts';
import { renderReport } from './report-render.ts';
import { CANCELLED_EXIT_CODE, runForCli, workersFlag, workersHelp, type WorkerCount } from './run-pool.ts';
import { loadScenario } from './scenario-file.ts';

export const REPORT_HELP = `Usage: hallflow report SCENARIO.json [options]

  --plan PLAN.json  the staffing plan to show, as "hallflow plan SCENARIO.json --out PLAN.json"
                    wrote it for this scenario; without --plan the plan is made here as
                    "hallflow plan" makes it by default (with --seed and --workers below), which
                    takes minutes on a real hall
  --reps N          replications of the run the report's figures come from (default 20)
  --seed S          random seed, an integer >= 0 (default ${DEFAULT_SEED})
  --workers N       ${workersHelp(20)}
  --out FILE        FILE.html: the report as one self-contained page (no external resources);
                    FILE.pdf: printed to A4 with Chromium (apt install chromium, or set
                    HALLFLOW_CHROMIUM to its path). Default: SCENARIO-report.html in the
                    current directory
  --lang L          zh-CN or en, the report's language (default: from LANG)

Exit codes: 0 written (the path is printed); 1 the scenario, the plan, a replication or Chromium
failed (nothing written); 2 a wrong option; 130 cancelled with Ctrl-C (nothing written).`;

type Format = 'html' | 'pdf';

/** The report's format from --out's extension (.html or .pdf, in any case). */
export function outFormat(out: string): Format {
  const ext = extname(out).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.pdf') return 'pdf';
  throw new ParameterError(
    '--out',
    out,
    'a file name ending in .html (the report as a web page) or .pdf (printed with Chromium)',
    '以 .html（网页）或 .pdf（用 Chromium 打印）结尾的文件名',
  );
}

/** `demo-hall.json` → `demo-hall-report.html`, in the current directory. */
export function defaultOut(scenarioFile: string): string {
  return `${basename(scenarioFile, extname(scenarioFile))}-report.html`;
}

const PLAN_WANTED = {
  en: 'a plan is the JSON that "hallflow plan SCENARIO.json --out PLAN.json" writes',
  zh: '规划文件应为 "hallflow plan 方案.json --out 规划.json" 写出的 JSON',
};

const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Localized).zh === 'string' &&
  typeof (v as Localized).en === 'string';

/**
 * Reads --plan: a plan (kind "hallflow.plan", version 2) made for a scenario of the same name as
 * `scenario`; else lines naming the file and what is wrong, in English and Chinese.
 */
export function loadPlan(
  file: string,
  scenario: Scenario,
  scenarioFile: string,
): { ok: true; plan: Plan } | { ok: false; lines: string[] } {
  const fail = (en: string, zh: string) => ({
    ok: false as const,
    lines: [`hallflow report: --plan ${file}: ${en}`, `hallflow report：--plan ${file}：${zh}`],
  });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const why = pathProblem(e) ?? { en: String(e), zh: String(e) };
    return fail(`cannot read the plan (${why.en})`, `无法读取规划文件（${why.zh}）`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return fail(`not valid JSON (${msg}); ${PLAN_WANTED.en}`, `不是有效的 JSON（${msg}）；${PLAN_WANTED.zh}`);
  }
  const p = json as Partial<Plan> | null;
  if (
    p === null ||
    typeof p !== 'object' ||
    Array.isArray(p) ||
    p.kind !== 'hallflow.plan' ||
    !isLocalized(p.scenario?.name)
  ) {
    return fail(
      `not a HallFlow plan (expected "kind": "hallflow.plan"); ${PLAN_WANTED.en}`,
      `不是 HallFlow 规划文件（应有 "kind": "hallflow.plan"）；${PLAN_WANTED.zh}`,
    );
  }
  if (p.version !== 2) {
    const v = JSON.stringify(p.version ?? null);
    return fail(
      `a plan of version ${v}; this HallFlow reads version 2: make the plan again with "hallflow plan ${scenarioFile} --out ${file}"`,
      `规划文件版本为 ${v}，本版 HallFlow 只读取版本 2：请用 "hallflow plan ${scenarioFile} --out ${file}" 重新生成`,
    );
  }
  const planName = p.scenario!.name;
  if (planName.zh !== scenario.name.zh || planName.en !== scenario.name.en) {
    return fail(
      `this plan was made for the hall "${planName.en}", not for "${scenario.name.en}" (${scenarioFile}); give the plan made for this hall, or leave out --plan to make one`,
      `该规划是为“${planName.zh}”制定的，不是为“${scenario.name.zh}”（${scenarioFile}）；请指定为本服务厅制定的规划，或去掉 --plan 以重新制定`,
    );
  }
  return { ok: true, plan: p as Plan };
}

/** The message when Chromium is missing or does not start. */
function noChromium(path: string, why: { en: string; zh: string }, out: string): string[] {
  const html = out.replace(/\.pdf$/i, '.html');
  const from = process.env.HALLFLOW_CHROMIUM ? 'HALLFLOW_CHROMIUM' : 'default';
  return [
    `hallflow report: a PDF needs Chromium, and there is none to use at ${path} (${from}: ${why.en}). Install it (apt install chromium) or set HALLFLOW_CHROMIUM to its path; --out ${html} writes the report without Chromium. Nothing was written.`,
    `hallflow report：生成 PDF 需要 Chromium，但 ${path} 无法使用（${from === 'default' ? '默认路径' : 'HALLFLOW_CHROMIUM'}：${why.zh}）。请安装（apt install chromium）或将 HALLFLOW_CHROMIUM 设为其路径；使用 --out ${html} 无需 Chromium 即可输出报告。未写出任何文件。`,
  ];
}

/** Writes the whole file or nothing: into a temporary file beside it, then renamed. */
function writeWhole(file: string, data: string | Uint8Array): void {
  const part = join(dirname(file), `.${basename(file)}.${process.pid}.part`);
  try {
    writeFileSync(part, data);
    renameSync(part, file);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
}

/** Why the report cannot be written where --out says (no such directory, not writable, a directory there), or null. */
function unwritable(out: string): { en: string; zh: string } | null {
  const dir = dirname(out);
  try {
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory())
      return { en: `${out} is a directory`, zh: `${out} 是一个目录` };
    if (!statSync(dir).isDirectory()) return { en: `${dir} is not a directory`, zh: `${dir} 不是目录` };
    accessSync(dir, constants.W_OK);
    return null;
  } catch (e) {
    const why = pathProblem(e) ?? { en: String(e), zh: String(e) };
    return { en: `${dir}: ${why.en}`, zh: `${dir}：${why.zh}` };
  }
}

export async function runReportCommand(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        reps: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return reportUsageError('report', e, REPORT_HELP);
  }
  if (values.help) {
    console.log(REPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`hallflow report: give one scenario file / 请指定一个方案文件\n\n${REPORT_HELP}`);
    return 2;
  }
  const scenarioFile = positionals[0];
  let reps: number;
  let seed: number;
  let workers: WorkerCount;
  let lang: 'en' | 'zh-CN';
  let out: string;
  let format: Format;
  try {
    reps = intFlag('reps', values.reps, 20, 2, 100000);
    seed = intFlag('seed', values.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER);
    workers = workersFlag(values.workers);
    lang = choiceFlag('lang', values.lang, defaultLang(), ['en', 'zh-CN'] as const);
    out = values.out ?? defaultOut(scenarioFile);
    format = outFormat(out);
    if (values.plan === '')
      throw new ParameterError('--plan', values.plan, 'the path of a plan file (JSON)', '规划文件（JSON）的路径');
  } catch (e) {
    return reportUsageError('report', e, REPORT_HELP);
  }
  const loaded = loadScenario(scenarioFile);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 1;
  }
  const scenario = loaded.scenario;
  let plan: Plan | null = null;
  if (values.plan !== undefined) {
    const read = loadPlan(values.plan, scenario, scenarioFile);
    if (!read.ok) {
      for (const line of read.lines) console.error(line);
      return 1;
    }
    plan = read.plan;
  }
  // What can be known before minutes of simulation: where the report goes, and Chromium for a PDF.
  const blocked = unwritable(out);
  if (blocked) {
    console.error(
      `hallflow report: --out ${out}: cannot write the report there (${blocked.en})\nhallflow report：--out ${out}：无法写入报告（${blocked.zh}）`,
    );
    return 1;
  }
  const chromium = chromiumPath();
  if (format === 'pdf') {
    const missing = chromiumMissing(chromium);
    if (missing) {
      for (const line of noChromium(chromium, missing, out)) console.error(line);
      return 1;
    }
  }

  const madeAt = new Date().toISOString();
  let outcome;
  try {
    outcome = await runForCli({ scenarios: [scenario], seed, replications: reps, workers });
  } catch (e) {
    if (e instanceof ReplicationError) {
      console.error(
        `hallflow report: ${e.message}\nhallflow report：第 ${e.replication} 次重复（随机种子 ${e.seed}）失败`,
      );
      return 1;
    }
    throw e;
  }
  // Merged as the replications finished (run-pool.ts): none is kept whole.
  const merged = outcome.merged[0];
  if (outcome.status === 'cancelled' || merged === null) {
    console.error(`hallflow report: cancelled, no report written / 已取消，未写出报告`);
    return CANCELLED_EXIT_CODE;
  }
  if (plan === null) {
    try {
      // Exactly as "hallflow plan SCENARIO.json --seed S" makes it (the same plan, madeAt null too).
      const { settings } = planSettings({});
      plan = await makePlanForCli(scenario, { ...settings, seed }, workers);
    } catch (e) {
      return planFailure('report', e, { en: 'no report written', zh: '未写出报告' });
    }
  }

  const input: ReportInput = {
    scenario,
    merged,
    plan,
    history: null,
    made: { at: madeAt, seed, replications: merged.replications },
  };
  const html = await renderReport(input, lang);
  let data: string | Uint8Array = html;
  if (format === 'pdf') {
    try {
      data = await printPdf(html, chromium);
    } catch (e) {
      if (e instanceof ChromiumUnavailable) {
        for (const line of noChromium(chromium, e.reason, out)) console.error(line);
        return 1;
      }
      throw e;
    }
  }
  try {
    writeWhole(out, data);
  } catch (e) {
    const why = pathProblem(e);
    if (!why) throw e;
    console.error(
      `hallflow report: --out ${out}: cannot write the report (${why.en})\nhallflow report：--out ${out}：无法写入报告（${why.zh}）`,
    );
    return 1;
  }
  console.log(out);
  return 0;
}
