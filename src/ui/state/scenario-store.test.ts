/**
 * The scenario store at start-up and after: what it opens from a link, the storage or nothing;
 * that it never holds or saves a value the page cannot open again; the last good scenario.
 * Each test imports a fresh store over a stand-in localStorage, location and history.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../sim/scenario/index.ts';
import { scenarioToHash } from './storage.ts';

const CURRENT = 'hallflow.scenario.v1';
const LAST_GOOD = 'hallflow.lastGood.v1';

function memoryStorage(initial: Record<string, string>): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

/** A fresh store module, as the page would load it with this storage and URL fragment. */
async function open(saved: Record<string, string> = {}, hash = '') {
  vi.resetModules();
  const storage = memoryStorage(saved);
  const replaceState = vi.fn();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('location', { hash, pathname: '/', search: '' });
  vi.stubGlobal('history', { state: null, replaceState });
  const { scenario } = await import('./scenario.svelte.ts');
  return { scenario, storage, replaceState };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const copy = (): Scenario => structuredClone(demo) as unknown as Scenario;
/** The demo with a window group whose kind the validator trips over (a name on Object.prototype). */
function poisoned(kind = 'toString'): Scenario {
  const s = copy() as unknown as { windows: { groups: { kind: string }[] } };
  s.windows.groups[0].kind = kind;
  return s as unknown as Scenario;
}
function renamed(zh: string): Scenario {
  const s = copy();
  s.name = { zh, en: zh };
  return s;
}

describe('start-up', () => {
  it('opens the demo on a first visit, with no notice', async () => {
    const { scenario } = await open();
    expect(scenario.origin).toBe('demo');
    expect(scenario.current).toEqual(demo);
    expect(scenario.notices).toEqual([]);
  });

  it('opens the saved scenario, problems and all', async () => {
    const s = copy();
    (s as unknown as { types: unknown[] }).types[0] = { ...(s.types[0] as object), share: -1 };
    const { scenario } = await open({ [CURRENT]: JSON.stringify(s) });
    expect(scenario.origin).toBe('saved');
    expect(scenario.current).toEqual(s);
    expect(scenario.valid).toBe(false);
  });

  it.each([
    ['text that is not JSON', 'not json {', 'notJson'],
    ['JSON of a number', '42', 'notObject'],
    ['JSON of a list', '[1,2]', 'notObject'],
    ['JSON null', 'null', 'notObject'],
  ])('passes over a saved value that is %s: the demo opens with a notice', async (_, text, code) => {
    const { scenario, storage } = await open({ [CURRENT]: text });
    expect(scenario.origin).toBe('demo');
    expect(scenario.current).toEqual(demo);
    expect(scenario.notices).toHaveLength(1);
    expect(scenario.notices[0]).toMatchObject({ source: 'saved', opened: 'demo', reason: { code } });
    // Nothing was written over it at start-up: the first edit does that.
    expect(storage.data.get(CURRENT)).toBe(text);
  });

  it('falls back to the last good scenario, not the demo, when it has one', async () => {
    const good = renamed('上次可用');
    const { scenario } = await open({ [CURRENT]: '7', [LAST_GOOD]: JSON.stringify(good) });
    expect(scenario.origin).toBe('lastGood');
    expect(scenario.current).toEqual(good);
    expect(scenario.notices[0]).toMatchObject({ source: 'saved', opened: 'lastGood' });
  });

  it('ignores an unreadable last good scenario (the demo stands in)', async () => {
    const { scenario } = await open({ [CURRENT]: 'x', [LAST_GOOD]: '"just text"' });
    expect(scenario.origin).toBe('demo');
    expect(scenario.lastGood).toEqual(demo);
  });

  it('opens a link, saves it at once and takes it out of the address bar', async () => {
    const linked = renamed('链接方案');
    const { scenario, storage, replaceState } = await open(
      { [CURRENT]: JSON.stringify(copy()) },
      scenarioToHash(linked),
    );
    expect(scenario.origin).toBe('link');
    expect(scenario.current).toEqual(linked);
    expect(JSON.parse(storage.data.get(CURRENT)!)).toEqual(linked);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it.each([
    ['a damaged link', '#s=%%%', 'damagedLink'],
    ['a link to a number', `#s=${compressToEncodedURIComponent('12')}`, 'notObject'],
    ['a link to text that is not JSON', `#s=${compressToEncodedURIComponent('{oops')}`, 'notJson'],
  ])('passes over %s: the saved scenario opens, with a notice', async (_, hash, code) => {
    const saved = renamed('已保存');
    const { scenario, storage } = await open({ [CURRENT]: JSON.stringify(saved) }, hash);
    expect(scenario.origin).toBe('saved');
    expect(scenario.current).toEqual(saved);
    expect(scenario.notices[0]).toMatchObject({ source: 'link', opened: 'saved', reason: { code } });
    expect(JSON.parse(storage.data.get(CURRENT)!)).toEqual(saved);
  });
});

describe('a scenario the validator fails on', () => {
  it.each(['toString', '__proto__', 'constructor'])(
    '(kind "%s") from a link is one problem at the root, never a throw',
    async (kind) => {
      const { scenario } = await open({}, scenarioToHash(poisoned(kind)));
      expect(scenario.origin).toBe('link');
      let problems: unknown[] = [];
      expect(() => (problems = scenario.problems)).not.toThrow();
      expect(problems.length).toBeGreaterThan(0);
      expect(scenario.valid).toBe(false);
    },
  );

  it('when the validator throws, the one problem names the error in both languages', async () => {
    const validate = await import('../../sim/scenario/index.ts');
    const spy = vi.spyOn(validate, 'validateScenario').mockImplementation(() => {
      throw new TypeError('channels.some is not a function');
    });
    try {
      const { checkSafely } = await import('./check.ts');
      const check = checkSafely(copy());
      expect(check.problems).toHaveLength(1);
      expect(check.problems[0].path).toBe('');
      expect(check.problems[0].message.en).toContain('TypeError: channels.some is not a function');
      expect(check.problems[0].message.zh).toContain('无法检查此方案');
      expect(check.error?.en).toBe('TypeError: channels.some is not a function');
    } finally {
      spy.mockRestore();
    }
  });

  it('a saved one opens again after a reload (the page shows it with its problem)', async () => {
    const first = await open({}, scenarioToHash(poisoned()));
    const saved = first.storage.data.get(CURRENT)!;
    const { scenario } = await open({ [CURRENT]: saved });
    expect(scenario.origin).toBe('saved');
    expect(() => scenario.problems).not.toThrow();
    expect(scenario.valid).toBe(false);
  });
});

describe('never holding or saving what cannot be opened', () => {
  it.each([[42], ['text'], [null], [[1, 2]], [undefined]])(
    'refuses to load %j: the scenario and the autosave stay',
    async (value) => {
      const { scenario, storage } = await open();
      scenario.set(['name', 'zh'], '我的方案');
      const before = storage.data.get(CURRENT);
      const result = scenario.replace(value);
      expect(result.ok).toBe(false);
      expect(scenario.current.name.zh).toBe('我的方案');
      expect(storage.data.get(CURRENT)).toBe(before);
    },
  );

  it('refuses a value that cannot be written as JSON', async () => {
    const { scenario, storage } = await open();
    const cyclic: Record<string, unknown> = { ...copy() };
    cyclic.self = cyclic;
    expect(scenario.replace(cyclic)).toMatchObject({ ok: false, reason: { code: 'unreadable' } });
    expect(storage.data.has(CURRENT)).toBe(false);
    expect(scenario.current).toEqual(demo);
  });

  it('keeps an edit through a reload', async () => {
    const first = await open();
    first.scenario.set(['name', 'zh'], '改过的方案');
    const { scenario } = await open(Object.fromEntries(first.storage.data));
    expect(scenario.origin).toBe('saved');
    expect(scenario.current.name.zh).toBe('改过的方案');
  });
});

describe('the last good scenario', () => {
  it('is the demo until a scenario has run, and restoring it is one undo step', async () => {
    const { scenario } = await open({}, scenarioToHash(poisoned()));
    expect(scenario.canRestore).toBe(true);
    scenario.restoreLastGood();
    expect(scenario.current).toEqual(demo);
    expect(scenario.valid).toBe(true);
    expect(scenario.canRestore).toBe(false);
    scenario.undo();
    expect(scenario.valid).toBe(false);
  });

  it('is kept apart from the autosave, so a broken scenario saved later does not take it along', async () => {
    const good = renamed('跑通过的方案');
    const first = await open();
    first.scenario.replace(good);
    first.scenario.rememberGood(first.scenario.current);
    first.scenario.replace(poisoned());
    expect(JSON.parse(first.storage.data.get(LAST_GOOD)!)).toEqual(good);

    const { scenario } = await open(Object.fromEntries(first.storage.data));
    expect(scenario.valid).toBe(false);
    expect(scenario.lastGood).toEqual(good);
    scenario.restoreLastGood();
    expect(scenario.current).toEqual(good);
  });

  it('restoring clears the start-up notices', async () => {
    const { scenario } = await open({ [CURRENT]: 'garbage', [LAST_GOOD]: JSON.stringify(renamed('甲')) });
    expect(scenario.notices).toHaveLength(1);
    scenario.restoreLastGood();
    expect(scenario.notices).toEqual([]);
  });
});

describe('scenario families (which results are compared as the effect of a change)', () => {
  it('edits keep the family; a preset or file starts a new one; undo and redo come back to the right one', async () => {
    const { scenario } = await open();
    const start = scenario.lineage;
    scenario.set(['name', 'zh'], '改过');
    expect(scenario.lineage).toBe(start);
    scenario.replace(renamed('采纳的排班')); // an adopted plan: a change of this hall
    expect(scenario.lineage).toBe(start);
    scenario.replace(renamed('预置方案'), true);
    const loaded = scenario.lineage;
    expect(loaded).not.toBe(start);
    scenario.set(['name', 'zh'], '预置方案改');
    expect(scenario.lineage).toBe(loaded);
    scenario.undo();
    expect(scenario.lineage).toBe(loaded);
    scenario.undo(); // back across the load
    expect([scenario.current.name.zh, scenario.lineage]).toEqual(['采纳的排班', start]);
    scenario.redo();
    expect([scenario.current.name.zh, scenario.lineage]).toEqual(['预置方案', loaded]);
  });
});
