/** Node entry: a worker thread running hall replications for the CLI's pool. */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { createReplicationApi } from './replication-api.ts';

if (!parentPort) throw new Error('replication.node.ts must run in a worker thread');
// `crash` ends this thread as a fatal error would: the pool's tests use it to check that a dead
// worker is replaced and nothing hangs.
Comlink.expose({ ...createReplicationApi(), crash: () => process.exit(3) }, nodeEndpoint(parentPort));
