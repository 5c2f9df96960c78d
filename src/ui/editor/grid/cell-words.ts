/**
 * What the staffing grids say about a cell, in the page's language: its title (arrivals, load,
 * open windows and any shortfall) and, when what was typed is not written, why — for more
 * windows than the group has, in the words the director knows ("超过本组窗口数（12）"), and for
 * more 12366 agents than phone seats ("超过坐席数（40）").
 */
import { formatLimit, MAX_SERVERS } from '../../../sim/scenario/index.ts';
import type { EditorMessages } from '../../i18n/editor.en.ts';
import type { CellInfo } from '../arrivals.ts';
import type { CellJudgement } from '../commit.ts';
import type { ColumnKey } from '../grid.ts';
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
  return t.grid.pasteError(pasteCells(t, bad), windows);
}

/** The first five bad cells of a paste, by place and text. */
function pasteCells(t: EditorMessages, bad: readonly (CellPlace & { text: string })[]): string {
  const cells = bad
    .slice(0, 5)
    .map((b) => t.grid.pasteCell(b.day, b.time, b.text === '' ? t.number.empty : b.text))
    .join(t.grid.listSeparator);
  return bad.length > 5 ? `${cells}${t.grid.listSeparator}…` : cells;
}

/**
 * What a grid says, bound to what it schedules: a window group's open windows or the 12366
 * hotline's agents. GridTable draws either with these words.
 */
export interface GridWords {
  /** The table's caption (read by screen readers). */
  caption: string;
  /** A column's heading. */
  column: (key: ColumnKey) => string;
  /** A cell's accessible name. */
  cellLabel: (day: string, time: string) => string;
  /** The mark of a row the hours do not cover ("after closing"). */
  extra: string;
  /** Why a cell's text is not written, or null (see `cellProblem`). */
  problem: (at: CellPlace, typed: string, j: CellJudgement, kept: string) => string | null;
  /** A refused paste. */
  pasteRefusal: (bad: readonly (CellPlace & { text: string })[]) => string;
  /** The button that raises the count to a typed value, and what is said once it is done. */
  raise: (n: number) => string;
  raised: (n: number) => string;
}

/** The words of a window group's grid (`windows`: the group's window count). */
export function windowWords(t: EditorMessages, groupName: string, windows: number): GridWords {
  return {
    caption: t.grid.caption(groupName),
    column: (key) => t.dayTypes[key as keyof typeof t.dayTypes],
    cellLabel: (day, time) => t.grid.cellLabel(groupName, day, time),
    extra: t.grid.extra,
    problem: (at, typed, j, kept) => cellProblem(t, at, typed, j, windows, kept),
    pasteRefusal: (bad) => pasteRefusal(t, bad, windows),
    raise: (n) => t.grid.raise(n),
    raised: (n) => t.grid.raised(groupName, n),
  };
}

/** The words of the 12366 agents' grid (`seats`: the phone seats, the most agents at once). */
export function agentWords(t: EditorMessages, seats: number): GridWords {
  const a = t.channels.agents;
  return {
    caption: a.caption,
    column: (key) => (key === 'all' ? t.dayTypes.all : a.columns[key]),
    cellLabel: (day, time) => a.cellLabel(day, time),
    extra: a.extra,
    problem: (at, typed, j, kept) => {
      if (j.kind !== 'invalid' && j.kind !== 'overGroup') return null;
      const shown = toAscii(typed) === '' ? t.number.empty : typed.trim();
      if (j.kind === 'invalid') return a.cellError(at.day, at.time, shown, seats, kept);
      return j.raisable
        ? a.overSeats(at.day, at.time, shown, seats, kept)
        : a.overSeatsAndLimit(at.day, at.time, shown, seats, formatLimit(MAX_SERVERS), kept);
    },
    pasteRefusal: (bad) => a.pasteError(pasteCells(t, bad), seats),
    raise: (n) => a.raise(n),
    raised: (n) => a.raised(n),
  };
}
