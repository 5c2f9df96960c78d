/**
 * Business types as a file writes them (发票代开, "Proxy invoice", "proxy-invoice") → the scenario's
 * type ids. An explicit map wins; then the id or a name of a known type (after normalisation:
 * full-width to ASCII, case, spaces); then a part of a name written with slashes (申报缴税/更正 →
 * 申报缴税) or a name inside a longer value (增值税发票代开 → 发票代开), when only one type fits.
 * Without known types every value is kept as written. Each distinct value is resolved once.
 *
 * Every value that resolved is kept as a TypeMatch with its rows and HOW it was matched: by the
 * user's map, exactly (an id or name), or by a guess from part of a name. A guess is only a
 * guess — the import view lists it as a decision for the director to confirm or change.
 */
import { ParameterError } from '../errors.ts';
import type { Localized } from '../scenario/index.ts';
import { echo } from './echo.ts';
import type { TypeMatch, TypeMatchHow } from './records.ts';
import { normalizeKey } from './values-words.ts';

export type { TypeMatch, TypeMatchHow } from './records.ts';

export interface KnownType {
  id: string;
  /** Its names as files may write them (zh and en names, abbreviations). */
  names: string[];
}

/** The outcome for a value: a type id, EXCLUDED (mapped to '' to leave out) or null (unknown). */
export const EXCLUDED = '';

interface Resolved {
  id: string | null;
  /** Null for an unknown value, or when values are kept as written. */
  match: TypeMatch | null;
}

const HOW_ORDER: Record<TypeMatchHow, number> = { guess: 0, chosen: 1, exact: 2 };

export class TypeResolver {
  private readonly cache = new Map<string, Resolved>();
  private readonly reasons = new Map<string, Localized>();
  private readonly exact = new Map<string, string>();
  private readonly loose: { key: string; id: string; name: string; part: string }[] = [];
  private readonly map = new Map<string, string>();
  /** Each resolved value (trimmed) and how. */
  private readonly matched = new Map<string, TypeMatch>();
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
          if (k.length >= 2) this.loose.push({ key: k, id: t.id, name, part: part.trim() });
        }
      }
    }
  }

  /** Whether values must match known types (else they are kept as written). */
  get checking(): boolean {
    return this.known !== undefined;
  }

  /** The type id of a row's value (EXCLUDED: left out; null: unknown); counts the row for its match. */
  resolve(value: string): string | null {
    let hit = this.cache.get(value);
    if (hit === undefined) {
      hit = this.lookup(value);
      this.cache.set(detachKey(value), hit);
    }
    if (hit.match) hit.match.rows++;
    return hit.id;
  }

  /** Every value that resolved to a type (or was left out by the map): guesses first, then by rows. */
  matches(): TypeMatch[] {
    return [...this.matched.values()].sort(
      (a, b) =>
        HOW_ORDER[a.how] - HOW_ORDER[b.how] || b.rows - a.rows || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
  }

  /** The values guessed from part of a name. */
  guesses(): TypeMatch[] {
    return this.matches().filter((m) => m.how === 'guess');
  }

  private lookup(value: string): Resolved {
    const trimmed = value.trim();
    const key = normalizeKey(trimmed);
    const mapped = this.map.get(trimmed) ?? this.map.get(key);
    if (mapped !== undefined) return this.match(trimmed, { id: mapped, how: 'chosen' });
    if (!this.known) return { id: detachKey(trimmed), match: null };
    const exact = this.exact.get(key);
    if (exact) return this.match(trimmed, { id: exact, how: 'exact' });
    if (key.length < 2) return { id: null, match: null };
    const byPart = this.loose.filter((l) => l.key === key);
    const basis = byPart.length > 0 ? 'part' : 'inside';
    const hits = byPart.length > 0 ? byPart : this.loose.filter((l) => key.includes(l.key));
    const ids = new Set(hits.map((l) => l.id));
    if (ids.size !== 1) return { id: null, match: null };
    // The longest part that matched says best why (登记变更 over 登记 when both are parts).
    const best = hits.reduce((a, l) => (l.key.length > a.key.length ? l : a));
    return this.match(trimmed, { id: best.id, how: 'guess', name: best.name, part: best.part, basis });
  }

  /** The match of a trimmed value, made once (two spellings that trim alike share it). */
  private match(trimmed: string, m: Omit<TypeMatch, 'value' | 'rows'>): Resolved {
    let match = this.matched.get(trimmed);
    if (!match) this.matched.set(detachKey(trimmed), (match = { value: detachKey(trimmed), ...m, rows: 0 }));
    return { id: match.id, match };
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
