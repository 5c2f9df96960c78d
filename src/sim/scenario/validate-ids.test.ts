import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate.ts';
import { expectProblem, minimal, problemsAfter } from './validate-fixtures.ts';

describe('ids and references', () => {
  it('ids are unique within types, window groups and kiosk sites', () => {
    expectProblem(
      problemsAfter((s) => (s.types[3].id = 'filing')),
      'types[3].id',
      'duplicate',
      '"filing"',
    );
    expectProblem(
      problemsAfter((s) => (s.windows.groups[2].id = 'general')),
      'windows.groups[2].id',
      'duplicate',
      '"general"',
    );
    const sites = problemsAfter((s) => s.kiosks.sites.push({ ...s.kiosks.sites[0], kind: 'bank' }));
    expectProblem(sites, 'kiosks.sites[1].id', 'duplicate', '"hall"');
  });

  it('ids use lower-case letters, digits, - and _', () => {
    expectProblem(
      problemsAfter((s) => (s.types[0].id = 'invoice 1')),
      'types[0].id',
      'bad_format',
      '"invoice 1"',
    );
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].id = '大厅')),
      'kiosks.sites[0].id',
      'bad_format',
      '"大厅"',
    );
  });

  it('a group may serve only types that exist, each once', () => {
    const p = expectProblem(
      problemsAfter((s) => (s.windows.groups[1].types = ['invoice', 'invoices'])),
      'windows.groups[1].types[1]',
      'unknown_reference',
      '"invoices"',
    );
    expect(p.message.en).toContain('proxy-invoice');
    expectProblem(
      problemsAfter((s) => (s.windows.groups[1].types = ['invoice', 'invoice'])),
      'windows.groups[1].types[1]',
      'duplicate',
      '"invoice"',
    );
  });

  it('a dedicated group must list its types', () => {
    expectProblem(
      problemsAfter((s) => delete s.windows.groups[1].types),
      'windows.groups[1].types',
      'types_required',
    );
  });
});

describe('every business type is served', () => {
  it('for walk-ins, by a group whose types are absent or include it', () => {
    const problems = problemsAfter((s) => (s.windows.groups[0].types = ['invoice', 'filing']));
    expectProblem(problems, 'types[3]', 'not_served', '"social-insurance"', 'walkIn');
    expect(problems.filter((p) => p.code === 'not_served').map((p) => p.path)).toEqual(
      // invoice (both invoice groups), proxy-invoice (the invoice group) and filing are served
      ['types[3]', 'types[4]', 'types[5]', 'types[6]', 'types[7]', 'types[8]', 'types[9]'],
    );
  });

  it('by the channels of the group, by default from its kind (green serves staggered only)', () => {
    const s = minimal();
    s.windows.groups[0].types = ['a'];
    s.windows.groups.push({
      id: 'green',
      name: { zh: '绿色通道', en: 'Green' },
      kind: 'green',
      windows: 1,
      schedule: Array(16).fill(1),
    });
    expectProblem(validateScenario(s), 'types[1]', 'not_served', '"b"', 'walkIn');
    s.windows.groups[1].channels = ['walkIn'];
    expect(validateScenario(s)).toEqual([]);
  });

  it('for appointments when appointments are set', () => {
    const s = minimal();
    s.windows.groups[0].channels = ['walkIn'];
    expect(validateScenario(s)).toEqual([]);
    s.appointments = { share: 0.1, capacityPerSlot: 2 };
    expectProblem(validateScenario(s), 'types[0]', 'not_served', 'appointment');
    expectProblem(validateScenario(s), 'types[1]', 'not_served', 'appointment');
  });

  it('for staggered bookings when staggered bookings are set', () => {
    const s = minimal();
    s.windows.groups[0].channels = ['walkIn', 'appointment'];
    s.staggered = {
      fromDays: { dayTypes: ['deadline'] },
      inviteShare: 0.1,
      acceptance: 0.5,
      toDayTypes: ['filing'],
      toHours: [{ start: '14:00', end: '16:00' }],
      capacityPerSlot: 5,
    };
    expectProblem(validateScenario(s), 'types[0]', 'not_served', 'staggered');
    s.windows.groups.push({
      id: 'appt',
      name: { zh: '预约窗口', en: 'Appointments' },
      kind: 'appointment',
      windows: 1,
      schedule: Array(16).fill(1),
    });
    expect(validateScenario(s)).toEqual([]);
  });
});

describe('window schedules', () => {
  it('one entry per interval from opening to closing (saying how many)', () => {
    expectProblem(
      problemsAfter((s) => s.windows.groups[0].schedule.ordinary.pop()),
      'windows.groups[0].schedule.ordinary',
      'schedule_length',
      '15',
      '16',
    );
    const s = minimal();
    s.calendar.intervalMinutes = 60;
    expectProblem(validateScenario(s), 'windows.groups[0].schedule', 'schedule_length', '16', '8');
    s.windows.groups[0].schedule = Array(8).fill(3);
    expect(validateScenario(s)).toEqual([]);
  });

  it('the opening hours must be whole intervals', () => {
    const problems = problemsAfter((s) => (s.calendar.close = '17:15'));
    expectProblem(problems, 'calendar.close', 'interval_mismatch', '495', '30');
    expect(problems.map((p) => p.code)).not.toContain('schedule_length');
  });

  it('never more open windows than the group has', () => {
    const p = expectProblem(
      problemsAfter((s) => (s.windows.groups[0].schedule.filing[3] = 13)),
      'windows.groups[0].schedule.filing[3]',
      'schedule_over_windows',
      '13',
      '12',
      '10:30',
    );
    expect(p.message.en).toBe(
      'windows.groups[0].schedule.filing[3]: asks for 13 open windows at 10:30, but the group has only 12 windows',
    );
    expectProblem(
      problemsAfter((s) => (s.windows.groups[2].windows = 0)),
      'windows.groups[2].schedule.filing[10]',
      'schedule_over_windows',
      '1',
      '0',
    );
  });

  it('each value a whole number from 0 up', () => {
    expectProblem(
      problemsAfter((s) => (s.windows.groups[0].schedule.ordinary[0] = -1)),
      'windows.groups[0].schedule.ordinary[0]',
      'too_small',
      '-1',
    );
  });
});
