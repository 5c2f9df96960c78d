import { describe, expect, it } from 'vitest';
import demoJson from '../../../data/scenarios/demo-hall.json';
import mmcJson from '../../../data/scenarios/textbook-mmc.json';
import { type Scenario, validateScenario } from '../../sim/scenario/index.ts';
import {
  defaultBalking,
  defaultBlock,
  defaultCase,
  defaultFailures,
  defaultLunch,
  defaultPatience,
  defaultTypeKiosk,
  newBusinessType,
  newKioskSite,
  newProfilePiece,
  newWindowGroup,
  openingHours,
  uniqueId,
} from './blocks.ts';

const demo = demoJson as unknown as Scenario;
const mmc = mmcJson as unknown as Scenario;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('default blocks', () => {
  it('switches each optional block on in the textbook scenario without a problem', () => {
    const s = copy(mmc);
    s.guidance = defaultBlock('guidance');
    s.appointments = defaultBlock('appointments');
    s.kiosks = defaultBlock('kiosks');
    s.backOffice = defaultBlock('backOffice');
    s.behaviour = { ...s.behaviour, patience: defaultPatience(), balking: defaultBalking() };
    expect(validateScenario(s)).toEqual([]);
    expect(s.guidance).toEqual({ staff: 3, time: { kind: 'lognormal', mean: 0.6, cv: 0.5 } });
  });

  it('takes the staggered block from the demo, which needs a filing period', () => {
    const s = copy(demo);
    delete s.staggered;
    s.staggered = defaultBlock('staggered');
    expect(validateScenario(s)).toEqual([]);
    expect(s.staggered.inviteShare).toBe(0.2);
  });

  it('returns fresh copies', () => {
    const a = defaultBlock('kiosks');
    a.sites[0].kiosks = 99;
    expect(defaultBlock('kiosks').sites[0].kiosks).toBe(10);
  });

  it('makes a type non-immediate with the demo’s export-refund case', () => {
    const s = copy(mmc);
    s.types[0] = { ...s.types[0], immediate: false, case: defaultCase(), kiosk: defaultTypeKiosk() };
    s.backOffice = defaultBlock('backOffice');
    expect(validateScenario(s)).toEqual([]);
    expect(s.types[0].case!.limitDays).toEqual({ default: 10, A: 5, C: 15, D: 20 });
  });

  it('adds list items with unique ids that fit the scenario', () => {
    const s = copy(demo);
    const t = newBusinessType(s.types);
    expect(t.id).toBe('new-type');
    s.types.push(t);
    expect(newBusinessType(s.types).id).toBe('new-type-2');
    const g = newWindowGroup(s);
    expect(g.id).toBe('group');
    expect((g.schedule as Record<string, number[]>).filing.length).toBe(16);
    s.windows.groups.push(g);
    const site = newKioskSite(s.kiosks!.sites);
    site.failures = defaultFailures();
    s.kiosks!.sites.push(site);
    expect(validateScenario(s)).toEqual([]);
    expect(newWindowGroup(mmc).schedule).toEqual(Array.from({ length: 24 }, () => 1));
    expect(uniqueId('hall', ['hall', 'hall-2'])).toBe('hall-3');
  });

  it('places a lunch break, hours and a new profile piece sensibly', () => {
    expect(defaultLunch(demo.calendar)).toEqual({ start: '12:00', end: '13:00' });
    expect(defaultLunch({ open: '00:00', close: '24:00' })).toEqual({ start: '12:00', end: '13:00' });
    expect(defaultLunch({ open: '13:00', close: '17:00' })).toEqual({ start: '13:00', end: '14:00' });
    expect(openingHours(demo.calendar)).toEqual({ start: '09:00', end: '17:00' });
    expect(openingHours({ open: 'x' })).toEqual({ start: '09:00', end: '17:00' });
    expect(newProfilePiece(demo.demand.intraday)).toEqual({ start: '17:00', end: '18:00', share: 0 });
    expect(newProfilePiece([{ start: '22:00', end: '24:00', share: 1 }])).toEqual({
      start: '23:00',
      end: '24:00',
      share: 0,
    });
    expect(newProfilePiece([])).toEqual({ start: '09:00', end: '10:00', share: 0 });
  });
});
