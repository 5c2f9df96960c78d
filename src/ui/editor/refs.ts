/**
 * Keeping references whole when an identifier changes: window groups list the business types they
 * serve by id, so renaming a type renames it in those lists too (in the same undo step).
 */
import type { Scenario } from '../../sim/scenario/index.ts';

/** Sets type i's id to `next` and renames it wherever a window group lists it. */
export function renameTypeId(draft: Scenario, i: number, next: string): void {
  const type = draft.types?.[i];
  if (!type) return;
  const previous = type.id;
  type.id = next;
  if (typeof previous !== 'string' || previous === next) return;
  // Another type with the old id keeps the references (they still point at something).
  if (draft.types.some((t, j) => j !== i && t?.id === previous)) return;
  for (const g of draft.windows?.groups ?? []) {
    if (Array.isArray(g?.types)) g.types = g.types.map((id) => (id === previous ? next : id));
  }
}
