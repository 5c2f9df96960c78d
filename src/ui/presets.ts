/**
 * The preset scenarios of data/scenarios, loaded on demand (each is its own small chunk; the demo
 * is part of the main bundle because it opens the app). Each is listed by its own name in the
 * planner's language (the file's `name`, read at build time: virtual:preset-names), never by its
 * file name.
 */
import names from 'virtual:preset-names';
import demo from '../../data/scenarios/demo-hall.json';
import type { Scenario } from '../sim/scenario/index.ts';
import type { Locale } from './i18n/index.svelte.ts';

const files = import.meta.glob<{ default: Scenario }>([
  '../../data/scenarios/*.json',
  '!../../data/scenarios/demo-hall.json',
]);

export interface PresetInfo {
  /** The file's name without .json: for test ids and the compare store, not shown. */
  id: string;
  name: { zh: string; en: string };
  load: () => Promise<Scenario>;
}

const idOf = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.json$/, '');

export const PRESETS: PresetInfo[] = [
  { id: 'demo-hall', name: demo.name, load: async () => structuredClone(demo) as unknown as Scenario },
  ...Object.entries(files)
    .map(([path, load]) => ({
      id: idOf(path),
      name: names[idOf(path)] ?? { zh: idOf(path), en: idOf(path) },
      load: async () => (await load()).default,
    }))
    .sort((a, b) => a.id.localeCompare(b.id)),
];

/** A preset's name in the planner's language. */
export function presetName(p: PresetInfo, locale: Locale): string {
  return locale === 'en' ? p.name.en : p.name.zh;
}
