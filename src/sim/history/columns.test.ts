import { describe, expect, it } from 'vitest';
import { headerScore, headerUnit, MappingError, matchHeader, planColumns } from './columns.ts';

describe('matchHeader: Chinese and English names with synonyms', () => {
  it.each([
    ['取号时间', 'ticket'],
    ['领号时间', 'ticket'],
    ['取票时间', 'ticket'],
    ['Ticket Time', 'ticket'],
    ['ticket_time', 'ticket'],
    ['客户取号时间', 'ticket'],
    ['叫号时间', 'call'],
    ['Call time', 'call'],
    ['开始办理时间', 'start'],
    ['受理时间', 'start'],
    ['Service start', 'start'],
    ['办结时间', 'end'],
    ['结束时间', 'end'],
    ['完成时间', 'end'],
    ['Service End', 'end'],
    ['业务类型', 'type'],
    ['业务名称', 'type'],
    ['事项', 'type'],
    ['Business type', 'type'],
    ['窗口', 'window'],
    ['窗口号', 'window'],
    ['办理窗口', 'window'],
    ['Window', 'window'],
    ['Window No.', 'window'],
    ['渠道', 'channel'],
    ['来源', 'channel'],
    ['取号方式', 'channel'],
    ['Channel', 'channel'],
    ['状态', 'outcome'],
    ['结果', 'outcome'],
    ['办理状态', 'outcome'],
    ['Outcome', 'outcome'],
    ['status', 'outcome'],
    ['票号', 'id'],
    ['排队号', 'id'],
    ['流水号', 'id'],
    ['Ticket ID', 'id'],
    ['ticket no', 'id'],
    ['日期', 'date'],
    ['Date', 'date'],
    ['时段', 'hour'],
    ['小时', 'hour'],
    ['hour', 'hour'],
    ['Interval', 'hour'],
    ['数量', 'count'],
    ['笔数', 'count'],
    ['人数', 'count'],
    ['业务量', 'count'],
    ['count', 'count'],
    ['等候时长(分钟)', 'wait'],
    ['办理时长（秒）', 'handle'],
    ['时间', 'time'],
    ['Number', 'number'],
    ['Ｔｉｃｋｅｔ　Ｔｉｍｅ', 'ticket'],
    ['\uFEFF票号', 'id'],
  ])('%s → %s', (cell, field) => {
    expect(matchHeader(cell)?.field).toBe(field);
  });

  it('an exact name beats one found inside a longer cell', () => {
    expect(matchHeader('取号时间')!.score).toBe(3);
    expect(matchHeader('客户取号时间')!.score).toBe(1);
  });

  it('names nothing for other columns and for a title line', () => {
    expect(matchHeader('身份证号')).toBeNull();
    expect(matchHeader('')).toBeNull();
    expect(
      matchHeader('某某区税务局第一税务所办税服务厅叫号明细查询（2024年3月5日至2024年3月31日）取号时间'),
    ).toBeNull();
    expect(headerScore(['办税服务厅叫号明细 2024年3月'])).toBe(0);
    expect(headerScore(['票号', '取号时间', '业务类型', '备注'])).toBe(3);
  });

  it('reads the unit of a duration header', () => {
    expect(headerUnit('办理时长（秒）')).toBe('seconds');
    expect(headerUnit('wait (s)')).toBe('seconds');
    expect(headerUnit('等候时长(分钟)')).toBe('minutes');
    expect(headerUnit('handling time (min)')).toBe('minutes');
    expect(headerUnit('时长(小时)')).toBe('hours');
    expect(headerUnit('等候时长')).toBeNull();
  });
});

describe('planColumns', () => {
  it('a ticket log: every field found, other columns unused', () => {
    const header = [
      '票号',
      '取号时间',
      '叫号时间',
      '开始办理时间',
      '办结时间',
      '业务类型',
      '窗口',
      '渠道',
      '状态',
      '身份证号',
    ];
    const plan = planColumns(header);
    expect(plan.layout).toBe('tickets');
    expect(plan.mapping).toEqual({
      id: 0,
      date: null,
      ticket: 1,
      call: 2,
      start: 3,
      end: 4,
      type: 5,
      window: 6,
      channel: 7,
      outcome: 8,
      wait: null,
      handle: null,
    });
    expect(plan.unused).toEqual([9]);
  });

  it('volumes: date, hour, type, count', () => {
    const plan = planColumns(['日期', '时段', '业务类型', '数量']);
    expect(plan.layout).toBe('volumes');
    expect(plan.mapping).toEqual({ date: 0, hour: 1, type: 2, count: 3 });
  });

  it("ambiguous words take the layout's meaning: 时间 is the ticket time in a log, the hour in volumes", () => {
    expect(planColumns(['时间', '业务类型', '窗口']).mapping.ticket).toBe(0);
    expect(planColumns(['日期', '时间', '数量']).mapping.hour).toBe(1);
    expect(planColumns(['date', 'number']).mapping.count).toBe(1);
    expect(planColumns(['number', 'ticket time', 'type']).mapping.id).toBe(0);
  });

  it('a second column for a taken field is reported, the exact name wins', () => {
    const plan = planColumns(['业务名称', '取号时间', '业务类型']);
    expect(plan.mapping.type).toBe(0); // both exact: the first
    expect(plan.duplicates).toEqual([['type', 2]]);
    const plan2 = planColumns(['客户业务类型说明', '取号时间', '业务类型']);
    expect(plan2.mapping.type).toBe(2);
  });

  it('a file with ticket times and a count column is a ticket log mixing layouts', () => {
    const plan = planColumns(['取号时间', '业务类型', '数量']);
    expect(plan.layout).toBe('tickets');
    expect(plan.otherLayout).toEqual([['count', 2]]);
  });

  it('the layout option wins over detection', () => {
    expect(planColumns(['日期', '取号时间', '数量'], 'volumes').layout).toBe('volumes');
  });

  it('a user mapping overrides detection, by index or header name, and null leaves a field out', () => {
    const header = ['票号', '取号时间', '叫号时间', '业务类型', '业务名称', '窗口'];
    const plan = planColumns(header, undefined, { type: '业务名称', window: null, call: 2 });
    expect(plan.mapping.type).toBe(4);
    expect(plan.mapping.window).toBeNull();
    expect(plan.mapping.call).toBe(2);
    expect(plan.unused).toEqual([3, 5]);
    expect(plan.userSet.sort()).toEqual(['call', 'type', 'window']);
    // A column the user gave to one field is not detected as another.
    const plan2 = planColumns(['A', '取号时间', '业务类型'], undefined, { ticket: 0 });
    expect(plan2.mapping.ticket).toBe(0);
    expect(plan2.mapping.type).toBe(2);
  });

  it('a mapping naming no column or an unknown field throws, in both languages', () => {
    expect(() => planColumns(['取号时间'], undefined, { ticket: '领号时间' })).toThrow(MappingError);
    expect(() => planColumns(['取号时间'], undefined, { ticket: 5 })).toThrow(/out of range/);
    try {
      planColumns(['取号时间'], undefined, { arrival: 0 });
      expect.unreachable();
    } catch (e) {
      expect((e as MappingError).message).toContain('unknown field "arrival"');
      expect((e as MappingError).messageZh).toContain('未知字段“arrival”');
    }
  });
});
