/**
 * What the grids say when a typed value is not written, in both languages: the agents' grid names
 * the field (12366 坐席排班), the kind of day and interval, the value typed and what is allowed
 * (0 to the phone seats), and the windows' grid says what it said before it was shared.
 */
import { describe, expect, it } from 'vitest';
import { editorEn } from '../../i18n/editor.en.ts';
import { editorZh } from '../../i18n/editor.zh-CN.ts';
import { judgeCell } from '../commit.ts';
import { agentWords, windowWords } from './cell-words.ts';

const at = { day: '截止日', time: '10:00' };

describe('the 12366 agents’ grid words', () => {
  it('refuses a negative, fractional or unreadable value with the field, the value and what is allowed', () => {
    const zh = agentWords(editorZh, 40);
    for (const typed of ['-3', '2.5', 'abc', '-1e9'])
      expect(zh.problem(at, typed, judgeCell(typed, 38, 40), '38')).toBe(
        `12366 坐席排班 截止日 10:00：“${typed}”无效，应为 0 到 40（坐席数）之间的整数。未写入方案，仍为 38。`,
      );
    expect(zh.problem(at, '  ', judgeCell('  ', 38, 40), '38')).toContain('“（空）”');
    const en = agentWords(editorEn, 40);
    expect(en.problem({ day: 'Deadline days', time: '10:00' }, '-3', judgeCell('-3', 38, 40), '38')).toBe(
      '12366 agents, Deadline days 10:00: “-3” is not allowed; allowed: a whole number of agents from 0 to 40 (the phone seats). Not applied: the schedule keeps 38.',
    );
  });

  it('refuses more agents than phone seats, offering to raise the seats within the limit', () => {
    const zh = agentWords(editorZh, 40);
    const j = judgeCell('45', 38, 40);
    expect(j).toEqual({ kind: 'overGroup', value: 45, raisable: true });
    expect(zh.problem(at, '45', j, '38')).toBe(
      '12366 坐席排班 截止日 10:00：“45”超过坐席数（40），应为 0 到 40 之间的整数。未写入方案，仍为 38。',
    );
    expect(zh.raise(45)).toBe('将坐席数提高到 45，并填入此格');
    const huge = judgeCell('5000', 38, 40);
    expect(zh.problem(at, '5000', huge, '38')).toMatch(/超过坐席数（40），也超过 HallFlow 最多 1,?000 个坐席的上限/);
    // A value that will be written says nothing.
    expect(zh.problem(at, '12', judgeCell('12', 38, 40), '38')).toBeNull();
  });

  it('names the columns as the plan page does, and refuses a paste with the cells and what is allowed', () => {
    const zh = agentWords(editorZh, 40);
    expect(['ordinary', 'filing', 'deadline', 'closed'].map((k) => zh.column(k as 'closed'))).toEqual([
      '平日',
      '申报期',
      '截止日',
      '闭厅日',
    ]);
    expect(zh.pasteRefusal([{ ...at, text: '41' }])).toBe(
      '未粘贴任何值：截止日 10:00“41”，应为 0 到 40（坐席数）之间的整数。',
    );
    expect(zh.cellLabel('闭厅日', '08:00')).toBe('12366 坐席，闭厅日，08:00');
  });
});

describe('the windows’ grid words', () => {
  it('say what the windows grid said before the grid was shared', () => {
    const zh = windowWords(editorZh, '综合窗口', 12);
    expect(zh.problem({ day: '申报期', time: '15:30' }, '16', judgeCell('16', 8, 12), '8')).toBe(
      '申报期 15:30：“16”超过本组窗口数（12）。未写入方案，仍为 8。',
    );
    expect(zh.raised(16)).toBe('“综合窗口”窗口数已提高到 16，并已填入该时段（可撤销）。');
    expect(zh.column('filing')).toBe(editorZh.dayTypes.filing);
    expect(zh.caption).toBe('“综合窗口”各时段开放窗口数（按日类型）');
  });
});
