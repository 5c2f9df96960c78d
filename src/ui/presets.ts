/**
 * The preset scenarios of data/scenarios, loaded on demand (each is its own small chunk; the demo
 * is part of the main bundle because it opens the app).
 */
import demo from '../../data/scenarios/demo-hall.json';
import type { Scenario } from '../sim/hall/scenario.ts';

const files = import.meta.glob<{ default: Scenario }>(['../../data/scenarios/*.json', '!../../data/scenarios/demo-hall.json']);

export interface PresetInfo {
  id: string;
  load: () => Promise<Scenario>;
}

export const PRESETS: PresetInfo[] = [
  { id: 'demo-hall', load: async () => structuredClone(demo) as unknown as Scenario },
  ...Object.entries(files)
    .map(([path, load]) => ({ id: path.split('/').pop()!.replace(/\.json$/, ''), load: async () => (await load()).default }))
    .sort((a, b) => a.id.localeCompare(b.id)),
];
