import { describe, expect, it } from 'vitest';
import { judgeCell, judgeDate, judgeNumber, judgeNumberList, judgeTime, keyAction } from './commit.ts';
import { FieldDraft } from './draft.svelte.ts';
import { formatStored, type NumberRule } from './numbers.ts';

describe('judging what was typed', () => {
  const windows: NumberRule = { integer: true, min: 0, max: 1000 };

  it('calls a partial number ready like a complete one: only the planner can say it is complete', () => {
    // "1" on the way to "16" is a fine value on its own; this is why typing never writes.
    expect(judgeNumber('1', windows, 12)).toEqual({ kind: 'ready', value: 1 });
    expect(judgeNumber('16', windows, 12)).toEqual({ kind: 'ready', value: 16 });
    expect(judgeNumber('12', windows, 12)).toEqual({ kind: 'same' });
    expect(judgeNumber('１２', windows, 12)).toEqual({ kind: 'same' });
  });

  it('says invalid, with the failed check, for what may never be written', () => {
    expect(judgeNumber('1x', windows, 12)).toMatchObject({ kind: 'invalid', check: { reason: 'notNumber' } });
    expect(judgeNumber('2.5', windows, 12)).toMatchObject({ kind: 'invalid', check: { reason: 'notInteger' } });
    expect(judgeNumber('5000', windows, 12)).toMatchObject({
      kind: 'invalid',
      check: { reason: 'range', side: 'upper' },
    });
    expect(judgeNumber('-1', windows, 12)).toMatchObject({
      kind: 'invalid',
      check: { reason: 'range', side: 'lower' },
    });
    expect(judgeNumber('', windows, 12)).toMatchObject({ kind: 'invalid', check: { reason: 'empty' } });
  });

  it('empties an optional field to its default, and stores shares typed as percent', () => {
    expect(judgeNumber('', { min: 0 }, 30, true)).toEqual({ kind: 'ready', value: undefined });
    expect(judgeNumber(' ', { min: 0 }, undefined, true)).toEqual({ kind: 'same' });
    expect(judgeNumber('18', { min: 0, max: 100, percent: true }, 0.2)).toEqual({ kind: 'ready', value: 0.18 });
  });

  it('judges a staffing cell against the group: more than its windows offers raising the count', () => {
    expect(judgeCell('1', 12, 12)).toEqual({ kind: 'ready', value: 1 });
    expect(judgeCell('16', 12, 12)).toEqual({ kind: 'overGroup', value: 16, raisable: true });
    expect(judgeCell('１６', 12, 12)).toEqual({ kind: 'overGroup', value: 16, raisable: true });
    expect(judgeCell('1000', 12, 12)).toEqual({ kind: 'overGroup', value: 1000, raisable: true });
    expect(judgeCell('1001', 12, 12)).toEqual({ kind: 'overGroup', value: 1001, raisable: false });
    expect(judgeCell('12', 12, 12)).toEqual({ kind: 'same' });
    for (const bad of ['', 'x', '-1', '2.5']) expect(judgeCell(bad, 12, 12)).toEqual({ kind: 'invalid' });
  });

  it('judges times, dates and lists, whose partial texts are often valid too', () => {
    expect(judgeTime('100', '10:00')).toEqual({ kind: 'ready', value: '01:00' }); // on the way to "1000"
    expect(judgeTime('10:00', '10:00')).toEqual({ kind: 'same' });
    expect(judgeTime('10:', '10:00')).toEqual({ kind: 'invalid' });
    expect(judgeDate('2026-3-1', '2026-03-15')).toEqual({ kind: 'ready', value: '2026-03-01' }); // on the way to "2026-3-15"
    expect(judgeDate('2026-02-30', '2026-03-15')).toEqual({ kind: 'invalid' });
    expect(judgeNumberList('1 2', [1, 2], 100)).toEqual({ kind: 'same' });
    expect(judgeNumberList('1 2 3', [1, 2], 100)).toEqual({ kind: 'ready', value: [1, 2, 3] });
    expect(judgeNumberList('1 200', [1, 2], 100)).toEqual({ kind: 'invalid', bad: ['200'] });
  });
});

