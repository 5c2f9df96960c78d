// A worker thread cannot load TypeScript by itself on Node 20 (`--import tsx` in execArgv fails
// there): register tsx's loader, then import the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./replication.node.ts');
