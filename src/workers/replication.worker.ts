/** Browser entry: a Web Worker running hall replications for the pool. */
import * as Comlink from 'comlink';
import { createReplicationApi } from './replication-api.ts';

Comlink.expose(createReplicationApi());
