/**
 * "What would change in the scenario": the fit's patch as rows a planner can read — the field by
 * a human name (发票代开 占比, "Proxy invoice issuing: share"; a path the fit never writes falls
 * back to the validator's Chinese label or the JSON path), the value before and after in words (a
 * share in percent, a distribution as its family, mean and CV, weekday factors by weekday, an
 * intraday profile as how many pieces for which day types), and the count of changes that
 * actually change something. Why each value is what it is: change-why.ts.
 */
import { formatPath, type Scenario, zhLabel } from '../../../sim/scenario/index.ts';
import type { AppliedOp } from '../../../sim/history/fit-patch.ts';
import type { ChangeMessages } from '../../i18n/history-changes.en.ts';
import type { Lang } from './format.ts';

export interface PatchRow {
  key: string;
  /** The field in the current language. */
  field: string;
  /** The JSON path (`types[2].share`): for tests and tools, not shown. */
  path: string;
  before: string;
  after: string;
  /** False when the fit gave the value already there. */
  changes: boolean;
}

export const FAMILY: Record<string, { zh: string; en: string }> = {
  lognormal: { zh: '对数正态', en: 'lognormal' },
  gamma: { zh: '伽马', en: 'gamma' },
  exponential: { zh: '指数', en: 'exponential' },
  empirical: { zh: '经验分布', en: 'empirical' },
  deterministic: { zh: '固定值', en: 'fixed' },
  erlang: { zh: '埃尔朗', en: 'Erlang' },
  uniform: { zh: '均匀', en: 'uniform' },
  triangular: { zh: '三角', en: 'triangular' },
  mixture: { zh: '混合', en: 'mixture' },
};

const DAY_TYPE_WORD: Record<string, { zh: string; en: string }> = {
  ordinary: { zh: '平日', en: 'ordinary' },
  filing: { zh: '申报期', en: 'filing' },
  deadline: { zh: '截止日', en: 'deadline' },
};

/** A share as a percentage: 12%, 12.2% (one decimal; two significant digits under 1%). */
export function percent(v: number): string {
  const x = v * 100;
  return `${Math.abs(x) < 1 && x !== 0 ? Number(x.toPrecision(2)) : Number(x.toFixed(1))}%`;
}

/** Whether the value at a path is a share (shown in percent). */
export function isSharePath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'share' || last === 'noShow' || last === 'choiceShare' || path[path.length - 2] === 'monthShares';
}

/** A number with at most 4 significant digits (trailing zeros dropped). */
export function short(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(4)));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isPieceList(v: unknown): v is { start: string; end: string; share: number }[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((x) => isRecord(x) && typeof x.start === 'string' && typeof x.share === 'number')
  );
}

/** "firstWorkingDays" → "first working days". */
export function humanize(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The default name of an object key: a day type's word, else the key in words. */
function defaultKeyName(key: string, lang: Lang): string {
  return DAY_TYPE_WORD[key]?.[lang] ?? (lang === 'en' ? humanize(key) : key);
}

/** Names an object key given the keys from the value's root to it. */
export type KeyName = (keys: string[]) => string;

/**
 * A value of the scenario in words; `keyName` names the keys of an object (default: day types,
 * other keys in words), `keys` is where `v` sits inside the value described.
 */
export function describeValue(
  v: unknown,
  lang: Lang,
  keyName: KeyName = (ks) => defaultKeyName(ks[ks.length - 1], lang),
  keys: string[] = [],
): string {
  if (v === undefined || v === null) return lang === 'zh' ? '（无）' : '(none)';
  if (typeof v === 'number') return short(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'number')) return v.map(short).join(lang === 'zh' ? '、' : ', ');
    if (isPieceList(v)) return pieces(v, lang);
  }
  if (isRecord(v)) {
    if (typeof v.kind === 'string' && typeof v.mean === 'number') {
      const family = FAMILY[v.kind]?.[lang] ?? v.kind;
      const parts = [lang === 'zh' ? `均值 ${short(v.mean)} 分钟` : `mean ${short(v.mean)} min`];
      if (typeof v.cv === 'number') parts.push(lang === 'zh' ? `变异系数 ${short(v.cv)}` : `CV ${short(v.cv)}`);
      return lang === 'zh' ? `${family}（${parts.join('，')}）` : `${family} (${parts.join(', ')})`;
    }
    const entries = Object.entries(v);
    if (entries.length > 0 && entries.every(([, x]) => isPieceList(x))) {
      return entries
        .map(
          ([k, x]) =>
            `${keyName([...keys, k])}${lang === 'zh' ? '：' : ': '}${pieces(x as { start: string; end: string; share: number }[], lang)}`,
        )
        .join(lang === 'zh' ? '；' : '; ');
    }
    if (entries.every(([, x]) => typeof x === 'number' || isRecord(x))) {
      const inner = entries.some(([, x]) => isRecord(x));
      return entries
        .map(([k, x]) => {
          const text = typeof x === 'number' ? short(x) : describeValue(x, lang, keyName, [...keys, k]);
          const name = keyName([...keys, k]);
          if (!(inner && isRecord(x))) return `${name} ${text}`;
          return lang === 'zh' ? `${name}（${text}）` : `${name} (${text})`;
        })
        .join(lang === 'zh' ? (inner ? '；' : '，') : inner ? '; ' : ', ');
    }
  }
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** "16 pieces 09:00–17:00, peak 10:30 (10.0%)". */
function pieces(list: { start: string; end: string; share: number }[], lang: Lang): string {
  let peak = list[0];
  for (const p of list) if (p.share > peak.share) peak = p;
  const pct = percent(peak.share);
  const from = list[0].start;
  const to = list[list.length - 1].end;
  return lang === 'zh'
    ? `${list.length} 个时段 ${from}–${to}，高峰 ${peak.start}（${pct}）`
    : `${list.length} pieces ${from}–${to}, peak ${peak.start} (${pct})`;
}

