/**
 * The page's run settings on every load (the run bar can change them for the session). The build
 * reads them too: the demo's kept result (result-keep.ts) is made with these.
 */
import { DEFAULT_SEED } from '../../sim/scenario/index.ts';

export const PAGE_RUN = { seed: DEFAULT_SEED, replications: 20 } as const;
