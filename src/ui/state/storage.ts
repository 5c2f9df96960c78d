/**
 * Where the planner's work is kept in the browser (never sent anywhere): the current scenario
 * (saved on every change, so a reload or a crashed worker loses nothing), named variants, and the
 * scenario in a shareable link (compressed into the URL's fragment, which browsers do not send
 * to the server).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../../sim/hall/scenario.ts';

const CURRENT = 'hallflow.scenario.v1';
const VARIANTS = 'hallflow.variants.v1';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

/** The scenario saved last, or null (none, or unreadable JSON). */
export function loadCurrent(): unknown {
  const text = storage()?.getItem(CURRENT);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function saveCurrent(s: Scenario): boolean {
  try {
    storage()?.setItem(CURRENT, JSON.stringify(s));
    return true;
  } catch {
    return false; // quota exceeded: the caller says so
  }
}

export interface Variant {
  name: string;
  savedAt: string;
  scenario: Scenario;
}

export function loadVariants(): Variant[] {
  try {
    const v = JSON.parse(storage()?.getItem(VARIANTS) ?? '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export function saveVariants(vs: Variant[]): boolean {
  try {
    storage()?.setItem(VARIANTS, JSON.stringify(vs));
    return true;
  } catch {
    return false;
  }
}

/** The fragment that carries a scenario: `#s=` and the compressed JSON. */
export function scenarioToHash(s: Scenario): string {
  return `#s=${compressToEncodedURIComponent(JSON.stringify(s))}`;
}

/** The scenario in a `#s=` fragment, or null. */
export function scenarioFromHash(hash: string): unknown {
  const m = /^#s=(.+)$/.exec(hash);
  if (!m) return null;
  try {
    const text = decompressFromEncodedURIComponent(m[1]);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
