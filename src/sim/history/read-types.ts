/**
 * Business types as a file writes them (发票代开, "Proxy invoice", "proxy-invoice") → the scenario's
 * type ids. An explicit map wins; then the id or a name of a known type (after normalisation:
 * full-width to ASCII, case, spaces); then a part of a name written with slashes (申报缴税/更正 →
 * 申报缴税) or a name inside a longer value (增值税发票代开 → 发票代开), when only one type fits.
 * Without known types every value is kept as written. Each distinct value is resolved once.
 */
import { ParameterError } from '../errors.ts';
import type { Localized } from '../hall/scenario.ts';
import { echo } from './echo.ts';
import { normalizeKey } from './values-words.ts';

export interface KnownType {
  id: string;
  /** Its names as files may write them (zh and en names, abbreviations). */
  names: string[];
}

/** The outcome for a value: a type id, EXCLUDED (mapped to '' to leave out) or null (unknown). */
export const EXCLUDED = '';

export interface InexactMatch {
  value: string;
  id: string;
  name: string;
}

export class TypeResolver {
  private readonly cache = new Map<string, string | null>();
  private readonly reasons = new Map<string, Localized>();
  private readonly exact = new Map<string, string>();
  private readonly loose: { key: string; id: string; name: string }[] = [];
  private readonly map = new Map<string, string>();
  /** Values matched by a part of a name or a name inside them, to tell the user. */
  readonly inexact: InexactMatch[] = [];
  /** Rows per value the scenario does not know. */
  readonly unknown = new Map<string, number>();
  /** The known types for messages: "发票代开 (proxy-invoice)". */
  readonly knownList: string[];

  constructor(
    private readonly known: readonly KnownType[] | undefined,
    typeMap: Record<string, string> | undefined,
  ) {
    const ids = known ? new Set(known.map((t) => t.id)) : null;
    this.knownList = (known ?? []).map((t) => (t.names[0] && t.names[0] !== t.id ? `${t.names[0]} (${t.id})` : t.id));
    for (const [value, id] of Object.entries(typeMap ?? {})) {
      if (typeof id !== 'string' || (ids && id !== EXCLUDED && !ids.has(id))) {
        throw new ParameterError(
          `typeMap[${JSON.stringify(echo(value).en)}]`,
          id,
          `a business type id of the scenario (${[...(ids ?? [])].join(', ')}) or "" to leave the rows out`,
          `方案中的业务类型编号（${[...(ids ?? [])].join('、')}），或 "" 表示不导入这些行`,
        );
      }
      this.map.set(value.trim(), id);
      this.map.set(normalizeKey(value), id);
    }
    for (const t of known ?? []) {
      for (const name of [t.id, ...t.names]) {
        const key = normalizeKey(name);
        if (key && !this.exact.has(key)) this.exact.set(key, t.id);
        for (const part of name.split(/[/／、,，;；|]+/)) {
          const k = normalizeKey(part);
          if (k.length >= 2) this.loose.push({ key: k, id: t.id, name });
        }
      }
    }
  }

  /** Whether values must match known types (else they are kept as written). */
  get checking(): boolean {
    return this.known !== undefined;
  }

  resolve(value: string): string | null {
    const hit = this.cache.get(value);
    if (hit !== undefined) return hit;
    const id = this.lookup(value);
    this.cache.set(detachKey(value), id);
    return id;
  }

  private lookup(value: string): string | null {
    const trimmed = value.trim();
    const key = normalizeKey(trimmed);
    const mapped = this.map.get(trimmed) ?? this.map.get(key);
    if (mapped !== undefined) return mapped;
    if (!this.known) return (' ' + trimmed).slice(1);
    const exact = this.exact.get(key);
    if (exact) return exact;
    if (key.length < 2) return null;
    const byPart = new Set(this.loose.filter((l) => l.key === key).map((l) => l.id));
    const inside = byPart.size > 0 ? byPart : new Set(this.loose.filter((l) => key.includes(l.key)).map((l) => l.id));
    if (inside.size !== 1) return null;
    const id = [...inside][0];
    const name = this.loose.find((l) => l.id === id && (l.key === key || key.includes(l.key)))!.name;
    this.inexact.push({ value: trimmed, id, name });
    return id;
  }

  /**
   * The reason for rejecting rows of a value, made once per value and shared by its rows (a
   * million rows of one unknown type then hold one message, not a million).
   */
  reason(value: string, make: () => Localized): Localized {
    let r = this.reasons.get(value);
    if (!r) this.reasons.set(detachKey(value), (r = make()));
    return r;
  }

  /** Counts a row whose value is unknown. */
  countUnknown(value: string): void {
    const v = value.trim();
    this.unknown.set(v, (this.unknown.get(v) ?? 0) + 1);
  }
}

/** A copy of a cell's text for a map key: a cell may be a slice of a whole block of the file. */
function detachKey(s: string): string {
  return (' ' + s).slice(1);
}