describe('keys', () => {
  it('confirms on Enter and restores on Escape, except while an input method composes', () => {
    expect(keyAction({ key: 'Enter' })).toBe('confirm');
    expect(keyAction({ key: 'Escape' })).toBe('restore');
    expect(keyAction({ key: '1' })).toBeNull();
    expect(keyAction({ key: 'Enter', isComposing: true })).toBeNull();
    expect(keyAction({ key: 'Enter', keyCode: 229 })).toBeNull();
    expect(keyAction({ key: 'Enter' }, true)).toBeNull(); // a new line in a list
    expect(keyAction({ key: 'Escape' }, true)).toBe('restore');
  });
});

/** A field over a one-value store, counting writes (each would be one undo step and one run). */
function numberField(rule: NumberRule, initial: unknown) {
  const store = { value: initial, writes: [] as unknown[] };
  const draft = new FieldDraft<number | undefined>({
    read: () => store.value,
    show: (v) => formatStored(v, rule),
    judge: (text, v) => judgeNumber(text, rule, v),
    write: (v) => {
      store.writes.push(v);
      store.value = v;
    },
  });
  draft.restore();
  return { store, draft };
}

describe('a field between typing and the scenario', () => {
  const windows: NumberRule = { integer: true, min: 0, max: 1000 };

  it('writes "16" once, on confirm, and never the "1" typed on the way', () => {
    const { store, draft } = numberField(windows, 12);
    expect(draft.text).toBe('12');
    draft.input('1');
    draft.input('16');
    expect(store.writes).toEqual([]);
    draft.key({ key: 'Enter' });
    expect(store.writes).toEqual([16]);
    expect(draft.text).toBe('16');
    draft.confirm(); // leaving the field after Enter writes nothing more
    expect(store.writes).toEqual([16]);
  });

  it('never writes an invalid value, confirmed or not, and keeps the text to fix', () => {
    const { store, draft } = numberField(windows, 12);
    draft.input('5000');
    expect(draft.judged).toMatchObject({ kind: 'invalid' });
    expect(draft.confirm()).toBe(false);
    draft.key({ key: 'Enter' });
    expect(store.writes).toEqual([]);
    expect(draft.text).toBe('5000');
  });

  it('puts the stored value back on Escape, and writes nothing after', () => {
    const { store, draft } = numberField(windows, 12);
    draft.input('16');
    draft.key({ key: 'Escape' });
    expect(draft.text).toBe('12');
    expect(draft.judged).toBeNull();
    draft.confirm();
    expect(store.writes).toEqual([]);
  });

  it('shows a full-width value as stored once written, and writes nothing for the same value', () => {
    const { store, draft } = numberField(windows, 12);
    draft.input('１２');
    draft.confirm();
    expect(store.writes).toEqual([]);
    expect(draft.text).toBe('12');
    draft.input('１６');
    draft.confirm();
    expect(store.writes).toEqual([16]);
    expect(draft.text).toBe('16');
  });

  it('keeps a value its writer refuses, with the reason', () => {
    let value: unknown = '2026-03-01';
    const draft = new FieldDraft<string>({
      read: () => value,
      show: (v) => String(v),
      judge: judgeDate,
      write: (d) => (d === '2026-03-05' ? 'already listed' : void (value = d)),
    });
    draft.restore();
    draft.input('2026/3/5');
    expect(draft.confirm()).toBe(false);
    expect(draft.refused).toBe('already listed');
    expect(draft.text).toBe('2026/3/5');
    draft.input('2026/3/6');
    expect(draft.refused).toBeNull();
    expect(draft.confirm()).toBe(true);
    expect(value).toBe('2026-03-06');
  });
});
