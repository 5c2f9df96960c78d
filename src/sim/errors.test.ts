import { describe, expect, it } from 'vitest';
import { ParameterError, showValue } from './errors.ts';

describe('showValue: brief and safe, whatever the value', () => {
  it('shows numbers, strings and small JSON as they are', () => {
    expect(showValue(NaN)).toBe('NaN');
    expect(showValue(-Infinity)).toBe('-Infinity');
    expect(showValue(1e308)).toBe('1e+308');
    expect(showValue('abc')).toBe('"abc"');
    expect(showValue(undefined)).toBe('undefined');
    expect(showValue(null)).toBe('null');
    expect(showValue([1, 'a', null, true])).toBe('[1,"a",null,true]');
    expect(showValue({ kind: 'exponential', mean: 5 })).toBe('{"kind":"exponential","mean":5}');
    expect(showValue([NaN, Infinity])).toBe('[NaN,Infinity]');
  });

  it('cuts long strings, lists and objects at 80 characters', () => {
    expect(showValue('x'.repeat(1_000_000))).toBe(`"${'x'.repeat(76)}...`);
    expect(showValue(Array(1_000_000).fill(7))).toBe(`[${'7,'.repeat(38)}...`);
    expect(showValue(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))).length).toBe(80);
  });

  it('stops at four levels: lists nested 5,000 deep, an object that contains itself', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(showValue(deep)).toBe('[[[[[...]]]]]');
    const self: Record<string, unknown> = { a: 1 };
    self.self = self;
    expect(showValue(self)).toBe('{"a":1,"self":{"a":1,"self":{"a":1,"self":{"a":1,"self":{...}}}}}');
  });

  it('never throws: a throwing getter, a bigint, a symbol, a function', () => {
    const bad = {
      get x(): number {
        throw new Error('no');
      },
    };
    expect(showValue(bad)).toBe('[value]');
    expect(showValue(10n)).toBe('10n');
    expect(showValue(Symbol('s'))).toBe('Symbol(s)');
    expect(showValue(() => 1)).toBe('[function]');
  });

  it('so a ParameterError about a deep value has a short message', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 5000; i++) deep = [deep];
    const e = new ParameterError('values', deep, 'a list of numbers', '数值列表');
    expect(e.message).toBe('values: got [[[[[...]]]]]; allowed: a list of numbers');
    expect(e.messageZh).toBe('values：取值 [[[[[...]]]]] 无效；允许：数值列表');
  });
});
