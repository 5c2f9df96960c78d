import { describe, expect, it } from 'vitest';
import { runReplication } from '../hall/run.ts';
import { validateScenario } from './validate.ts';
import { expectProblem, minimal, problemsAfter } from './validate-fixtures.ts';

/** Names every plain object inherits (or that set its prototype). */
const INHERITED = ['toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty'];

/** Nested lists, `depth` levels below the outer one, built without recursion. */
function nestedList(depth: number): unknown[] {
  let v: unknown[] = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** An object with an own key (even "__proto__", as JSON.parse makes it). */
function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  return JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`);
}

describe('inherited names are names like any other', () => {
  for (const name of INHERITED) {
    it(`a window group kind "${name}" is a value not allowed, not a crash`, () => {
      const problems = problemsAfter((s) => (s.windows.groups[0].kind = name));
      expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['windows.groups[0].kind not_allowed_value']);
      expectProblem(problems, 'windows.groups[0].kind', 'not_allowed_value', JSON.stringify(name), '"general"');
    });

    it(`a channel, a type reference, a day type and a distribution kind "${name}" are reported`, () => {
      const problems = problemsAfter((s) => {
        s.windows.groups[0].channels = [name];
        s.windows.groups[1].types = ['invoice', name];
        s.staggered.toDayTypes = [name];
        s.types[0].service.kind = name;
      });
      expectProblem(problems, 'windows.groups[0].channels[0]', 'not_allowed_value', JSON.stringify(name));
      expectProblem(problems, 'staggered.toDayTypes[0]', 'not_allowed_value', JSON.stringify(name));
      expectProblem(problems, 'types[0].service.kind', 'not_allowed_value', JSON.stringify(name));
      // "__proto__" and "constructor" are well-formed ids (lower case): they name no type here
      if (/^[a-z_]+$/.test(name))
        expectProblem(problems, 'windows.groups[1].types[1]', 'unknown_reference', JSON.stringify(name));
      else expectProblem(problems, 'windows.groups[1].types[1]', 'bad_format', JSON.stringify(name));
    });

    it(`a key "${name}" in a record is a key of the wrong form`, () => {
      const problems = problemsAfter((s) => {
        s.demand.byDate = withOwnKey(name, 100);
        s.calendar.dayTypeOverrides = withOwnKey(name, 'deadline');
        s.types[0].monthShares = withOwnKey(name, 0.1);
      });
      expectProblem(problems, `demand.byDate.${name}`, 'bad_key', `"${name}"`, 'YYYY-MM-DD');
      expectProblem(problems, `calendar.dayTypeOverrides.${name}`, 'bad_key', `"${name}"`);
      expectProblem(problems, `types[0].monthShares.${name}`, 'bad_key', `"${name}"`, '"1"');
    });

    it(`an unknown field "${name}" in a fixed object is named`, () => {
      const problems = problemsAfter((s) => Object.defineProperty(s.calendar, name, { value: 1, enumerable: true }));
      expectProblem(problems, `calendar.${name}`, 'unknown_field', `"${name}"`);
    });
  }

  it('ids "constructor" and "__proto__" are well formed: a scenario using them is valid and runs', () => {
    const s = minimal();
    s.types[0].id = 'constructor';
    s.types[1].id = '__proto__';
    s.windows.groups[0].id = 'constructor';
    s.windows.groups[0].types = ['__proto__', 'constructor'];
    s.calendar.days = 2;
    expect(validateScenario(s)).toEqual([]);
    const r = runReplication(s, { seed: 1, replication: 0 });
    expect(Object.hasOwn(r.metrics, 'wait.type.constructor.n')).toBe(true);
    expect(Object.hasOwn(r.metrics, 'wait.type.__proto__.n')).toBe(true);
    expect(r.metrics['conservation.imbalance']).toBe(0);
  });
});

describe('deep nesting is a problem, not a stack overflow', () => {
  it('lists nested 5,000 deep where a distribution belongs', () => {
    const problems = problemsAfter((s) => (s.types[0].service = nestedList(5000)));
    expect(problems).toHaveLength(1);
    const p = expectProblem(problems, `types[0].service${'[0]'.repeat(29)}`, 'too_deep', '32', '[[[[[...]]]]]');
    expect(p.message.en).toContain('nested more than 32 levels deep');
    expect(p.message.zh).toContain('嵌套超过 32 层');
  });

  it('a mixture of mixtures 3,000 deep (what the schema and the engine recurse on)', () => {
    let dist: unknown = { kind: 'exponential', mean: 1 };
    for (let i = 0; i < 3000; i++) dist = { kind: 'mixture', components: [{ weight: 1, dist }] };
    const problems = problemsAfter((s) => (s.types[0].service = dist));
    expect(problems.map((p) => p.code)).toEqual(['too_deep']);
    // level 33: the service is level 4, each mixture three more (components, [0], dist)
    expect(problems[0].path).toBe(`types[0].service${'.components[0].dist'.repeat(9)}.components[0]`);
  });

  it('mixtures of mixtures within the limit are fine', () => {
    let dist: unknown = { kind: 'exponential', mean: 1 };
    for (let i = 0; i < 5; i++) dist = { kind: 'mixture', components: [{ weight: 1, dist }] };
    expect(problemsAfter((s) => (s.types[0].service = dist))).toEqual([]);
  });

  it('an object that contains itself', () => {
    const problems = problemsAfter((s) => (s.calendar.self = s.calendar));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['calendar.self too_deep']);
    expect(problems[0].message.en).toContain('contains itself');
  });

  it('a whole file nested deep, and a file too large', () => {
    expect(validateScenario(nestedList(100_000)).map((p) => p.code)).toEqual(['too_deep']);
    const problems = problemsAfter(
      (s) => (s.demand.byDate = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 1]))),
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, '', 'too_big', '100,000', 'demand.byDate', '200,000');
  });
});

describe('long values are shown briefly', () => {
  it('a long string, a long key and a long list are cut in the messages (the path stays exact)', () => {
    const long = 'x'.repeat(100_000);
    const problems = problemsAfter((s) => {
      s.types[0].share = long;
      s.calendar[long] = 1;
      s.demand.weekdayFactors = Array(5000).fill(1);
    });
    for (const p of problems) {
      expect(p.message.en.length).toBeLessThan(600);
      expect(p.message.zh.length).toBeLessThan(600);
    }
    expectProblem(problems, 'types[0].share', 'wrong_type', `"${'x'.repeat(76)}...`);
    const key = problems.find((p) => p.code === 'unknown_field')!;
    expect(key.path === `calendar.${long}`).toBe(true); // (not printed whole when it fails)
    expect(key.message.en).toContain(`unknown field "${'x'.repeat(40)}…"`);
    expectProblem(problems, 'demand.weekdayFactors', 'wrong_length', '5000', '7');
  });
});
