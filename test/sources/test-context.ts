/** A SourceContext for source tests: real fetch and file reads, fixed clock, fixtures as the base dir. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { SourceContext } from '../../src/sources/source.js';

/** Absolute path of `test/fixtures/`, ending in a slash. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A context whose relative paths resolve under `test/fixtures/`; override any part per test. */
export function testContext(overrides: Partial<SourceContext> = {}): SourceContext {
  return {
    fetch: globalThis.fetch,
    readFile: (path) => readFile(path),
    now: () => new Date('2026-12-01T12:00:00Z'),
    signal: new AbortController().signal,
    userAgent: 'mentions-test/0.0 (+https://example.invalid)',
    baseDir: FIXTURES_DIR,
    ...overrides,
  };
}

/** A context that serves `body` for every local path, for synthetic feeds that are not fixture files. */
export function bytesContext(body: Buffer | string): SourceContext {
  return testContext({ readFile: async () => (typeof body === 'string' ? Buffer.from(body) : body) });
}
