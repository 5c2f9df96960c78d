/**
 * The business types as decisions: which matches are guesses (from the read of a log whose type
 * is named differently from the scenario's), that a guess holds back applying until confirmed or
 * changed, that "confirm all" is explicit and a confirmation never carries over to another type.
 */
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../sim/history/read.ts';
import type { TypeMatch } from '../../../sim/history/records.ts';
import { historyEn } from '../../i18n/history.en.ts';
import { historyZh } from '../../i18n/history.zh-CN.ts';
import { DEMO, KNOWN_TYPES } from '../../views/import/test-fixtures.ts';
import {
  BACK,
  canApply,
  changeTarget,
  confirmAllGuesses,
  confirmGuess,
  LEAVE_OUT,
  openGuesses,
  PROMPT,
  typeDecisions,
} from './type-decisions.ts';

const HEADER = 'ticket_id,ticket_time,call_time,start_time,end_time,business_type,window,outcome';
const log = (types: string[]) =>
  new TextEncoder().encode(
    [
      HEADER,
      ...types.map(
        (t, i) =>
          `T${i},2026-03-02 09:${String(i).padStart(2, '0')}:00,2026-03-02 10:00:00,2026-03-02 10:00:00,2026-03-02 10:04:00,${t},1,served`,
      ),
    ].join('\n'),
  );

async function matchesOf(types: string[], typeMap?: Record<string, string>): Promise<TypeMatch[]> {
  return (await readHistory(log(types), { knownTypes: KNOWN_TYPES, typeMap })).report.typeMatches;
}

describe('business types as decisions', () => {
  it('lists a type named differently (不动产登记) as a guess to confirm, the exact names as confirmed', async () => {
    const matches = await matchesOf(['不动产登记', '发票代开', '不动产登记', 'Consultation']);
    const zh = typeDecisions(matches, {}, DEMO, 'zh');
    expect(zh.map((d) => [d.value, d.id, d.how, d.rows, d.confirmed])).toEqual([
      ['不动产登记', 'registration', 'guess', 2, false],
      ['Consultation', 'consultation', 'exact', 1, true],
      ['发票代开', 'proxy-invoice', 'exact', 1, true],
    ]);
    const d = zh[0];
    const w = historyZh.decisions.types;
    expect(w.line(d.value, d.typeName, w.how[d.how], String(d.rows))).toBe(
      '文件中的「不动产登记」→ 本方案的「登记/变更/注销」（按名称相近推断，共 2 行）',
    );
    expect(w.basisInside(d.value, d.part!, d.name!)).toBe(
      '「不动产登记」中含有「登记」，是「登记/变更/注销」名称的一部分。',
    );
    const en = typeDecisions(matches, {}, DEMO, 'en')[0];
    const we = historyEn.decisions.types;
    expect(we.line(en.value, en.typeName, we.how[en.how], String(en.rows))).toBe(
      '“不动产登记” in the file → “Registration, change, deregistration” in this scenario (guessed from a similar name, 2 rows)',
    );
  });

  it('holds back applying while a guess is open; confirming it, or confirming all explicitly, lets it go', async () => {
    const matches = await matchesOf(['不动产登记', '申报缴税', '发票代开']);
    expect(openGuesses(matches, {}).map((m) => m.value)).toEqual(['不动产登记', '申报缴税']);
    expect(canApply(matches, {})).toBe(false);
    const one = confirmGuess({}, matches[0]);
    expect(openGuesses(matches, one).map((m) => m.value)).toEqual(['申报缴税']);
    expect(canApply(matches, one)).toBe(false);
    const all = confirmAllGuesses(one, matches);
    expect(all).toEqual({ 不动产登记: 'registration', 申报缴税: 'filing' });
    expect(canApply(matches, all)).toBe(true);
    // A file with no guess waits for nothing.
    expect(canApply(await matchesOf(['发票代开']), {})).toBe(true);
  });

  it("a changed type is the director's choice after reading again; a confirmation never carries over to another type", async () => {
    const changed = await matchesOf(['不动产登记', '发票代开'], { 不动产登记: 'property-vehicle' });
    expect(changed[0]).toMatchObject({ value: '不动产登记', id: 'property-vehicle', how: 'chosen' });
    expect(canApply(changed, {})).toBe(true);
    // Confirmed as registration, then the scenario's names change so that the guess becomes another type: open again.
    const guess: TypeMatch = { value: '不动产登记', id: 'registration', how: 'guess', rows: 3 };
    const confirmed = confirmGuess({}, guess);
    expect(canApply([{ ...guess, id: 'property-vehicle' }], confirmed)).toBe(false);
    // Left out by the director: settled, no type.
    const out = await matchesOf(['不动产登记', '发票代开'], { 不动产登记: '' });
    expect(typeDecisions(out, {}, DEMO, 'zh')[0]).toMatchObject({
      id: '',
      typeName: '',
      how: 'chosen',
      confirmed: true,
    });
  });

  it('turns the "change to" choice into the type map entry', () => {
    expect(changeTarget(PROMPT)).toBeUndefined();
    expect(changeTarget('property-vehicle')).toBe('property-vehicle');
    expect(changeTarget(LEAVE_OUT)).toBe('');
    expect(changeTarget(BACK)).toBeNull();
  });
});
