/** The scan orchestrator: every source at once (one p-limit, one timeout), each batch in one transaction. */
import pLimit, { type LimitFunction } from 'p-limit';
import type { Db } from '../store/db.js';
import { getSourceState, recordSourceFailure, saveSourceBatch } from '../store/source-state.js';
import { knownExternalIds } from '../store/mentions.js';
import type { Source, SourceContext, SourceCursor } from '../sources/source.js';
import { compileBrand } from '../match/brand-matcher.js';
import type { BrandConfig } from '../sources/registry-types.js';
import { classifyInput, matchMentions, toRows } from './prepare.js';
import type { BatchClassifier } from '../classify/worker-pool.js';
import { errorMessage } from '../errors.js';
import { Deadline } from './deadline.js';
import { retryTime } from '../sources/retry-at.js';
import { afterPendingIo } from '../io-turn.js';

/** What happened to one source in a scan. */
export interface SourceOutcome {
  source: string;
  type: string;
  ok: boolean;
  notModified: boolean;
  fetched: number;
  unmatched: number;
  inserted: number;
  duplicates: number;
  complaints: number;
  /** Mentions marked answered because the source showed the brand's own reply. */
  autoAnswered: number;
  warnings: string[];
  error?: string;
  /** The source stopped part-way (rate limit, quota) but what it read was stored. */
  partial: boolean;
  /**
   * Not fetched: its server asked not to be before this time (ISO 8601), after a 429 or 503 with
   * Retry-After or an X rate limit. Not a failure: the scan that met the limit reported it.
   */
  waitingUntil?: string;
  /**
   * This scan met a rate limit (or quota) with a time to come back (ISO 8601): scans until then leave
   * the source alone. Such a failure is not counted as a broken source by the exit code.
   */
  retryAt?: string;
  /** Ids of the complaints this scan stored (for alerts; not printed). */
  newComplaintIds: number[];
  ms: number;
}

/** Everything the orchestrator needs, injected. */
export interface ScanDeps {
  db: Db;
  sources: Source[];
  brands: BrandConfig[];
  classifier: BatchClassifier;
  context: Omit<SourceContext, 'signal'>;
  concurrency: number;
  timeoutSeconds: number;
  /** Scrubs secrets from any message before it is stored or shown. */
  redact: (text: string) => string;
  onDone?: (outcome: SourceOutcome) => void;
}

/** Scans all sources concurrently; a failing source never stops the others. */
export async function runScan(deps: ScanDeps): Promise<SourceOutcome[]> {
  // The limit bounds requests in flight, not sources: parsing, matching, classifying and storing happen
  // outside it, so a slot is free for the next request as soon as a response is read, and the CPU work
  // of one source overlaps the network wait of the others.
  const limit = pLimit(deps.concurrency);
  const matchers = deps.brands.map(compileBrand);
  return Promise.all(
    deps.sources.map(async (source) => {
      const outcome = await scanOne(source, deps, matchers, limit);
      deps.onDone?.(outcome);
      return outcome;
    }),
  );
}

/** A source's outcome before its fetch: not ok yet, nothing counted. */
export function emptyOutcome(source: string, type: string): SourceOutcome {
  return {
    source,
    type,
    ok: false,
    notModified: false,
    fetched: 0,
    unmatched: 0,
    inserted: 0,
    duplicates: 0,
    complaints: 0,
    autoAnswered: 0,
    warnings: [],
    partial: false,
    newComplaintIds: [],
    ms: 0,
  };
}

/** The time to leave a source alone until, from what its server asked (see retryTime), or null. */
function waitUntil(retryAt: unknown, now: Date): Date | null {
  return retryAt instanceof Date ? (retryTime(retryAt, now) ?? null) : null;
}

