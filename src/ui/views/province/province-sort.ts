/**
 * The table's other orders: by a column, either way, halls without the figure last whichever
 * way; a tie keeps the ranking (rankHalls), so a sort never shuffles equal halls.
 */
import { windowGap, type HallResult } from '../../../sim/batch/province.ts';

export type SortKey = 'rank' | 'hall' | 'within' | 'shortfall' | 'more' | 'staffHours';

/** `ranked` in rankHalls order, sorted by `key` (rank: that order). */
export function sortHalls(
  ranked: readonly HallResult[],
  key: SortKey,
  ascending: boolean,
  locale: string,
): HallResult[] {
  const rank = new Map(ranked.map((h, i) => [h.id, i]));
  if (key === 'hall') {
    const names = new Intl.Collator(locale);
    const name = (h: HallResult) => (locale === 'en' ? h.name.en : h.name.zh);
    return [...ranked].sort(
      (a, b) => (ascending ? 1 : -1) * names.compare(name(a), name(b)) || rank.get(a.id)! - rank.get(b.id)!,
    );
  }
  const value = (h: HallResult): number | null => {
    switch (key) {
      case 'rank':
        return rank.get(h.id)!;
      case 'within':
        return h.simulate?.within.mean ?? null;
      case 'shortfall':
        return h.simulate?.shortfall ?? null;
      case 'more':
        return windowGap(h);
      case 'staffHours':
        return h.plan?.staffHours.recommended ?? null;
    }
  };
  return [...ranked].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null)
      return (x === null ? 1 : 0) - (y === null ? 1 : 0) || rank.get(a.id)! - rank.get(b.id)!;
    return (ascending ? x - y : y - x) || rank.get(a.id)! - rank.get(b.id)!;
  });
}
