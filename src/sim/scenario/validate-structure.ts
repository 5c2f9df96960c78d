/**
 * Structural validation: the zod schema's issues, rewritten as bilingual Problems for a planner.
 * No zod wording reaches the user: every issue code is translated here, and anything unforeseen
 * becomes a generic "this value is not valid" in both languages.
 */
import type { z } from 'zod';
import { DATE_PATTERN, ID_PATTERN, MONTH_PATTERN, TIME_PATTERN, scenarioSchema } from './schema.ts';
import { allowedKeys, closest, schemaAt } from './validate-schema-walk.ts';
import { SCENARIO_VERSION } from './scenario.ts';
import { type Path, type PathSegment, type ProblemList, brief, show, showList, valueAt } from './problems.ts';
import { formatLimit, unitAt } from './limits.ts';

/** The parts of a zod issue we read (zod's own type is a union we would narrow the same way). */
interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  format?: string;
  pattern?: string;
  keys?: string[];
  values?: unknown[];
  errors?: Issue[][];
  issues?: Issue[];
  note?: string;
  discriminator?: string;
  options?: unknown[];
  divisor?: number;
}

/** Runs the schema and reports each issue. Returns whether the input is structurally valid. */
export function checkStructure(input: unknown, out: ProblemList): boolean {
  const protoKeys = recordProtoKeys(input, out);
  return checkAgainst(scenarioSchema, input, out) && !protoKeys;
}

/**
 * Runs any of HallFlow's zod schemas (the Scenario's, the batch manifest's) and reports each
 * issue in the same words. Returns whether the input is structurally valid.
 */
export function checkAgainst(schema: z.ZodType, input: unknown, out: ProblemList): boolean {
  const result = schema.safeParse(input);
  if (result.success) return true;
  for (const issue of result.error.issues as unknown as Issue[]) translate(issue, [], { input, out, root: schema });
  return false;
}

/** What a translation reads: the whole input, where problems go, and the schema it was checked against. */
interface Ctx {
  input: unknown;
  out: ProblemList;
  root: z.ZodType;
}

/**
 * zod skips an own key "__proto__" in a record without a word (writing it to its output would
 * set the output's prototype), so a `byDate` with such a key would pass. It is no date and no
 * month: reported here as any other key of the wrong form. Returns whether there was one.
 */
function recordProtoKeys(input: unknown, out: ProblemList): boolean {
  const records: [Path, string][] = [
    [['calendar', 'dayTypeOverrides'], String(DATE_PATTERN)],
    [['demand', 'byDate'], String(DATE_PATTERN)],
    [['demand', 'monthFactors'], String(MONTH_PATTERN)],
  ];
  const types = valueAt(input, ['types']);
  if (Array.isArray(types)) types.forEach((_, i) => records.push([['types', i, 'monthShares'], String(MONTH_PATTERN)]));
  let found = false;
  for (const [path, pattern] of records) {
    const record = valueAt(input, path);
    if (record === null || typeof record !== 'object' || Array.isArray(record) || !Object.hasOwn(record, '__proto__'))
      continue;
    const what = PATTERNS[pattern];
    out.add(
      [...path, '__proto__'],
      'bad_key',
      `the key "__proto__" is not allowed; keys here must be ${what.en}`,
      `键 "__proto__" 无效，此处的键应为${what.zh}`,
    );
    found = true;
  }
  return found;
}

/** What a pattern accepts, in words. */
const PATTERNS: Record<string, { en: string; zh: string }> = {
  [String(TIME_PATTERN)]: {
    en: 'a time of day "HH:MM" from 00:00 to 24:00',
    zh: '"HH:MM" 格式的时刻（00:00 至 24:00）',
  },
  [String(DATE_PATTERN)]: { en: 'a date "YYYY-MM-DD"', zh: '"YYYY-MM-DD" 格式的日期' },
  [String(ID_PATTERN)]: {
    en: 'an identifier of lower-case letters, digits, "-" and "_"',
    zh: '由小写字母、数字、“-”和“_”组成的标识',
  },
  [String(MONTH_PATTERN)]: { en: 'a month number "1" to "12"', zh: '月份 "1" 至 "12"' },
};

function toPath(segments: readonly PropertyKey[]): PathSegment[] {
  return segments.map((s) => (typeof s === 'number' ? s : String(s)));
}

