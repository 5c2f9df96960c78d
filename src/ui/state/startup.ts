/**
 * Which scenario the app opens with, decided from what the page was given: a share link, the
 * scenario saved in the browser, the last good scenario, the demo, in that order. Each is
 * admitted (`admit.ts`) before it is used; one that cannot be used is passed over with a notice
 * saying which, why, and what opened instead, so a broken link or a corrupt saved value never
 * leaves a blank page, on this load or the next.
 *
 * A saved or linked scenario that is an object opens even when the validator finds problems
 * in it (or fails on it): the planner sees it with its problems and decides, with the last good
 * scenario one click away. Pure: the caller reads the URL and the storage.
 */
import type { Scenario } from '../../sim/scenario/index.ts';
import { admitText, type Admission, type LoadReason } from './admit.ts';

/** Where the scenario at start-up came from. */
export type Origin = 'link' | 'saved' | 'lastGood' | 'demo';

/** A scenario passed over at start-up. */
export interface StartupNotice {
  source: 'link' | 'saved';
  reason: LoadReason;
  /** What opened instead. */
  opened: Exclude<Origin, 'link'>;
}

export interface StartupInput {
  /** The link's scenario (`admitHash`), or null when the URL carries none. */
  link: Admission | null;
  /** The saved current scenario's text, or null. */
  saved: string | null;
  /** The last good scenario's text, or null. */
  lastGood: string | null;
  demo: Scenario;
}

export interface Startup {
  text: string;
  origin: Origin;
  notices: StartupNotice[];
}

export function chooseStart(input: StartupInput): Startup {
  const passed: { source: StartupNotice['source']; reason: LoadReason }[] = [];
  const open = (text: string, origin: Origin): Startup => ({
    text,
    origin,
    notices: passed.map((p) => ({ ...p, opened: origin as StartupNotice['opened'] })),
  });

  if (input.link) {
    if (input.link.ok) return open(input.link.text, 'link');
    passed.push({ source: 'link', reason: input.link.reason });
  }
  if (input.saved) {
    const saved = admitText(input.saved);
    if (saved.ok) return open(saved.text, 'saved');
    passed.push({ source: 'saved', reason: saved.reason });
  }
  // The last good scenario is a fallback: if it is unreadable too, the demo opens (the notice
  // above already says the saved one could not be used).
  if (input.lastGood) {
    const good = admitText(input.lastGood);
    if (good.ok) return open(good.text, 'lastGood');
  }
  return open(JSON.stringify(input.demo), 'demo');
}
