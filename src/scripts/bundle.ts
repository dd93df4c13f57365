/**
 * Bundles the compiled CLI (dist/) into dist/bundle/, which bin/mentions.js runs. Node 20 spends about
 * half a millisecond on each ES module it loads; bundled, `mentions list` loads a third fewer files and
 * starts about 4 ms sooner.
 *
 * Code splitting keeps every lazily imported part (commands, sources, the classifier and its model) in
 * chunks of its own, loaded only when used, with every module once. npm packages stay outside, so
 * twitter-api-v2, rss-parser and the rest load only with the code that imports them. The classifier's
 * worker is an entry beside the chunks, where worker-pool looks for it. dist/bundle/meta.json records
 * which modules each file holds (the lazy-import tests read it).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** dist/, found from this file (dist/scripts/bundle.js). */
const DIST = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(DIST, 'bundle');

// Chunk names carry a hash: the chunks of an earlier build would only pile up.
rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(DIST, 'cli', 'main.js'), join(DIST, 'classify', 'classify-worker.js')],
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  metafile: true,
  // Paths in meta.json relative to the repository, wherever the build runs from.
  absWorkingDir: join(DIST, '..'),
  logLevel: 'warning',
});
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));
