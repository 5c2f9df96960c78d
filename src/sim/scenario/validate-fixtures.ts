/**
 * Test support for the validator: the demo preset as a fresh object to break, a minimal valid
 * scenario, and an assertion that a problem was reported where and how it should be.
 * Imported by tests only.
 */
import { expect } from 'vitest';
import demoJson from '../../../data/scenarios/demo-hall.json';
import type { Problem } from './problems.ts';
import type { Scenario } from './scenario.ts';
import { validateScenario } from './validate.ts';

export type Loose = any;

const demoText = JSON.stringify(demoJson);

/** A fresh copy of data/scenarios/demo-hall.json, loosely typed so tests can break it. */
export function demo(): Loose {
  return JSON.parse(demoText);
}

/** The smallest scenario worth having: two types, one group, one profile. */
export function minimal(): Loose {
  const s: Scenario = {
    version: 1,
    name: { zh: '测试厅', en: 'Test hall' },
    calendar: { startDate: '2026-03-01', days: 31, open: '09:00', close: '17:00' },
    types: [
      { id: 'a', name: { zh: '甲', en: 'A' }, share: 0.6, service: { kind: 'exponential', mean: 5 } },
      { id: 'b', name: { zh: '乙', en: 'B' }, share: 0.4, service: { kind: 'exponential', mean: 3 } },
    ],
    demand: { dailyVolume: 100, intraday: [{ start: '09:00', end: '17:00', share: 1 }] },
    windows: {
      groups: [
        {
          id: 'general',
          name: { zh: '综合窗口', en: 'General' },
          kind: 'general',
          windows: 3,
          schedule: Array(16).fill(2),
        },
      ],
    },
  };
  return s;
}

/** Validates a scenario after `change` has broken it. */
export function problemsAfter(change: (s: Loose) => void, base: () => Loose = demo): Problem[] {
  const s = base();
  change(s);
  return validateScenario(s);
}

/**
 * Asserts a problem with this path and code, whose messages are non-empty in both languages
 * and mention each of `mentions` (values, limits) in both. Returns it.
 */
export function expectProblem(problems: Problem[], path: string, code: string, ...mentions: string[]): Problem {
  const found = problems.find((p) => p.path === path && p.code === code);
  expect(
    found,
    `no ${code} at ${path}; got:\n${problems.map((p) => `${p.path} ${p.code}: ${p.message.en}`).join('\n')}`,
  ).toBeDefined();
  const p = found!;
  expect(p.message.en.length).toBeGreaterThan(0);
  expect(p.message.zh.length).toBeGreaterThan(0);
  expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
  for (const m of mentions) {
    expect(p.message.en).toContain(m);
    expect(p.message.zh).toContain(m);
  }
  return p;
}
