/**
 * The user's choices about a file: which column holds which field (the detected mapping, changed
 * field by field, or a field left out), the layout, and what each business type the scenario does
 * not know stands for. Choices are collected and applied by reading the file again; `pending`
 * tells whether they differ from what the shown report was read with.
 */
import { FIELD_NAMES, TICKET_FIELDS, VOLUME_FIELDS, type Field } from '../../../sim/history/columns.ts';
import type { Localized } from '../../../sim/scenario/index.ts';
import type { HistoryLayout } from '../../../sim/history/records.ts';

/** Fields a layout cannot do without (read.ts refuses the file without them). */
export const REQUIRED: Record<HistoryLayout, readonly Field[]> = {
  tickets: ['ticket', 'type'],
  volumes: ['date', 'count'],
};

export type LayoutChoice = HistoryLayout | 'auto';

/** What a read is asked besides detection. */
export interface Choices {
  layout: LayoutChoice;
  /** Field → column (index) or null (not in the file); absent fields are detected. */
  mapping: Record<string, number | null>;
  /** File value → type id, '' to leave its rows out. */
  typeMap: Record<string, string>;
}

export const NO_CHOICES: Choices = { layout: 'auto', mapping: {}, typeMap: {} };

export function fieldsOf(layout: HistoryLayout): readonly Field[] {
  return layout === 'tickets' ? TICKET_FIELDS : VOLUME_FIELDS;
}

/** Excel's name of a column: A, B, …, Z, AA (0-based index). */
export function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B · 取号时间" (a blank header cell shows its letter only). */
export function columnLabel(header: readonly string[], i: number): string {
  const name = (header[i] ?? '').trim();
  return name ? `${columnLetter(i)} · ${name}` : columnLetter(i);
}

export interface MappingRow {
  field: Field;
  name: Localized;
  required: boolean;
  /** The column the shown report used (null: not in the file). */
  used: number | null;
  /** The column chosen for the next read. */
  chosen: number | null;
  /** Whether the choice differs from what was used. */
  changed: boolean;
  /** Another field uses the same column in the choices. */
  sharedWith: Field[];
}

/** One row per field of the layout: the column used, the column chosen, whether it changes. */
export function mappingRows(
  layout: HistoryLayout,
  used: Record<string, number | null>,
  choices: Choices,
): MappingRow[] {
  const fields = fieldsOf(layout);
  const chosenOf = (f: Field) => (Object.hasOwn(choices.mapping, f) ? choices.mapping[f] : (used[f] ?? null));
  return fields.map((field) => {
    const chosen = chosenOf(field);
    const u = used[field] ?? null;
    return {
      field,
      name: FIELD_NAMES[field],
      required: REQUIRED[layout].includes(field),
      used: u,
      chosen,
      changed: chosen !== u,
      sharedWith: chosen === null ? [] : fields.filter((f) => f !== field && chosenOf(f) === chosen),
    };
  });
}

/** The choices with field `field` set to `column` (null: not in the file). */
export function chooseColumn(choices: Choices, field: Field, column: number | null): Choices {
  return { ...choices, mapping: { ...choices.mapping, [field]: column } };
}

/** The choices with file value `value` mapped to `typeId` ('' leaves its rows out; null: undecided). */
export function chooseType(choices: Choices, value: string, typeId: string | null): Choices {
  const typeMap = { ...choices.typeMap };
  if (typeId === null) delete typeMap[value];
  else typeMap[value] = typeId;
  return { ...choices, typeMap };
}

function canonical(c: Choices): string {
  const sort = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify([c.layout, sort(c.mapping), sort(c.typeMap)]);
}

/** Whether the choices differ from those the shown report was read with. */
export function pending(choices: Choices, readWith: Choices): boolean {
  return canonical(choices) !== canonical(readWith);
}

/**
 * Value of a column select: '' for "not in the file", else the index. Selects hold strings; these
 * two convert both ways.
 */
export function columnValue(column: number | null): string {
  return column === null ? '' : String(column);
}
export function parseColumnValue(value: string): number | null {
  if (value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** A unknown business type of the file and what the choices map it to. */
export interface UnknownTypeRow {
  value: string;
  rows: number;
  /** Type id, '' (left out) or null (undecided: its rows stay rejected). */
  chosen: string | null;
}

export function unknownTypeRows(
  unknown: readonly { value: string; rows: number }[],
  choices: Choices,
): UnknownTypeRow[] {
  return unknown.map((u) => ({
    value: u.value,
    rows: u.rows,
    chosen: Object.hasOwn(choices.typeMap, u.value) ? choices.typeMap[u.value] : null,
  }));
}

/** Select values for a type choice: '?' undecided, '-' left out, else the id. */
export const UNDECIDED = '?';
export const LEFT_OUT = '-';
export function typeValue(chosen: string | null): string {
  return chosen === null ? UNDECIDED : chosen === '' ? LEFT_OUT : chosen;
}
export function parseTypeValue(value: string): string | null {
  return value === UNDECIDED ? null : value === LEFT_OUT ? '' : value;
}

/** The read request's part from the choices (layout 'auto' → detected). */
export function requestOf(choices: Choices): {
  mapping: Record<string, number | null>;
  typeMap: Record<string, string>;
  layout?: HistoryLayout;
} {
  return {
    mapping: { ...choices.mapping },
    typeMap: { ...choices.typeMap },
    ...(choices.layout === 'auto' ? {} : { layout: choices.layout }),
  };
}

/**
 * Choices when the layout changes: field columns chosen for the other layout's fields mean
 * nothing there, so the mapping starts again from detection.
 */
export function chooseLayout(choices: Choices, layout: LayoutChoice): Choices {
  return layout === choices.layout ? choices : { ...choices, layout, mapping: {} };
}
