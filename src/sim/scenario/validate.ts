/**
 * Validates a scenario and reports every problem at once, each with its JSON path and a message
 * in Chinese and English for a planner. The nesting and size come first (everything after
 * recurses or takes time per value), then the structural check (the zod schema); the
 * cross-field checks then look at whatever parts are sound, so a half-finished scenario still
 * gets all the advice that can be given, and no input (however malformed) makes this throw.
 * Last, once nothing else is wrong, the load on the engine against HallFlow's limits.
 *
 *   validate-size       nesting at most 32 levels, no cycles, at most 100,000 values (alone:
 *                       nothing else runs on such input)
 *   validate-structure  zod issues → problems
 *   validate-calendar   dates, holidays, times of day, profiles in order
 *   validate-shares     shares summing to 1
 *   validate-ids        unique ids, references, every type served on every channel
 *   validate-schedules  window schedules against the opening hours and window counts
 *   validate-rules      distributions (through the engine), cases and back office, orderings
 *   validate-load       visitors per day and over the horizon, kiosk failures (limits.ts)
 */
import { DEFAULTS } from './defaults.ts';
import { type Problem, ProblemList } from './problems.ts';
import { SCENARIO_VERSION, type Scenario } from './scenario.ts';
import { checkCalendar } from './validate-calendar.ts';
import { checkIds } from './validate-ids.ts';
import { checkLoad } from './validate-load.ts';
import { makeContext, obj } from './validate-read.ts';
import { checkRules } from './validate-rules.ts';
import { checkSize } from './validate-size.ts';
import { checkSchedules } from './validate-schedules.ts';
import { checkShares } from './validate-shares.ts';
import { checkStructure } from './validate-structure.ts';

export type { Problem, ProblemCode } from './problems.ts';

/** Every problem of a scenario; [] when it is valid. Never throws. */
export function validateScenario(input: unknown): Problem[] {
  const out = new ProblemList(input);
  if (checkSize(input, out)) return out.problems;
  const sound = checkStructure(input, out);
  const root = obj(input);
  // A file of another version may be laid out differently: saying so is the one useful message.
  if (root && typeof root.version === 'number' && root.version !== SCENARIO_VERSION) {
    return out.problems.filter((p) => p.code === 'version');
  }
  if (root) {
    const ctx = makeContext(root, out, DEFAULTS.calendar.intervalMinutes);
    checkCalendar(ctx);
    checkShares(ctx);
    checkIds(ctx);
    checkSchedules(ctx);
    checkRules(ctx);
  }
  if (sound && out.problems.length === 0) checkLoad(input as Scenario, out);
  return dedupe(out.problems);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}\u0000${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
