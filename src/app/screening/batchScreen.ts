/**
 * Batch screening on worker threads: each worker builds its own screening index from the parties,
 * then screens chunks of query rows; results come back in input order.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Party } from '../../domain/lists/party.ts';
import type { Hit, ScreeningQuery } from '../../domain/screening/screen.ts';
import { AppError } from '../../domain/errors.ts';
import type { WorkerChunk, WorkerReply } from './batchScreenWorker.ts';

export interface BatchScreenerOptions {
  /** Worker threads (default: available cores, at most 8). */
  workers?: number;
  /** Queries per message to a worker (default 256). */
  chunkSize?: number;
}

/**
 * Where the worker code is and how to start it. From the CLI bundle (dist/, plain JavaScript) the
 * worker is its bundled sibling; from the TypeScript sources a small bootstrap registers the tsx
 * loader in the new thread first, then imports the worker module (which reads workerData itself).
 */
function spawnWorker(workerData: { parties: readonly Party[] }): Worker {
  if (import.meta.url.endsWith('.mjs')) return new Worker(new URL('./batchScreenWorker.mjs', import.meta.url), { workerData });
  const url = new URL('./batchScreenWorker.ts', import.meta.url);
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class BatchScreener {
  private constructor(
    private readonly slots: Slot[],
    private readonly chunkSize: number,
    /** Milliseconds each worker took to build its index. */
    readonly buildMs: number[],
  ) {}

  /** Starts the workers and waits until every one has built its index. */
  static async start(parties: readonly Party[], options: BatchScreenerOptions = {}): Promise<BatchScreener> {
    const n = Math.max(1, options.workers ?? Math.min(8, availableParallelism()));
    const slots: Slot[] = [];
    const ready: Array<Promise<number>> = [];
    for (let i = 0; i < n; i++) {
      const worker = spawnWorker({ parties });
      slots.push({ worker, busy: false });
      ready.push(
        new Promise<number>((resolve, reject) => {
          const onMessage = (m: WorkerReply) => {
            if ('ready' in m) {
              worker.off('message', onMessage);
              worker.off('error', reject);
              resolve(m.buildMs);
            }
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
        }),
      );
    }
    try {
      const buildMs = await Promise.all(ready);
      return new BatchScreener(slots, options.chunkSize ?? 256, buildMs);
    } catch (e) {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      throw new AppError('INTERNAL', `screening worker failed to start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  get workers(): number {
    return this.slots.length;
  }

  /** Screens the queries; result i holds the hits of query i. */
  async screen(queries: readonly ScreeningQuery[]): Promise<Hit[][]> {
    const results: Hit[][] = new Array<Hit[]>(queries.length);
    const chunks: WorkerChunk[] = [];
    for (let start = 0, c = 0; start < queries.length; start += this.chunkSize, c++) chunks.push({ chunk: c, queries: queries.slice(start, start + this.chunkSize) });
    let next = 0;
    await new Promise<void>((resolve, reject) => {
      let pending = chunks.length;
      if (pending === 0) {
        resolve();
        return;
      }
      const feed = (slot: Slot) => {
        const chunk = chunks[next++];
        if (chunk === undefined) {
          slot.busy = false;
          return;
        }
        slot.busy = true;
        const onMessage = (m: WorkerReply) => {
          if ('ready' in m || m.chunk !== chunk.chunk) return;
          slot.worker.off('message', onMessage);
          if ('error' in m) {
            reject(new AppError('INTERNAL', `screening worker failed: ${m.error}`));
            return;
          }
          const base = chunk.chunk * this.chunkSize;
          m.hits.forEach((h, i) => (results[base + i] = h));
          pending--;
          if (pending === 0) resolve();
          else feed(slot);
        };
        slot.worker.on('message', onMessage);
        slot.worker.postMessage(chunk);
      };
      for (const slot of this.slots) feed(slot);
    });
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** One-shot convenience: start workers, screen the queries, stop the workers. */
export async function batchScreen(parties: readonly Party[], queries: readonly ScreeningQuery[], options: BatchScreenerOptions = {}): Promise<Hit[][]> {
  const screener = await BatchScreener.start(parties, options);
  try {
    return await screener.screen(queries);
  } finally {
    await screener.close();
  }
}
