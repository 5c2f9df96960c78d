import { describe, expect, it } from 'vitest';
import { cursorForKey, moveCursor, moveDayCursor, moveGridCursor } from './cursor.ts';

describe('chart cursors', () => {
  it('moves along cells with the arrow keys, clamped at the ends', () => {
    expect(moveCursor('ArrowRight', 3, 10)).toBe(4);
    expect(moveCursor('ArrowLeft', 3, 10)).toBe(2);
    expect(moveCursor('ArrowLeft', 0, 10)).toBe(0);
    expect(moveCursor('ArrowRight', 9, 10)).toBe(9);
    expect(moveCursor('Home', 5, 10)).toBe(0);
    expect(moveCursor('End', 5, 10)).toBe(9);
    expect(moveCursor('PageDown', 0, 48)).toBe(6);
  });

  it('starts at the first cell (or the last, going left) and ignores other keys', () => {
    expect(moveCursor('ArrowRight', null, 10)).toBe(0);
    expect(moveCursor('ArrowLeft', null, 10)).toBe(9);
    expect(moveCursor('a', 3, 10)).toBeNull();
    expect(moveCursor('Tab', 3, 10)).toBeNull();
    expect(moveCursor('ArrowRight', null, 0)).toBeNull();
  });

  it('moves across rows and columns of a grid', () => {
    expect(moveGridCursor('ArrowDown', { row: 0, col: 3 }, 5, 16)).toEqual({ row: 1, col: 3 });
    expect(moveGridCursor('ArrowUp', { row: 0, col: 3 }, 5, 16)).toEqual({ row: 0, col: 3 });
    expect(moveGridCursor('ArrowRight', { row: 2, col: 15 }, 5, 16)).toEqual({ row: 2, col: 15 });
    expect(moveGridCursor('End', { row: 2, col: 1 }, 5, 16)).toEqual({ row: 2, col: 15 });
    expect(moveGridCursor('ArrowRight', null, 5, 16)).toEqual({ row: 0, col: 0 });
    expect(moveGridCursor('x', { row: 1, col: 1 }, 5, 16)).toBeNull();
  });

  it('moves a calendar cursor by a day left/right and a week up/down', () => {
    expect(moveDayCursor('ArrowDown', 3, 31)).toBe(10);
    expect(moveDayCursor('ArrowUp', 3, 31)).toBe(0);
    expect(moveDayCursor('ArrowDown', 28, 31)).toBe(30);
    expect(moveDayCursor('ArrowRight', 3, 31)).toBe(4);
    expect(moveDayCursor('End', 3, 31)).toBe(30);
  });
});

describe('cursorForKey', () => {
  const key = (k: string) => {
    let prevented = false;
    return {
      e: { key: k, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent,
      prevented: () => prevented,
    };
  };
  it('clears on Escape, moves (and keeps the page still) on a cursor key, leaves other keys alone', () => {
    const esc = key('Escape');
    expect(cursorForKey(esc.e, () => 3)).toBeNull();
    const right = key('ArrowRight');
    expect(cursorForKey(right.e, (k) => moveCursor(k, 2, 10))).toBe(3);
    expect(right.prevented()).toBe(true);
    const tab = key('Tab');
    expect(cursorForKey(tab.e, (k) => moveCursor(k, 2, 10))).toBeUndefined();
    expect(tab.prevented()).toBe(false);
  });
});
