import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { runReplication } from '../hall/run.ts';
import { dayNumber, type Scenario } from '../scenario/index.ts';
import {
  chineseStamp,
  csvField,
  isoStamp,
  simulateTicketLog,
  ticketCsv,
  toTicketRecords,
  volumesCsv,
  windowOffsets,
} from './generate.ts';

const s = demo as unknown as Scenario;
const log = simulateTicketLog(s, 3, 0);

describe('synthetic history from the model', () => {
  it("is the model's ticket log, which holds when each abandoned taxpayer left", () => {
    const plain = runReplication(s, { seed: 3, replication: 0, ticketLog: true }).ticketLog!;
    expect(log).toEqual(plain);
    expect(log.some((r) => r.outcome === 'abandoned')).toBe(true);
    for (const r of log) {
      if (r.outcome === 'abandoned') {
        expect(r.left).not.toBeNull();
        expect(r.left!).toBeGreaterThan(r.ticket);
      } else expect(r.left).toBeNull();
    }
  });

  it('turns minutes from the horizon start into stamps and numbers windows through the groups', () => {
    expect([...windowOffsets(s)]).toEqual([
      ['general', 0],
      ['invoice', 12],
      ['green', 14],
      ['appointment', 15],
    ]);
    const records = toTicketRecords(log, s, 'zh');
    const start = dayNumber(2026, 3, 1) * 1440;
    const i = log.findIndex((r) => r.group === 'invoice');
    expect(records[i].ticket).toBe(start + log[i].ticket);
    expect(records[i].window).toBe(String(12 + log[i].window!));
    expect(records[i].type).toBe(s.types.find((t) => t.id === log[i].type)!.name.zh);
    const a = log.findIndex((r) => r.outcome === 'abandoned');
    expect(records[a].call).toBe(start + log[a].left!);
    expect(records[a].start).toBeNull();
  });

  it('formats times as ISO and as Excel in China writes them, and quotes fields that need it', () => {
    const t = dayNumber(2026, 3, 5) * 1440 + 9 * 60 + 12 + 34.4 / 60;
    expect(isoStamp(t)).toBe('2026-03-05 09:12:34');
    expect(chineseStamp(t)).toBe('2026/3/5 9:12:34');
    // Rounded to the nearest second, carrying into the minute and the hour.
    expect(chineseStamp(dayNumber(2026, 12, 25) * 1440 + 14 * 60 + 59 + 59.7 / 60)).toBe('2026/12/25 15:00:00');
    expect(chineseStamp(dayNumber(2026, 12, 25) * 1440 + 14 * 60 + 59 + 59.2 / 60)).toBe('2026/12/25 14:59:59');
    expect(csvField('Filing, payment and correction')).toBe('"Filing, payment and correction"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('发票代开')).toBe('发票代开');
  });

  it('writes the Chinese layout: headers, ids unique per day, windows like 3号窗口, channels and outcomes in Chinese', () => {
    const text = ticketCsv(log, s, 'zh');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('票号,取号时间,叫号时间,开始办理时间,办结时间,业务类型,窗口,渠道,状态');
    expect(lines).toHaveLength(log.length + 1);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('20260302-0001');
    expect(text).toContain('号窗口,现场取号,已办结');
    expect(text).toContain(',预约,未到');
    expect(text).toContain(',弃号');
  });

  it('writes volumes that add up to the tickets taken (no-shows are not tickets)', () => {
    const lines = volumesCsv(log, s).trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,hour,business_type,count');
    const total = lines.slice(1).reduce((a, l) => a + Number(l.slice(l.lastIndexOf(',') + 1)), 0);
    expect(total).toBe(log.filter((r) => r.outcome !== 'noShow').length);
    expect(lines[1].startsWith('2026-03-02,9,')).toBe(true);
  });
});
