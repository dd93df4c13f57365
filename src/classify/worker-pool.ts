/** Classification off the main thread: one worker classifies while the main thread reads, fetches and writes. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Classification } from '../mention.js';

/** One text to classify, with its star rating when the source has one. */
export interface ClassifyInput {
  text: string;
  rating?: number;
  /** False for news and web pages about the brand, true for what matched a brand (see ClassifyOptions.addressed). */
  addressed?: boolean;
}

/** Classifies batches; `close` ends the worker. */
export interface BatchClassifier {
  classifyBatch(items: ClassifyInput[]): Promise<Classification[]>;
  /** `mentions classify` lines (plain or NDJSON) to NDJSON verdict lines. */
  classifyLines(lines: string[]): Promise<string>;
  close(): Promise<void>;
}

/** Runs the classifier in this thread, batch by batch. */
export function inlineClassifier(
  classify: (text: string, o?: { rating?: number; addressed?: boolean }) => Classification,
): BatchClassifier {
  return {
    classifyBatch: async (items) => items.map((i) => classify(i.text, i)),
    classifyLines: async (lines) => (await import('./lines.js')).classifyLines(lines),
    close: async () => undefined,
  };
}

type Reply = { id: number; results: Classification[] } | { id: number; output: string };

/**
 * Worker threads running the classifier, batches handed out in turn (the compiled worker file; in a
 * test run from sources, where there is none, the classifier runs inline instead).
 */
export async function workerClassifier(workers = 1): Promise<BatchClassifier> {
  const file = fileURLToPath(new URL('./classify-worker.js', import.meta.url));
  if (!existsSync(file)) return inlineClassifier((await import('./index.js')).classify);
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(file));
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let next = 0;
  for (const worker of pool) {
    worker.on('message', (m: Reply) => {
      pending.get(m.id)?.resolve(m);
      pending.delete(m.id);
    });
    worker.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  const ask = (message: Record<string, unknown>): Promise<Reply> => {
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      pool[id % pool.length].postMessage({ id, ...message });
    });
  };
  return {
    async classifyBatch(items) {
      if (items.length === 0) return [];
      const reply = await ask({ items });
      return 'results' in reply ? reply.results : [];
    },
    async classifyLines(lines) {
      const reply = await ask({ lines });
      return 'output' in reply ? reply.output : '';
    },
    close: async () => {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