function translate(issue: Issue, prefix: Path, ctx: Ctx): void {
  const { input, out } = ctx;
  const path = [...prefix, ...toPath(issue.path)];
  const value = valueAt(input, path);
  const shown = show(value);
  switch (issue.code) {
    case 'invalid_type': {
      const want = expectation(path, ctx, issue.expected ?? '');
      if (value === undefined) {
        out.add(path, 'required', `is missing; required: ${want.en}`, `缺少此项（必填），应为${want.zh}`);
      } else if (typeof value === 'number' && !Number.isFinite(value)) {
        out.add(path, 'not_finite', `got ${shown}; must be a finite number`, `取值 ${shown} 无效，应为有限数值`);
      } else if (typeof value === 'number' && issue.expected === 'int') {
        out.add(path, 'not_integer', `got ${shown}; must be a whole number`, `取值 ${shown} 不是整数，应为整数`);
      } else {
        out.add(path, 'wrong_type', `got ${shown}; expected ${want.en}`, `取值 ${shown} 类型不对，应为${want.zh}`);
      }
      return;
    }
    case 'too_small':
    case 'too_big':
      return bound(issue, path, value, out);
    case 'invalid_format': {
      const what = (issue.pattern && PATTERNS[issue.pattern]) || {
        en: `text in the format ${issue.format ?? ''}`,
        zh: `格式为 ${issue.format ?? ''} 的文本`,
      };
      out.add(path, 'bad_format', `got ${shown}; must be ${what.en}`, `取值 ${shown} 格式不对，应为${what.zh}`);
      return;
    }
    case 'invalid_value': {
      const allowed = issue.values ?? [];
      if (value === undefined) {
        const one = allowed.length === 1;
        out.add(
          path,
          'required',
          `is missing; required: ${one ? show(allowed[0]) : `one of ${showList(allowed)}`}`,
          `缺少此项（必填），应为${one ? ` ${show(allowed[0])}` : `以下之一：${showList(allowed, '、')}`}`,
        );
      } else if (path.length === 1 && path[0] === 'version' && typeof value === 'number') {
        out.add(
          path,
          'version',
          `this file is version ${shown}; this program reads scenario version ${SCENARIO_VERSION} only`,
          `文件版本为 ${shown}，本程序只能读取版本 ${SCENARIO_VERSION} 的场景`,
        );
      } else if (path.length === 1 && path[0] === 'version') {
        out.add(
          path,
          'version',
          `got ${shown}; must be the number ${SCENARIO_VERSION} (the scenario format version this program reads)`,
          `取值 ${shown} 无效，应为数字 ${SCENARIO_VERSION}（本程序读取的场景格式版本）`,
        );
      } else if (allowed.length === 1) {
        out.add(
          path,
          'not_allowed_value',
          `got ${shown}; must be ${show(allowed[0])}`,
          `取值 ${shown} 无效，应为 ${show(allowed[0])}`,
        );
      } else {
        out.add(
          path,
          'not_allowed_value',
          `got ${shown}; must be one of ${showList(allowed)}`,
          `取值 ${shown} 无效，应为以下之一：${showList(allowed, '、')}`,
        );
      }
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, input, ctx.root);
      for (const key of issue.keys ?? []) {
        const guess = allowed ? closest(key, allowed) : null;
        const hintEn = guess ? ` (did you mean "${guess}"?)` : '';
        const hintZh = guess ? `（是否应为 "${guess}"？）` : '';
        const listEn = allowed ? `; the fields allowed here are ${allowed.join(', ')}` : '';
        const listZh = allowed ? `；此处允许的字段：${allowed.join('、')}` : '';
        const k = brief(key);
        out.add(
          [...path, key],
          'unknown_field',
          `unknown field "${k}"${hintEn}${listEn}`,
          `无法识别的字段 "${k}"${hintZh}${listZh}`,
        );
      }
      return;
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues?.[0];
      const what = (inner?.pattern && PATTERNS[inner.pattern]) || { en: 'a valid key', zh: '有效的键' };
      const k = brief(String(key));
      out.add(
        path,
        'bad_key',
        `the key "${k}" is not allowed; keys here must be ${what.en}`,
        `键 "${k}" 无效，此处的键应为${what.zh}`,
      );
      return;
    }
    case 'invalid_union':
      return union(issue, path, value, ctx);
    case 'not_multiple_of':
      out.add(
        path,
        'invalid',
        `got ${shown}; must be a multiple of ${show(issue.divisor)}`,
        `取值 ${shown} 无效，应为 ${show(issue.divisor)} 的倍数`,
      );
      return;
    default:
      out.add(path, 'invalid', `the value ${shown} is not valid here`, `取值 ${shown} 在此处无效`);
  }
}

