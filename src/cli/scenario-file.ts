/**
 * Reading a scenario file for the CLI: JSON syntax errors and validation problems are reported
 * with the file name, in Chinese and English, never as a stack trace.
 */
import { readFileSync } from 'node:fs';
import { validateScenario, type Problem } from '../sim/hall/validate.ts';
import type { Scenario } from '../sim/hall/scenario.ts';

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

export function loadScenario(file: string): Loaded {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message);
    return { ok: false, lines: [`${file}: cannot read (${why})`, `${file}：无法读取（${why === 'no such file' ? '文件不存在' : why}）`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    return { ok: false, lines: [`${file}: not valid JSON: ${msg}`, `${file}：不是有效的 JSON：${msg}`] };
  }
  const problems = validateScenario(json);
  if (problems.length > 0) return { ok: false, lines: describeProblems(file, problems) };
  return { ok: true, scenario: json as Scenario };
}

export function describeProblems(file: string, problems: Problem[]): string[] {
  const lines = [`${file}: ${problems.length} problem(s) / ${problems.length} 个问题`];
  for (const p of problems) {
    lines.push(`  ${p.path || '(scenario)'}: ${p.message.en}`);
    lines.push(`  ${p.path || '（方案）'}：${p.message.zh}`);
  }
  return lines;
}
