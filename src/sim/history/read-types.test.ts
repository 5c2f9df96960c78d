/**
 * Which business-type values are guesses: a value that is an id or a name of a type (case, width
 * and spaces aside) is exact; one that is a part of a name, or holds a part of one name, is a
 * guess the director must confirm; the user's type map is the director's own choice; a value two
 * types could claim, or none, is unknown. Each match counts its rows.
 */
import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../scenario/index.ts';
import { readHistory } from './read.ts';
import { TypeResolver } from './read-types.ts';

const DEMO = demo as unknown as Scenario;
const KNOWN = DEMO.types.map((t) => ({ id: t.id, names: [t.name.zh, t.name.en] }));

const HEADER = '票号,取号时间,叫号时间,开始办理时间,办结时间,业务类型,窗口,状态';
const csv = (types: string[]) =>
  [
    HEADER,
    ...types.map(
      (t, i) =>
        `A${i},2026-03-02 09:${String(i % 60).padStart(2, '0')}:00,2026-03-02 10:00:00,2026-03-02 10:00:00,2026-03-02 10:05:00,${t},1号窗口,已办结`,
    ),
  ].join('\r\n');

describe('business-type matches', () => {
  it('tells exact names from guesses, and counts the rows of each', async () => {
    const values = [
      '发票代开',
      '不动产登记',
      '不动产登记',
      ' 不动产登记 ',
      'proxy-invoice',
      'PROXY INVOICE ISSUING',
      '申报缴税',
      '登记及发票代开',
      'Teleportation',
    ];
    const { report } = await readHistory(new TextEncoder().encode(csv(values)), { knownTypes: KNOWN });
    expect(report.typeMatches).toEqual([
      {
        value: '不动产登记',
        id: 'registration',
        how: 'guess',
        name: '登记/变更/注销',
        part: '登记',
        basis: 'inside',
        rows: 3,
      },
      {
        value: '申报缴税',
        id: 'filing',
        how: 'guess',
        name: '申报缴税/更正',
        part: '申报缴税',
        basis: 'part',
        rows: 1,
      },
      { value: 'PROXY INVOICE ISSUING', id: 'proxy-invoice', how: 'exact', rows: 1 },
      { value: 'proxy-invoice', id: 'proxy-invoice', how: 'exact', rows: 1 },
      { value: '发票代开', id: 'proxy-invoice', how: 'exact', rows: 1 },
    ]);
    // Two types could claim it (登记…, 发票代开), or none: unknown, its rows rejected.
    expect(report.unknownTypes).toEqual(
      expect.arrayContaining([
        { value: 'Teleportation', rows: 1 },
        { value: '登记及发票代开', rows: 1 },
      ]),
    );
    expect(report.unknownTypes).toHaveLength(2);
    // The guess is still a warning for the CLI, tagged so that the view can show it as a decision instead.
    const guessWarnings = report.warnings.filter((w) => w.about === 'typeGuess');
    expect(guessWarnings.map((w) => w.message.zh)).toEqual([
      expect.stringContaining('不动产登记'),
      expect.stringContaining('申报缴税'),
    ]);
  });

  it("a value in the type map is the user's choice (a type, or left out), never a guess", async () => {
    const values = ['不动产登记', '不动产登记', '申报缴税', '发票代开'];
    const { report } = await readHistory(new TextEncoder().encode(csv(values)), {
      knownTypes: KNOWN,
      typeMap: { 不动产登记: 'property-vehicle', 申报缴税: '' },
    });
    expect(report.typeMatches).toEqual([
      { value: '不动产登记', id: 'property-vehicle', how: 'chosen', rows: 2 },
      { value: '申报缴税', id: '', how: 'chosen', rows: 1 },
      { value: '发票代开', id: 'proxy-invoice', how: 'exact', rows: 1 },
    ]);
    expect(report.accepted).toBe(3);
    expect(report.warnings.filter((w) => w.about === 'typeGuess')).toEqual([]);
  });

  it('without known types every value is kept as written, and nothing is a match to decide', () => {
    const r = new TypeResolver(undefined, undefined);
    expect(r.resolve('不动产登记')).toBe('不动产登记');
    expect(r.matches()).toEqual([]);
  });

  it('the synthetic demo history names every type exactly: no guess to confirm', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(
      new URL('../../../data/history/synthetic-demo-2026-03-tickets-zh-gb18030.csv', import.meta.url),
    );
    const { report } = await readHistory(new Uint8Array(bytes), { knownTypes: KNOWN });
    expect(report.typeMatches.map((m) => m.how)).toEqual(Array(10).fill('exact'));
    expect(report.typeMatches.reduce((a, m) => a + m.rows, 0)).toBe(report.rowsRead);
  });
});
