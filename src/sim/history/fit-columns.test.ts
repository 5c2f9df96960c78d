import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { dayNumber, type Scenario } from '../scenario/index.ts';
import { ABANDONED, APPOINTMENT, GREEN, NO_SHOW, SERVED, WALK_IN, ticketColumns, typeMatcher } from './fit-columns.ts';
import type { TicketRecord } from './records.ts';

const s = demo as unknown as Scenario;
const t0 = dayNumber(2026, 3, 2) * 1440 + 9 * 60;
const row = (over: Partial<TicketRecord>): TicketRecord => ({
  line: 2,
  id: '1',
  ticket: t0,
  call: t0 + 3,
  start: t0 + 3,
  end: t0 + 8,
  type: 'invoice',
  window: '3',
  channel: 'walkIn',
  outcome: 'served',
  ...over,
});

describe('ticket records to columns', () => {
  it('matches business types by id, Chinese or English name (case and spaces ignored) or an explicit map', () => {
    const match = typeMatcher(s, { 代开发票: 'proxy-invoice' });
    expect(match('invoice')).toBe(0);
    expect(match('发票领用/验旧')).toBe(0);
    expect(match('  INVOICE issue   and check ')).toBe(0);
    expect(match('代开发票')).toBe(1);
    expect(match('养老保险')).toBe(-1);
  });

  it('keeps times relative to the ticket and infers missing channels and outcomes', () => {
    const c = ticketColumns(
      [
        row({}),
        row({ line: 3, id: '2', channel: null, outcome: null }),
        row({
          line: 4,
          id: '3',
          channel: 'appointment',
          outcome: null,
          call: null,
          start: null,
          end: null,
          window: null,
        }),
        row({ line: 5, id: '4', channel: null, outcome: null, call: t0 + 20, start: null, end: null, window: null }),
        row({
          line: 6,
          id: '5',
          channel: 'green',
          outcome: 'abandoned',
          call: null,
          start: null,
          end: t0 + 12,
          window: null,
        }),
      ],
      s,
    );
    expect(c.n).toBe(5);
    expect(c.day[0]).toBe(dayNumber(2026, 3, 2));
    expect(c.tod[0]).toBe(540);
    expect(c.wait[0]).toBe(3);
    expect(c.service[0]).toBe(5);
    expect(c.start[0]).toBe(543);
    expect([...c.channel]).toEqual([WALK_IN, WALK_IN, APPOINTMENT, WALK_IN, GREEN]);
    expect([...c.outcome]).toEqual([SERVED, SERVED, NO_SHOW, ABANDONED, ABANDONED]);
    expect(c.gone[3]).toBe(20); // found gone at the call
    expect(c.gone[4]).toBe(12); // or at the end when there is no call
    expect(Number.isNaN(c.wait[2])).toBe(true);
    expect(c.hasChannel && c.hasOutcome).toBe(true);
  });

  it('keeps rows of unknown types out and lists them with counts and the first line', () => {
    const c = ticketColumns(
      [row({}), row({ line: 3, type: '养老保险' }), row({ line: 7, type: '养老保险' }), row({ line: 9, type: 'X' })],
      s,
    );
    expect(c.n).toBe(1);
    expect(c.unknownTypes).toEqual([
      { value: '养老保险', rows: 2, firstLine: 3 },
      { value: 'X', rows: 1, firstLine: 9 },
    ]);
    expect(c.excluded[0].rows).toBe(3);
    expect(c.excluded[0].firstLine).toBe(3);
    expect(c.excluded[0].reason.zh).toContain('养老保险');
  });

  it('numbers windows in order of appearance and marks kiosk windows', () => {
    const c = ticketColumns(
      [
        row({ window: '3号窗口' }),
        row({ window: '自助终端2' }),
        row({ window: '3号窗口' }),
        row({ window: 'Kiosk A' }),
      ],
      s,
    );
    expect(c.windows).toEqual(['3号窗口', '自助终端2', 'Kiosk A']);
    expect([...c.window]).toEqual([0, 1, 0, 2]);
    expect([...c.kiosk]).toEqual([0, 1, 0, 1]);
  });
});
