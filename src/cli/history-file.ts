/**
 * Node only: reads a history file from disk in 1 MiB blocks (never the whole file as one
 * string), with its size for progress. The CLI and the benchmarks use it; the app reads
 * File.stream() through `readHistory` itself.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readHistory, type ReadOptions, type ReadResult } from '../sim/history/read.ts';

export async function readHistoryFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const { size } = await stat(path);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    return await readHistory(stream as AsyncIterable<Uint8Array>, { totalBytes: size, ...options });
  } finally {
    stream.destroy();
  }
}
