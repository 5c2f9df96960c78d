import { describe, expect, it } from 'vitest';
import { describeError } from './error-text.ts';
import { recoveryEn } from './i18n/recovery.en.ts';
import { recoveryZh } from './i18n/recovery.zh-CN.ts';
import { noticeText, reasonText } from './recovery-text.ts';
import { admitText, admitValue } from './state/admit.ts';

describe('why a scenario could not be used, in words', () => {
  it('names what the value was instead, in both languages', () => {
    const a = admitText('42');
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(reasonText(recoveryEn, a.reason)).toBe('it holds a number, not a scenario');
    expect(reasonText(recoveryZh, a.reason)).toBe('内容是一个数字，而不是方案');
  });

  it('keeps the parser’s words for text that is not JSON', () => {
    const a = admitText('{"version": 1,');
    if (a.ok) throw new Error('admitted');
    expect(a.reason.code).toBe('notJson');
    expect(reasonText(recoveryZh, a.reason)).toMatch(/^内容不是有效的 JSON（.+）$/);
  });

  it('joins a start-up notice as a sentence in each language', () => {
    const notice = {
      source: 'saved' as const,
      reason: { code: 'notObject' as const, kind: 'array' as const },
      opened: 'demo' as const,
    };
    expect(noticeText(recoveryEn, notice)).toBe(
      'The scenario saved in this browser could not be used: it holds a list, not a scenario. The demo scenario is open instead.',
    );
    expect(noticeText(recoveryZh, notice)).toBe(
      '浏览器中保存的方案无法使用：内容是一个列表，而不是方案。已改为打开示例方案。',
    );
  });

  it('admits an object with a byte-order mark, and a copy (not the caller’s object)', () => {
    expect(admitText('\uFEFF{"version":1}')).toMatchObject({ ok: true, text: '{"version":1}' });
    const mine = { version: 1 };
    const a = admitValue(mine);
    expect(a.ok && a.scenario).not.toBe(mine);
  });
});

describe('describeError', () => {
  it('says what was thrown, whatever it was, and never throws', () => {
    expect(describeError(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(null)).toBe('null');
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(describeError(hostile)).toBe('[object Object]');
    expect(describeError(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(300);
  });

  it('uses the Chinese message of an error that carries one', () => {
    const e = Object.assign(new Error('rate: got -1'), { name: 'ParameterError', messageZh: 'rate：取值 -1 无效' });
    expect(describeError(e, 'zh-CN')).toBe('ParameterError: rate：取值 -1 无效');
    expect(describeError(e, 'en')).toBe('ParameterError: rate: got -1');
  });
});