async function scanOne(
  source: Source,
  deps: ScanDeps,
  matchers: ReturnType<typeof compileBrand>[],
  limit: LimitFunction,
): Promise<SourceOutcome> {
  const started = Date.now();
  const outcome = emptyOutcome(source.name, source.type);
  const state = getSourceState(deps.db, source.name);
  if (state.retryAt !== null && state.retryAt > deps.context.now()) {
    // Asking again before the server's time only prolongs a rate limit (or a block); the cron run
    // after it goes on from the saved cursor.
    outcome.ok = true;
    outcome.waitingUntil = state.retryAt.toISOString();
    return outcome;
  }
  try {
    const result = await fetchWithin(source, state.cursor, deps, limit);
    const now = deps.context.now();
    // Entries stored by an earlier scan are not matched and classified again: rescans stay cheap.
    const known = knownExternalIds(
      deps.db,
      source.name,
      result.mentions.map((m) => m.externalId),
    );
    const fresh =
      known.size === 0 ? result.mentions : result.mentions.filter((m) => !known.has(m.externalId));
    const { matched, unmatched } = matchMentions(source, fresh, matchers);
    const verdicts = await deps.classifier.classifyBatch(matched.map((m) => classifyInput(m.found, source)));
    // Many verdicts arrive together; each source's store waits its turn behind the answers that came in.
    await afterPendingIo();
    const rows = toRows(source, matched, verdicts, now);
    const retryAt = result.partialError === undefined ? null : waitUntil(result.retryAt, now);
    const counts = saveSourceBatch(deps.db, source.name, rows, result.cursor, now, result.answers, retryAt);
    Object.assign(outcome, {
      ok: result.partialError === undefined,
      partial: result.partialError !== undefined,
      error: result.partialError === undefined ? undefined : deps.redact(result.partialError),
      notModified: result.notModified,
      fetched: result.mentions.length,
      unmatched,
      inserted: counts.inserted,
      duplicates: counts.duplicates + known.size,
      complaints: counts.newComplaints,
      autoAnswered: counts.autoAnswered,
      newComplaintIds: counts.newComplaintIds,
      warnings: result.warnings.map(deps.redact),
    });
    if (outcome.error) recordSourceFailure(deps.db, source.name, outcome.error, now, retryAt);
    if (retryAt) outcome.retryAt = retryAt.toISOString();
  } catch (err) {
    outcome.error = deps.redact(errorMessage(err));
    try {
      const now = deps.context.now();
      const retryAt = waitUntil((err as { retryAt?: unknown } | null)?.retryAt, now);
      if (retryAt) outcome.retryAt = retryAt.toISOString();
      recordSourceFailure(deps.db, source.name, outcome.error, now, retryAt);
    } catch {
      // The failure is already reported; a locked database must not hide it.
    }
  }
  outcome.ms = Date.now() - started;
  return outcome;
}

/**
 * One source's fetch, its requests throttled by the shared limit. The timeout covers the source's whole
 * fetch except the time it waits queued for a slot while none of its requests is running.
 */
async function fetchWithin(
  source: Source,
  cursor: SourceCursor | null,
  deps: ScanDeps,
  limit: LimitFunction,
) {
  const deadline = new Deadline(deps.timeoutSeconds * 1000);
  let active = 0;
  const throttle = <T>(request: () => Promise<T>): Promise<T> => {
    if (active === 0) deadline.pause();
    return limit(async () => {
      active++;
      deadline.run();
      try {
        return await request();
      } finally {
        active--;
      }
    });
  };
  const context: SourceContext = {
    ...deps.context,
    fetch: (input, init) => throttle(() => deps.context.fetch(input, init)),
    throttle,
    signal: deadline.signal,
  };
  deadline.run();
  try {
    const message = `${source.name}: timed out after ${deps.timeoutSeconds}s`;
    return await withTimeout(source.fetch(context, cursor), deadline.signal, message);
  } finally {
    deadline.stop();
  }
}

/** Rejects when the signal aborts, even if a source ignores it. */
function withTimeout<T>(work: Promise<T>, signal: AbortSignal, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error(`${message}; raise timeout in the config or check the server`));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? new Error(`${message}; raise timeout in the config or check the server`) : e);
      },
    );
  });
}
