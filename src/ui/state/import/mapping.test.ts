import { describe, expect, it } from 'vitest';
import {
  chooseColumn,
  chooseLayout,
  chooseType,
  columnLabel,
  columnLetter,
  columnValue,
  mappingRows,
  NO_CHOICES,
  parseColumnValue,
  parseTypeValue,
  pending,
  requestOf,
  typeValue,
  unknownTypeRows,
} from './mapping.ts';
import { readZh } from '../../views/import/test-fixtures.ts';

describe('column choices', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(columnLabel(['票号', ' 取号时间 ', ''], 1)).toBe('B · 取号时间');
    expect(columnLabel(['票号', '取号时间', ''], 2)).toBe('C');
  });

  it('lists every ticket field with the column the GB18030 sample used', async () => {
    const { report } = await readZh();
    const rows = mappingRows(report.layout, report.mapping, NO_CHOICES);
    expect(rows.map((r) => r.field)).toEqual([
      'id',
      'date',
      'ticket',
      'call',
      'start',
      'end',
      'type',
      'window',
      'channel',
      'outcome',
      'wait',
      'handle',
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(by.ticket).toMatchObject({ used: 1, chosen: 1, changed: false, required: true });
    expect(columnLabel(report.header, by.ticket.used!)).toBe('B · 取号时间');
    expect(by.date).toMatchObject({ used: null, chosen: null, required: false });
    expect(rows.filter((r) => r.required).map((r) => r.field)).toEqual(['ticket', 'type']);
    expect(rows.every((r) => r.sharedWith.length === 0)).toBe(true);
  });

  it('marks a changed field, a column chosen twice, and what is pending', async () => {
    const { report } = await readZh();
    let c = chooseColumn(NO_CHOICES, 'outcome', null);
    c = chooseColumn(c, 'ticket', report.mapping.call);
    const rows = Object.fromEntries(mappingRows(report.layout, report.mapping, c).map((r) => [r.field, r]));
    expect(rows.outcome).toMatchObject({ used: 8, chosen: null, changed: true });
    expect(rows.ticket).toMatchObject({ used: 1, chosen: 2, changed: true, sharedWith: ['call'] });
    expect(rows.call.sharedWith).toEqual(['ticket']);
    expect(pending(c, NO_CHOICES)).toBe(true);
    // The same choices in another key order are not a change.
    const reordered = { ...c, mapping: { ticket: c.mapping.ticket, outcome: null } };
    expect(pending(reordered, c)).toBe(false);
    expect(requestOf(c)).toEqual({ mapping: { outcome: null, ticket: 2 }, typeMap: {} });
  });

  it('converts select values both ways', () => {
    expect(columnValue(null)).toBe('');
    expect(columnValue(3)).toBe('3');
    expect(parseColumnValue('')).toBeNull();
    expect(parseColumnValue('3')).toBe(3);
    expect(parseColumnValue('-1')).toBeNull();
    expect([null, '', 'consultation'].map((v) => parseTypeValue(typeValue(v)))).toEqual([null, '', 'consultation']);
  });

  it('maps unknown business types, leaves them out, or takes the choice back', () => {
    const unknown = [
      { value: 'Teleportation', rows: 12 },
      { value: '其他', rows: 3 },
    ];
    let c = chooseType(NO_CHOICES, 'Teleportation', 'consultation');
    c = chooseType(c, '其他', '');
    expect(unknownTypeRows(unknown, c)).toEqual([
      { value: 'Teleportation', rows: 12, chosen: 'consultation' },
      { value: '其他', rows: 3, chosen: '' },
    ]);
    expect(requestOf(c).typeMap).toEqual({ Teleportation: 'consultation', 其他: '' });
    const back = chooseType(c, 'Teleportation', null);
    expect(unknownTypeRows(unknown, back)[0].chosen).toBeNull();
    expect(pending(chooseType(back, '其他', null), NO_CHOICES)).toBe(false);
  });

  it('forcing a layout starts the mapping afresh and goes in the request', () => {
    const c = chooseColumn(NO_CHOICES, 'ticket', 4);
    const v = chooseLayout(c, 'volumes');
    expect(v.mapping).toEqual({});
    expect(requestOf(v)).toEqual({ mapping: {}, typeMap: {}, layout: 'volumes' });
    expect(chooseLayout(c, 'auto')).toBe(c);
  });
});
