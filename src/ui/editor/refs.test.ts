import { describe, expect, it } from 'vitest';
import demoJson from '../../../data/scenarios/demo-hall.json';
import { type Scenario, validateScenario } from '../../sim/scenario/index.ts';
import { renameTypeId } from './refs.ts';

const fresh = () => JSON.parse(JSON.stringify(demoJson)) as Scenario;

describe('renaming a business type', () => {
  it('renames it in the window groups that list it', () => {
    const s = fresh();
    renameTypeId(s, 0, 'invoices');
    expect(s.types[0].id).toBe('invoices');
    expect(s.windows.groups[1].types).toEqual(['invoices', 'proxy-invoice']);
    expect(validateScenario(s)).toEqual([]);
  });

  it('leaves the references when another type still has the old id', () => {
    const s = fresh();
    s.types[1].id = 'invoice'; // a duplicate the planner is fixing
    renameTypeId(s, 1, 'proxy');
    expect(s.windows.groups[1].types).toEqual(['invoice', 'proxy-invoice']);
    renameTypeId(s, 0, 'inv');
    expect(s.windows.groups[1].types).toEqual(['inv', 'proxy-invoice']);
  });
});
