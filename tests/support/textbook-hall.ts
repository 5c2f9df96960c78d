/**
 * The textbook M/M/c hall (data/scenarios/textbook-mmc.json) over a few days with `windows`
 * windows staffed all day: a small, fast scenario whose windows count is the one knob.
 */
import mmc from '../../data/scenarios/textbook-mmc.json';
import type { Scenario } from '../../src/sim/scenario/index.ts';

export function textbookHall(windows: number, days = 2): Scenario {
  const s = structuredClone(mmc) as unknown as Scenario;
  s.calendar.days = days;
  const g = s.windows.groups[0];
  g.windows = windows;
  g.schedule = (g.schedule as number[]).map(() => windows);
  return s;
}
