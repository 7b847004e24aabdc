/**
 * Worker side of the batch screener: builds the screening index from the parties it is given,
 * then answers chunks of queries with their hits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Party } from '../../domain/lists/party.ts';
import { buildScreeningIndex, screen, type Hit, type ScreeningQuery } from '../../domain/screening/screen.ts';

export interface WorkerChunk {
  chunk: number;
  queries: ScreeningQuery[];
}
export type WorkerReply = { ready: true; buildMs: number } | { chunk: number; hits: Hit[][] } | { chunk: number; error: string };

const port = parentPort;
if (port === null) throw new Error('batchScreenWorker must run in a worker thread');
const started = performance.now();
const index = buildScreeningIndex((workerData as { parties: Party[] }).parties);
port.postMessage({ ready: true, buildMs: performance.now() - started } satisfies WorkerReply);
port.on('message', (msg: WorkerChunk) => {
  try {
    const hits = msg.queries.map((q) => screen(index, q));
    port.postMessage({ chunk: msg.chunk, hits } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ chunk: msg.chunk, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
});
