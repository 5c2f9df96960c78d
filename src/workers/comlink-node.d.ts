// comlink ships its Node adapter without a type declaration for this path.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort } from 'node:worker_threads';
  export default function nodeEndpoint(nep: MessagePort | import('node:worker_threads').Worker): Endpoint;
}
