/**
 * What the staffing grid says about a cell, in the page's language: its title (arrivals, load,
 * open windows and any shortfall) and, when what was typed is not written, why — for more
 * windows than the group has, in the words the director knows ("超过本组窗口数（12）").
 */
import { formatLimit, MAX_SERVERS } from '../../../sim/scenario/index.ts';
import type { EditorMessages } from '../../i18n/editor.en.ts';
import type { CellInfo } from '../arrivals.ts';
import type { CellJudgement } from '../commit.ts';
import { toAscii } from '../numbers.ts';

/** A cell's place, as the messages name it. */
export interface CellPlace {
  day: string;
  time: string;
}

/** The cell's title: expected tickets, the load in windows, windows open, and any shortfall. */
export function cellTitle(
  t: EditorMessages,
  one: Intl.NumberFormat,
  at: CellPlace,
  open: number,
  i: CellInfo | null,
): string {
  if (!i) return '';
  const base = t.grid.cellTitle(at.time, at.day, one.format(i.arrivals), one.format(i.load), open);
  if (!i.short) return base;
  const why =
    i.short.kind === 'exclusive'
      ? t.grid.shortExclusive(one.format(i.short.load))
      : t.grid.shortHall(t.dayTypes[i.short.day], one.format(i.short.open), one.format(i.short.load));
  return t.grid.withShort(base, why);
}

/**
 * Why a cell's text is not written (`kept`: the stored value it keeps), or null when it is
 * written on leaving the cell (or stands for the stored value already).
 */
export function cellProblem(
  t: EditorMessages,
  at: CellPlace,
  typed: string,
  j: CellJudgement,
  windows: number,
  kept: string,
): string | null {
  if (j.kind !== 'invalid' && j.kind !== 'overGroup') return null;
  const shown = toAscii(typed) === '' ? t.number.empty : typed.trim();
  if (j.kind === 'invalid') return t.grid.cellError(at.day, at.time, shown, windows, kept);
  return j.raisable
    ? t.grid.overWindows(at.day, at.time, shown, windows, kept)
    : t.grid.overWindowsAndLimit(at.day, at.time, shown, windows, formatLimit(MAX_SERVERS), kept);
}

/** A refused paste: the first five bad cells by place and text, and what is allowed. */
export function pasteRefusal(
  t: EditorMessages,
  bad: readonly (CellPlace & { text: string })[],
  windows: number,
): string {
  const cells = bad
    .slice(0, 5)
    .map((b) => t.grid.pasteCell(b.day, b.time, b.text === '' ? t.number.empty : b.text))
    .join(t.grid.listSeparator);
  return t.grid.pasteError(bad.length > 5 ? `${cells}${t.grid.listSeparator}…` : cells, windows);
}
