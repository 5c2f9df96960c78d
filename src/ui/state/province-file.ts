/**
 * The door a province result (province.json, written by `hallflow batch`) passes on its way into
 * the province view, from a file or from the browser's storage. It must be JSON of kind
 * 'hallflow.province', version 1, with halls that carry the record fields the view reads
 * (src/sim/batch/records.ts); anything else is refused with what it is instead (a scenario, a
 * plan, the batch's manifest or one of its job files) or the first fields that are wrong, by
 * path, so the planner knows which file they should have chosen. The view words the reason in
 * the current language (`province.refused`).
 */
import { PROVINCE_KIND, PROVINCE_VERSION, type ProvinceResult } from '../../sim/batch/province.ts';

/** What a field should have been (the view words it). */
export type Expected =
  | 'object'
  | 'array'
  | 'text'
  | 'number'
  | 'count'
  | 'share'
  | 'names'
  | 'figure'
  | 'figureOrNone'
  | 'objectOrNone'
  | 'countOrNone'
  | 'boolean'
  | 'uniqueId';

export interface FieldProblem {
  /** JSON path, e.g. "halls[2].installed.windows". */
  path: string;
  expected: Expected;
}

/** A file that is another of HallFlow's JSON files, recognised by its kind or its fields. */
export type OtherFile = 'scenario' | 'plan' | 'manifest' | 'job' | 'result';

export type ProvinceRefusal =
  | { code: 'notJson'; detail: string }
  | { code: 'tooLarge'; megabytes: number }
  | { code: 'notObject' }
  /** A JSON object with no kind: not written by HallFlow. */
  | { code: 'noKind' }
  | { code: 'otherFile'; file: OtherFile }
  | { code: 'otherKind'; kind: string }
  | { code: 'version'; version: string }
  | { code: 'noHalls' }
  | { code: 'fields'; problems: FieldProblem[]; more: number };

export type ProvinceAdmission = { ok: true; province: ProvinceResult } | { ok: false; reason: ProvinceRefusal };

/** A province of a few hundred halls is a few hundred kilobytes: anything far larger is not one. */
export const MAX_BYTES = 20 * 1024 * 1024;
/** Field problems named at most (the rest counted). */
const SHOWN = 5;

const OTHER_KINDS: Record<string, OtherFile> = {
  'hallflow.plan': 'plan',
  'hallflow.batch': 'manifest',
  'hallflow.batch-job': 'job',
  'hallflow.merged': 'result',
  'hallflow.replication': 'result',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown) => isNum(v) && Number.isInteger(v) && v >= 0;
const isFigure = (v: unknown) =>
  isObj(v) && isNum(v.mean) && (v.halfWidth === null || (isNum(v.halfWidth) && v.halfWidth >= 0));
const isNames = (v: unknown) => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** Collects what is wrong with the value at each path (a small checker: the shape is fixed and flat). */
class Checker {
  problems: FieldProblem[] = [];
  private add(path: string, expected: Expected): void {
    this.problems.push({ path, expected });
  }
  need(ok: boolean, path: string, expected: Expected): boolean {
    if (!ok) this.add(path, expected);
    return ok;
  }
  object(o: Obj, key: string, path: string): Obj | null {
    return this.need(isObj(o[key]), `${path}.${key}`, 'object') ? (o[key] as Obj) : null;
  }
  /** An object, or null (a task the hall did not run). */
  optional(o: Obj, key: string, path: string): Obj | null {
    const v = o[key];
    if (v === null) return null;
    return this.need(isObj(v), `${path}.${key}`, 'objectOrNone') ? (v as Obj) : null;
  }
  number(o: Obj, key: string, path: string): void {
    this.need(isNum(o[key]), `${path}.${key}`, 'number');
  }
  count(o: Obj, key: string, path: string): void {
    this.need(isCount(o[key]), `${path}.${key}`, 'count');
  }
  share(o: Obj, key: string, path: string): void {
    const v = o[key];
    this.need(isNum(v) && v >= 0 && v <= 1, `${path}.${key}`, 'share');
  }
  figure(o: Obj, key: string, path: string, orNone = false): void {
    const v = o[key];
    if (orNone) this.need(v === null || isFigure(v), `${path}.${key}`, 'figureOrNone');
    else this.need(isFigure(v), `${path}.${key}`, 'figure');
  }
  names(o: Obj, key: string, path: string): void {
    this.need(isNames(o[key]), `${path}.${key}`, 'names');
  }
}

function checkSimulate(c: Checker, s: Obj, path: string): void {
  c.need(s.task === 'simulate', `${path}.task`, 'text');
  const target = c.object(s, 'target', path);
  if (target) {
    c.number(target, 'waitMinutes', `${path}.target`);
    c.share(target, 'share', `${path}.target`);
  }
  c.figure(s, 'within', path);
  c.share(s, 'shortfall', path);
  for (const k of ['meanWait', 'p90Wait', 'abandoned', 'utilisation', 'arrivals']) c.figure(s, k, path, true);
}

