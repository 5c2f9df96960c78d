/**
 * The first module the page evaluates (main.ts imports it first): starts the replication
 * workers, so they fetch and compile their code while the rest of the page's modules evaluate
 * and the page mounts (the demo runs on the first visit, and each worker takes some hundreds of
 * milliseconds to start). It imports only the pool, not the app.
 */
import { getPool } from './pool-client.ts';

getPool().warm();
