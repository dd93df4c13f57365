/** Worker thread body: classifies batches of texts posted by the scan, so the main thread can fetch and store. */
import { parentPort } from 'node:worker_threads';
import { classify } from './index.js';
import type { ClassifyInput } from './worker-pool.js';

parentPort?.on('message', (message: { id: number; items: ClassifyInput[] }) => {
  const results = message.items.map((item) =>
    classify(item.text, item.rating === undefined ? undefined : { rating: item.rating }),
  );
  parentPort?.postMessage({ id: message.id, results });
});
