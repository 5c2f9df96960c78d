/**
 * Reading a scenario file for the CLI. Whatever the file (missing, a directory, unreadable,
 * empty, not JSON, JSON that is no object, an invalid scenario), the answer is lines naming
 * the file, what is wrong and what is allowed, in English and Chinese: never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { type Problem, type Scenario, validateScenario } from '../sim/scenario/index.ts';

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

const WANTED = {
  en: 'a scenario is a JSON file holding one object {"version": 1, "name": ..., "calendar": ..., ...} (see data/README.md)',
  zh: '方案文件应为一个 JSON 对象 {"version": 1, "name": ..., "calendar": ..., ...}（见 data/README.md）',
};

function failure(file: string, en: string, zh: string): Loaded {
  return { ok: false, lines: [`${file}: ${en}; ${WANTED.en}`, `${file}：${zh}；${WANTED.zh}`] };
}

/** Why a file could not be read, in both languages. */
function readError(e: unknown): { en: string; zh: string } {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return { en: 'no such file', zh: '文件不存在' };
    case 'EISDIR':
      return { en: 'this is a directory, not a file', zh: '这是一个目录，不是文件' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', zh: '没有读取权限' };
    case 'ERR_STRING_TOO_LONG':
      return { en: 'the file is too large to be a scenario', zh: '文件过大，不可能是方案文件' };
    default: {
      const why = e instanceof Error ? e.message : String(e);
      return { en: why, zh: why };
    }
  }
}

/** What a JSON value is, for "holds a JSON array, not an object". */
function jsonKind(v: unknown): { en: string; zh: string } {
  if (v === null) return { en: 'null', zh: ' null 值' };
  if (Array.isArray(v)) return { en: 'a list [...]', zh: '一个列表 [...]' };
  if (typeof v === 'number') return { en: `the number ${v}`, zh: `数字 ${v}` };
  if (typeof v === 'string') return { en: 'a text "..."', zh: '一段文本 "..."' };
  return { en: String(v), zh: String(v) };
}

/** A JSON file holding one object, or why it is not (in both languages). */
export type JsonObjectRead =
  { ok: true; json: Record<string, unknown> } | { ok: false; why: { en: string; zh: string } };

/** Reads a file that must hold one JSON object (a scenario, a batch manifest). */
export function readJsonObject(file: string): JsonObjectRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const why = readError(e);
    return { ok: false, why: { en: `cannot read (${why.en})`, zh: `无法读取（${why.zh}）` } };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, why: { en: 'the file is empty', zh: '文件为空' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, why: { en: `not valid JSON (${msg})`, zh: `不是有效的 JSON（${msg}）` } };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const kind = jsonKind(json);
    return { ok: false, why: { en: `holds ${kind.en}, not an object`, zh: `内容是${kind.zh}，不是对象` } };
  }
  return { ok: true, json: json as Record<string, unknown> };
}

export function loadScenario(file: string): Loaded {
  const read = readJsonObject(file);
  if (!read.ok) return failure(file, read.why.en, read.why.zh);
  const problems = validateScenario(read.json);
  if (problems.length > 0) return { ok: false, lines: describeProblems(file, problems) };
  return { ok: true, scenario: read.json as unknown as Scenario };
}

/** A path for a terminal line: a long key (a path is exact, however long) is cut at 200 characters. */
const cut = (path: string) => (path.length > 200 ? `${path.slice(0, 200)}…` : path);

export function describeProblems(
  file: string,
  problems: Problem[],
  whole = { en: '(scenario)', zh: '（方案）' },
): string[] {
  const lines = [`${file}: ${problems.length} problem(s) / ${problems.length} 个问题`];
  for (const p of problems) {
    lines.push(`  ${cut(p.path) || whole.en}: ${p.message.en}`);
    lines.push(`  ${cut(p.path) || whole.zh}：${p.message.zh}`);
  }
  return lines;
}
