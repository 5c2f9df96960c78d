import { describe, expect, it } from 'vitest';
import demoJson from '../../../data/scenarios/demo-hall.json';
import { type DayType, type Scenario, validateScenario } from '../../sim/scenario/index.ts';
import {
  arrayAt,
  countUnder,
  fieldId,
  isUnder,
  jumpTargets,
  objectAt,
  problemText,
  itemName,
  problemsExactly,
  stringAt,
} from './paths.ts';

const demo = demoJson as unknown as Scenario;

describe('paths in the editor', () => {
  it('turns a path into an element id without spaces', () => {
    expect(fieldId(['windows', 'groups', 0, 'schedule', 'filing', 2])).toBe('f-windows.groups[0].schedule.filing[2]');
    expect(fieldId(['demand', 'byDate', '2026-03-05'])).toBe('f-demand.byDate["2026-03-05"]');
    expect(fieldId(['demand', 'byDate', 'a b'])).toBe('f-demand.byDate["a_b"]');
  });

  it('tells a path below another from a sibling with the same start', () => {
    expect(isUnder('types[0].share', 'types')).toBe(true);
    expect(isUnder('types', 'types')).toBe(true);
    expect(isUnder('typesX', 'types')).toBe(false);
    expect(isUnder('calendar.open', '')).toBe(true);
  });

  it('finds the validator’s problems at a field and counts them for a section', () => {
    const s = JSON.parse(JSON.stringify(demo)) as Scenario;
    s.types[1].share = 1.5;
    s.calendar.days = 0;
    s.windows.groups[0].schedule = { ...(s.windows.groups[0].schedule as Record<DayType, number[]>), filing: [13] };
    const problems = validateScenario(s);
    const share = problemsExactly(problems, ['types', 1, 'share']);
    expect(share.length).toBe(1);
    expect(problemText(share[0], 'en')).toMatch(/^types\[1\]\.share: /);
    expect(problemText(share[0], 'zh-CN')).toMatch(/^业务类型「发票代开」 › 占比：/);
    expect(countUnder(problems, [['types'], ['demand']])).toBe(
      problems.filter((p) => p.path.startsWith('types')).length,
    );
    expect(countUnder(problems, [['calendar']])).toBe(1);
    expect(countUnder(problems, [['windows']])).toBe(problems.filter((p) => p.path.startsWith('windows')).length);
    expect(countUnder(problems, [['windows']])).toBeGreaterThanOrEqual(2); // too long a value and too short a column
  });

  it('jumps to the nearest enclosing element first', () => {
    expect(jumpTargets('types[2].case.limitDays.A')).toEqual([
      'f-types[2].case.limitDays.A',
      'f-types[2].case.limitDays',
      'f-types[2].case',
      'f-types[2]',
      'f-types',
    ]);
    expect(jumpTargets('demand.byDate["2026-03-05"]')[0]).toBe('f-demand.byDate["2026-03-05"]');
    expect(jumpTargets('')).toEqual([]);
  });

  it('reads malformed values safely', () => {
    const s = { calendar: 'oops', types: [{ id: 5 }] };
    expect(objectAt(s, ['calendar'])).toBeUndefined();
    expect(arrayAt(s, ['calendar', 'holidays'])).toEqual([]);
    expect(arrayAt(s, ['types']).length).toBe(1);
    expect(stringAt(s, ['types', 0, 'id'])).toBe('');
    expect(objectAt(demo, ['calendar'])!.open).toBe('09:00');
  });
});

describe('itemName', () => {
  it('takes the name in the page language, else the id, else the fallback', () => {
    const item = { id: 'vat', name: { zh: '增值税申报', en: 'VAT return' } };
    expect(itemName(item, 'zh-CN', 'item 1')).toBe('增值税申报');
    expect(itemName(item, 'en', 'item 1')).toBe('VAT return');
    expect(itemName({ id: 'vat', name: { zh: '', en: 3 } }, 'en', 'item 1')).toBe('vat');
    expect(itemName({ id: '' }, 'zh-CN', '第 2 项')).toBe('第 2 项');
    expect(itemName(null, 'en', 'item 4')).toBe('item 4');
  });
});
