/**
 * Keyboard cursors of the charts: arrow keys move across cells (and rows on grids), Home and End
 * jump to the ends, Page Up/Down move by a larger step. Returns null for keys that do not move
 * the cursor (so the page can handle them).
 */

/** Along one axis of `count` cells. */
export function moveCursor(
  key: string,
  index: number | null,
  count: number,
  page = Math.max(1, Math.round(count / 8)),
): number | null {
  if (count <= 0) return null;
  const at = index ?? -1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = index === null ? 0 : at + 1;
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = index === null ? count - 1 : at - 1;
      break;
    case 'PageDown':
      next = index === null ? 0 : at + page;
      break;
    case 'PageUp':
      next = index === null ? 0 : at - page;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  return Math.max(0, Math.min(count - 1, next));
}

export interface GridCell {
  row: number;
  col: number;
}

/** On a grid: left/right move along a row, up/down across rows, Home/End to the row's ends. */
export function moveGridCursor(key: string, cell: GridCell | null, rows: number, cols: number): GridCell | null {
  if (rows <= 0 || cols <= 0) return null;
  if (cell === null)
    return ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key)
      ? { row: 0, col: 0 }
      : null;
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowRight':
      return { row: cell.row, col: clamp(cell.col + 1, cols) };
    case 'ArrowLeft':
      return { row: cell.row, col: clamp(cell.col - 1, cols) };
    case 'ArrowDown':
      return { row: clamp(cell.row + 1, rows), col: cell.col };
    case 'ArrowUp':
      return { row: clamp(cell.row - 1, rows), col: cell.col };
    case 'PageDown':
      return { row: clamp(cell.row + 5, rows), col: cell.col };
    case 'PageUp':
      return { row: clamp(cell.row - 5, rows), col: cell.col };
    case 'Home':
      return { row: cell.row, col: 0 };
    case 'End':
      return { row: cell.row, col: cols - 1 };
    default:
      return null;
  }
}

/** Over the days of a calendar: left/right a day, up/down a week, Home/End the first/last day. */
export function moveDayCursor(key: string, index: number | null, count: number): number | null {
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    if (count <= 0) return null;
    if (index === null) return 0;
    return Math.max(0, Math.min(count - 1, index + (key === 'ArrowDown' ? 7 : -7)));
  }
  if (key === 'PageUp' || key === 'PageDown') return moveCursor(key, index, count, 28);
  return moveCursor(key, index, count);
}

/**
 * A chart's key handling around a cursor mover: Escape clears the cursor (null); a key that
 * moves it gives the new cursor and keeps the page from scrolling; any other key is left to the
 * page (undefined).
 */
export function cursorForKey<T>(e: KeyboardEvent, move: (key: string) => T | null): T | null | undefined {
  if (e.key === 'Escape') return null;
  const next = move(e.key);
  if (next === null) return undefined;
  e.preventDefault();
  return next;
}
