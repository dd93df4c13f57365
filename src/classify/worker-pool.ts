/** Classification off the main thread: one worker classifies while the scan fetches, parses and stores. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Classification } from '../mention.js';

/** One text to classify, with its star rating when the source has one. */
export interface ClassifyInput {
  text: string;
  rating?: number;
}

/** Classifies batches; `close` ends the worker. */
export interface BatchClassifier {
  classifyBatch(items: ClassifyInput[]): Promise<Classification[]>;
  close(): Promise<void>;
}

/** Runs a synchronous classifier in this thread, batch by batch. */
export function inlineClassifier(
  classify: (text: string, o?: { rating?: number }) => Classification,
): BatchClassifier {
  return {
    classifyBatch: async (items) =>
      items.map((i) => classify(i.text, i.rating === undefined ? undefined : { rating: i.rating })),
    close: async () => undefined,
  };
}

/**
 * A worker thread running the classifier (the compiled worker file; in a test run from sources, where
 * there is none, the classifier runs inline instead).
 */
export async function workerClassifier(): Promise<BatchClassifier> {
  const file = fileURLToPath(new URL('./classify-worker.js', import.meta.url));
  if (!existsSync(file)) return inlineClassifier((await import('./index.js')).classify);
  const worker = new Worker(file);
  const pending = new Map<number, { resolve: (r: Classification[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', (m: { id: number; results: Classification[] }) => {
    pending.get(m.id)?.resolve(m.results);
    pending.delete(m.id);
  });
  worker.on('error', (err) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  });
  return {
    classifyBatch(items) {
      if (items.length === 0) return Promise.resolve([]);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, items });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
