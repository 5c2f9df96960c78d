/**
 * Where the planner's work is kept in the browser (never sent anywhere): the current scenario
 * (saved on every change, so a reload or a crashed worker loses nothing), the last good scenario
 * (the last one that ran and gave results, kept apart so a broken current one never takes it
 * along), named variants, and the scenario in a shareable link (compressed into the URL's
 * fragment, which browsers do not send to the server).
 *
 * Reading never throws and never trusts what it reads: values come back as text (or a reason
 * they could not be had), and `admit.ts` decides whether they are a scenario.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../../sim/scenario/index.ts';
import { describeError } from '../error-text.ts';
import { admitText, type Admission } from './admit.ts';

const CURRENT = 'hallflow.scenario.v1';
const LAST_GOOD = 'hallflow.lastGood.v1';
const VARIANTS = 'hallflow.variants.v1';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null; // a browser that refuses to read is a browser with nothing saved
  }
}

function write(key: string, text: string): boolean {
  try {
    storage()?.setItem(key, text);
    return true;
  } catch {
    return false; // quota exceeded: the caller says so
  }
}

/** The text saved last as the current scenario, or null when there is none. */
export function loadCurrentText(): string | null {
  return read(CURRENT);
}

/** Saves the current scenario, given as the store's JSON text (false: the browser refused). */
export function saveCurrentText(text: string): boolean {
  return write(CURRENT, text);
}

/** The text of the last good scenario, or null when none was kept. */
export function loadLastGoodText(): string | null {
  return read(LAST_GOOD);
}

export function saveLastGoodText(text: string): boolean {
  return write(LAST_GOOD, text);
}

export interface Variant {
  name: string;
  savedAt: string;
  scenario: Scenario;
}

export function loadVariants(): Variant[] {
  try {
    const v = JSON.parse(read(VARIANTS) ?? '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export function saveVariants(vs: Variant[]): boolean {
  try {
    return write(VARIANTS, JSON.stringify(vs));
  } catch {
    return false; // not serialisable
  }
}

/** The fragment that carries a scenario: `#s=` and the compressed JSON. */
export function scenarioToHash(s: Scenario): string {
  return `#s=${compressToEncodedURIComponent(JSON.stringify(s))}`;
}

/** Whether a fragment carries a scenario at all (`#s=`…). */
export function hashHasScenario(hash: string): boolean {
  return hash.startsWith('#s=');
}

/** The scenario in a `#s=` fragment: admitted, or the reason it cannot be used; null when the fragment holds none. */
export function admitHash(hash: string): Admission | null {
  if (!hashHasScenario(hash)) return null;
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(hash.slice(3));
  } catch (e) {
    return { ok: false, reason: { code: 'unreadable', detail: describeError(e) } };
  }
  if (!text) return { ok: false, reason: { code: 'damagedLink' } };
  return admitText(text);
}