function checkPlan(c: Checker, p: Obj, path: string): void {
  c.need(p.task === 'plan', `${path}.task`, 'text');
  c.count(p, 'windowsNeeded', path);
  c.count(p, 'windowsRostered', path);
  c.need(p.kiosksRecommended === null || isCount(p.kiosksRecommended), `${path}.kiosksRecommended`, 'countOrNone');
  const hours = c.object(p, 'staffHours', path);
  if (hours) {
    c.number(hours, 'current', `${path}.staffHours`);
    c.number(hours, 'recommended', `${path}.staffHours`);
  }
  c.figure(p, 'withinCurrent', path);
  c.figure(p, 'withinRecommended', path);
}

function checkCompare(c: Checker, x: Obj, path: string): void {
  c.need(x.task === 'compare', `${path}.task`, 'text');
  c.names(x, 'whatIf', path);
  if (!c.need(Array.isArray(x.differences), `${path}.differences`, 'array')) return;
  (x.differences as unknown[]).forEach((d, i) => {
    const at = `${path}.differences[${i}]`;
    if (!c.need(isObj(d), at, 'object')) return;
    const o = d as Obj;
    c.need(typeof o.metric === 'string', `${at}.metric`, 'text');
    c.number(o, 'asIs', at);
    c.number(o, 'whatIf', at);
    c.figure(o, 'difference', at);
  });
}

function checkHall(c: Checker, h: unknown, path: string, ids: Set<string>): void {
  if (!c.need(isObj(h), path, 'object')) return;
  const hall = h as Obj;
  if (c.need(typeof hall.id === 'string' && hall.id !== '', `${path}.id`, 'text')) {
    c.need(!ids.has(hall.id as string), `${path}.id`, 'uniqueId');
    ids.add(hall.id as string);
  }
  c.names(hall, 'name', path);
  const installed = c.object(hall, 'installed', path);
  if (installed) {
    c.count(installed, 'windows', `${path}.installed`);
    c.count(installed, 'kiosks', `${path}.installed`);
  }
  const s = c.optional(hall, 'simulate', path);
  if (s) checkSimulate(c, s, `${path}.simulate`);
  const p = c.optional(hall, 'plan', path);
  if (p) checkPlan(c, p, `${path}.plan`);
  const x = c.optional(hall, 'compare', path);
  if (x) checkCompare(c, x, `${path}.compare`);
}

/** Which of HallFlow's other files a value looks like, if any. */
function otherFile(v: Obj): OtherFile | null {
  if (typeof v.kind === 'string') return OTHER_KINDS[v.kind] ?? null;
  // A scenario carries no kind: it is known by the parts every scenario has.
  if (isObj(v.calendar) && isObj(v.windows) && isObj(v.demand)) return 'scenario';
  return null;
}

/** Admits a parsed value as a province result, or says why not. */
export function admitProvinceValue(value: unknown): ProvinceAdmission {
  if (!isObj(value)) return { ok: false, reason: { code: 'notObject' } };
  if (value.kind !== PROVINCE_KIND) {
    const other = otherFile(value);
    if (other) return { ok: false, reason: { code: 'otherFile', file: other } };
    if (typeof value.kind === 'string') return { ok: false, reason: { code: 'otherKind', kind: value.kind } };
    return { ok: false, reason: { code: 'noKind' } };
  }
  if (value.version !== PROVINCE_VERSION)
    return { ok: false, reason: { code: 'version', version: String(value.version) } };
  const c = new Checker();
  c.names(value, 'name', '');
  c.need(typeof value.synthetic === 'boolean', '.synthetic', 'boolean');
  c.need(isCount(value.replications), '.replications', 'count');
  c.need(isNum(value.seed), '.seed', 'number');
  if (c.need(Array.isArray(value.halls), '.halls', 'array')) {
    const halls = value.halls as unknown[];
    if (halls.length === 0 && c.problems.length === 0) return { ok: false, reason: { code: 'noHalls' } };
    const ids = new Set<string>();
    halls.forEach((h, i) => checkHall(c, h, `.halls[${i}]`, ids));
  }
  if (c.problems.length > 0) {
    const problems = c.problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') }));
    return {
      ok: false,
      reason: { code: 'fields', problems: problems.slice(0, SHOWN), more: Math.max(0, problems.length - SHOWN) },
    };
  }
  return { ok: true, province: value as unknown as ProvinceResult };
}

/** Admits a province given as JSON text (a file); a byte-order mark is ignored. */
export function admitProvinceText(text: string): ProvinceAdmission {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: { code: 'notJson', detail: e instanceof Error ? e.message : String(e) } };
  }
  return admitProvinceValue(value);
}
