/**
 * The preset scenarios of data/scenarios, loaded on demand (each is its own small chunk; the demo
 * is part of the main bundle because it opens the app).
 */
import type { Scenario } from '../sim/hall/scenario.ts';

const files = import.meta.glob<{ default: Scenario }>('../../data/scenarios/*.json');

export interface PresetInfo {
  id: string;
  load: () => Promise<Scenario>;
}

export const PRESETS: PresetInfo[] = Object.entries(files)
  .map(([path, load]) => ({ id: path.split('/').pop()!.replace(/\.json$/, ''), load: async () => (await load()).default }))
  .sort((a, b) => (a.id === 'demo-hall' ? -1 : b.id === 'demo-hall' ? 1 : a.id.localeCompare(b.id)));