function bound(issue: Issue, path: Path, value: unknown, out: ProblemList): void {
  const small = issue.code === 'too_small';
  const limit = formatLimit(Number(small ? issue.minimum : issue.maximum));
  const shown = show(value);
  if (issue.origin === 'array') {
    const n = Array.isArray(value) ? value.length : 0;
    if (issue.exact) {
      out.add(path, 'wrong_length', `has ${n} entries; must have exactly ${limit}`, `有 ${n} 项，应恰好为 ${limit} 项`);
    } else if (small) {
      out.add(
        path,
        'wrong_length',
        `has ${n} entries; must have at least ${limit}`,
        `有 ${n} 项，至少应有 ${limit} 项`,
      );
    } else {
      out.add(path, 'wrong_length', `has ${n} entries; must have at most ${limit}`, `有 ${n} 项，最多 ${limit} 项`);
    }
    return;
  }
  if (issue.origin === 'string') {
    out.add(
      path,
      small ? 'too_small' : 'too_big',
      small ? 'must not be empty' : `is too long (at most ${limit} characters)`,
      small ? '不能为空' : `过长（最多 ${limit} 个字符）`,
    );
    return;
  }
  const strict = issue.inclusive === false;
  // Named with its unit where it has one: "must be at most 100,000 visitors per day".
  const unit = unitAt(path);
  const unitEn = unit ? ` ${unit.en}` : '';
  const unitZh = unit ? ` ${unit.zh}` : '';
  if (small) {
    const en = strict ? `must be greater than ${limit}${unitEn}` : `must be at least ${limit}${unitEn}`;
    const zh = strict ? `应大于 ${limit}${unitZh}` : `应不小于 ${limit}${unitZh}`;
    out.add(path, 'too_small', `got ${shown}; ${en}`, `取值 ${shown} 过小，${zh}`);
  } else {
    const en = strict ? `must be less than ${limit}${unitEn}` : `must be at most ${limit}${unitEn}`;
    const zh = strict ? `应小于 ${limit}${unitZh}` : `应不大于 ${limit}${unitZh}`;
    out.add(path, 'too_big', `got ${shown}; ${en}`, `取值 ${shown} 过大，${zh}`);
  }
}

/**
 * A union failed. With a discriminator (distributions), say which kinds exist. Otherwise pick the
 * alternative the value was meant for (the one whose issues are all deeper than the union itself,
 * e.g. an array schedule with a bad entry) and report its issues; when none fits, say what the
 * alternatives are.
 */
function union(issue: Issue, path: Path, value: unknown, ctx: Ctx): void {
  const out = ctx.out;
  const shown = show(value);
  if (issue.discriminator) {
    const kinds = showList(issue.options ?? []);
    const kindsZh = showList(issue.options ?? [], '、');
    if (value === undefined) {
      out.add(path, 'required', `is missing; must be one of ${kinds}`, `缺少此项（必填），应为以下之一：${kindsZh}`);
    } else {
      out.add(
        path,
        'not_allowed_value',
        `got ${shown}; must be one of ${kinds}`,
        `取值 ${shown} 无效，应为以下之一：${kindsZh}`,
      );
    }
    return;
  }
  const branches = issue.errors ?? [];
  const atRoot = (i: Issue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
  const fitting = branches.filter((b) => b.length > 0 && !b.some(atRoot));
  if (fitting.length > 0) {
    const best = fitting.reduce((a, b) => (b.length < a.length ? b : a));
    for (const inner of best) translate(inner, path, ctx);
    return;
  }
  const wants: { en: string; zh: string }[] = [];
  for (const b of branches) {
    for (const i of b.filter(atRoot)) {
      if (i.code === 'invalid_value')
        wants.push({ en: showList(i.values ?? [], ' or '), zh: showList(i.values ?? [], '或') });
      else wants.push(describeType(path, ctx, i.expected ?? '', true));
    }
  }
  const en = wants.map((w) => w.en).join(' or ');
  const zh = wants.map((w) => w.zh).join(' 或 ');
  if (value === undefined) out.add(path, 'required', `is missing; required: ${en}`, `缺少此项（必填），应为${zh}`);
  else out.add(path, 'wrong_type', `got ${shown}; expected ${en}`, `取值 ${shown} 无效，应为${zh}`);
}

function typeName(expected: string): { en: string; zh: string } {
  switch (expected) {
    case 'number':
      return { en: 'a number', zh: '数值' };
    case 'int':
      return { en: 'a whole number', zh: '整数' };
    case 'string':
      return { en: 'text', zh: '文本' };
    case 'boolean':
      return { en: 'true or false', zh: 'true 或 false' };
    case 'array':
      return { en: 'a list [...]', zh: '列表 [...]' };
    case 'object':
    case 'record':
      return { en: 'an object {...}', zh: '对象 {...}' };
    case 'null':
      return { en: 'null', zh: 'null' };
    default:
      return { en: expected, zh: expected };
  }
}

/** "an object with the fields start, end": the expected type, with its fields when an object. */
function describeType(path: Path, ctx: Ctx, expected: string, inUnion = false): { en: string; zh: string } {
  const found = expected === 'object' ? schemaAt(path, ctx.input, inUnion, ctx.root) : null;
  if (found?.keys)
    return { en: `an object with the fields ${found.keys.join(', ')}`, zh: `包含字段 ${found.keys.join('、')} 的对象` };
  return typeName(expected);
}

/** The expected type and whether null would also do ("... or null"). */
function expectation(path: Path, ctx: Ctx, expected: string): { en: string; zh: string } {
  const { en, zh } = describeType(path, ctx, expected);
  return schemaAt(path, ctx.input, false, ctx.root)?.nullable
    ? { en: `${en} or null`, zh: `${zh}或 null` }
    : { en, zh };
}