/** The human name of a path the fit writes (null for any other path). */
function humanName(base: Scenario, path: readonly (string | number)[], lang: Lang, w: ChangeMessages): string | null {
  const n = w.names;
  const key = path.join('.');
  if (path[0] === 'demand' && path.length === 2) {
    const field = path[1] as string;
    if (
      field === 'dailyVolume' ||
      field === 'dayTypeFactors' ||
      field === 'filingPositionFactors' ||
      field === 'weekdayFactors' ||
      field === 'intraday'
    )
      return n[field];
  }
  if (key === 'appointments.share') return n.appointmentShare;
  if (key === 'appointments.noShow') return n.noShow;
  if (key === 'kiosks.choiceShare') return n.kioskChoice;
  if (key === 'behaviour.patience') return n.patience;
  if (path[0] === 'types' && typeof path[1] === 'number') {
    const type = base.types[path[1]]?.name[lang];
    if (!type) return null;
    const rest = path.slice(2).join('.');
    if (rest === 'share') return n.share(type);
    if (rest === 'service') return n.service(type);
    if (rest === 'case.acceptance') return n.acceptance(type);
    if (rest === 'kiosk.time') return n.kioskTime(type);
    if (path[2] === 'monthShares' && path.length === 4) return n.monthShare(type, w.month(Number(path[3])));
  }
  return null;
}

/**
 * The field's name: the human name of a path the fit writes (with the words given); otherwise
 * Chinese labels from the validator's dictionary, English the path with the type's name.
 */
export function fieldName(
  base: Scenario,
  path: readonly (string | number)[],
  lang: Lang,
  words?: ChangeMessages,
): string {
  const human = words ? humanName(base, path, lang, words) : null;
  if (human) return human;
  if (lang === 'zh') return zhLabel(base, [...path]);
  let out = formatPath([...path]);
  if (path[0] === 'types' && typeof path[1] === 'number') {
    const name = base.types[path[1]]?.name.en;
    if (name) out = out.replace(/^types\[\d+\]/, (m) => `${m} (${name})`);
  }
  return out;
}

/** The last part of a Chinese field label: 需求 › 申报期首尾系数 › 申报期最初几个工作日 → 申报期最初几个工作日. */
function lastLabel(label: string): string {
  const parts = label.split(' › ');
  return parts[parts.length - 1];
}

/** A value at a path in words: shares in percent, weekday factors by weekday, the rest by describeValue. */
function valueAt(
  path: readonly (string | number)[],
  v: unknown,
  lang: Lang,
  keyName: KeyName,
  words: ChangeMessages | undefined,
): string {
  if (typeof v === 'number' && isSharePath(path)) return percent(v);
  if (
    words &&
    path.join('.') === 'demand.weekdayFactors' &&
    Array.isArray(v) &&
    v.every((x) => typeof x === 'number')
  ) {
    return v.map((x: number, i) => `${words.weekdays[i] ?? i + 1} ${short(x)}`).join(lang === 'zh' ? '，' : ', ');
  }
  return describeValue(v, lang, keyName);
}

/** The patch as rows; with `words`, fields by human names and weekday factors by weekday. */
export function patchRows(patch: readonly AppliedOp[], base: Scenario, lang: Lang, words?: ChangeMessages): PatchRow[] {
  return patch.map((op) => {
    const keyName: KeyName = (ks) =>
      lang === 'zh' ? lastLabel(zhLabel(base, [...op.path, ...ks])) : defaultKeyName(ks[ks.length - 1], lang);
    return {
      key: op.key,
      field: fieldName(base, op.path, lang, words),
      path: formatPath([...op.path]),
      before: valueAt(op.path, op.before, lang, keyName, words),
      after: valueAt(op.path, op.value, lang, keyName, words),
      changes: JSON.stringify(op.before) !== JSON.stringify(op.value),
    };
  });
}
