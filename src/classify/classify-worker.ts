/** Worker thread body: classifies what the scan or `mentions classify` posts, off the main thread. */
import { parentPort } from 'node:worker_threads';
import { classify } from './index.js';
import { classifyLines } from './lines.js';
import type { ClassifyInput } from './worker-pool.js';

type Request = { id: number; items: ClassifyInput[] } | { id: number; lines: string[] };

parentPort?.on('message', (message: Request) => {
  if ('lines' in message) {
    // Raw lines in, NDJSON out: one string each way is far cheaper to pass between threads than objects.
    parentPort?.postMessage({ id: message.id, output: classifyLines(message.lines) });
    return;
  }
  const results = message.items.map((item) => classify(item.text, item));
  parentPort?.postMessage({ id: message.id, results });
});
