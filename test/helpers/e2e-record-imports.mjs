/**
 * A module hook for e2e tests: `node --import ./test/helpers/e2e-record-imports.mjs bin/mentions.js …`
 * appends every URL the ES module loader resolves to the file named by $MENTIONS_IMPORT_LOG, one a line.
 * The same file is both the preload (main thread: registers itself) and the hooks module (loader thread).
 */
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

/** Resolves as usual, then records the result. */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const log = process.env.MENTIONS_IMPORT_LOG;
  if (log) appendFileSync(log, `${resolved.url}\n`);
  return resolved;
}
