/** Reads records written by `export` (JSON array or NDJSON) back into mentions, checking each field. */
import type { AnsweredBy, MentionStatus } from '../mention.js';
import { MENTION_STATUSES } from '../mention.js';
import type { ImportedMention } from '../store/import.js';
import type { StatusEvent } from '../store/mentions.js';
import { canonicalUrl } from '../sources/url.js';
import { UsageError } from '../errors.js';

/** Splits a file's text into records with the line they start on (NDJSON) or their index (JSON). */
export function parseRecordText(text: string, file: string): { where: string; value: unknown }[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (err) {
      throw new UsageError(
        `${file}: not valid JSON (${(err as Error).message}); import reads files written by export`,
      );
    }
    return (parsed as unknown[]).map((value, i) => ({ where: `${file}: record ${i + 1}`, value }));
  }
  const out: { where: string; value: unknown }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        out.push({ where: `${file}:${i + 1}`, value: JSON.parse(line) });
      } catch {
        throw new UsageError(
          `${file}:${i + 1}: not a JSON object; import reads NDJSON or JSON written by export`,
        );
      }
    });
  return out;
}

/**
 * Checks one exported record and turns it into a mention to insert: every field of the right type and
 * range, and the status consistent with the answer time, so an import can never store a mention that
 * `list`, `check` or `stats` would misread.
 */
export function recordToMention(value: unknown, where: string): ImportedMention {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${where}: expected a JSON object`);
  }
  const r = value as Record<string, unknown>;
  const fail = (field: string, expected: string): never => {
    throw new UsageError(`${where}: ${field}: expected ${expected}`);
  };
  const text = (field: string, required = false): string | null => {
    const v = r[field];
    if (v === undefined || v === null) return required ? fail(field, 'a text value') : null;
    return typeof v === 'string' ? v : fail(field, 'a text value');
  };
  const time = (field: string, required = false): Date | null => {
    const v = r[field];
    if (v === undefined || v === null) return required ? fail(field, 'an ISO 8601 time') : null;
    const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
    return Number.isNaN(d.getTime()) ? fail(field, 'an ISO 8601 time') : d;
  };
  const num = (field: string, min: number, max: number, integer: boolean): number | null => {
    const v = r[field];
    if (v === undefined || v === null) return null;
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
    if (ok && (!integer || Number.isInteger(v))) return v;
    const what = integer ? 'a whole number' : 'a number';
    return fail(field, max === Infinity ? `${what} of at least ${min}` : `${what} from ${min} to ${max}`);
  };
  const flag = (field: string): boolean => {
    const v = r[field];
    if (v === undefined || v === null) return false;
    return typeof v === 'boolean' ? v : fail(field, 'true or false');
  };
  const list = (field: string): string[] => {
    const v = r[field] ?? [];
    return Array.isArray(v) && v.every((x) => typeof x === 'string')
      ? (v as string[])
      : fail(field, 'a list of text values');
  };
  const status = (r.status ?? 'open') as MentionStatus;
  if (!MENTION_STATUSES.includes(status)) fail('status', MENTION_STATUSES.join(' or '));
  const answeredBy = (r.answeredBy ?? null) as AnsweredBy | null;
  if (answeredBy !== null && answeredBy !== 'auto' && answeredBy !== 'manual')
    fail('answeredBy', 'auto, manual or null');
  // Times are taken as stored: a source's clock may date a post ahead of ours, or its reply before it,
  // and a backup must restore whatever the database held.
  const createdAt = time('createdAt', true) as Date;
  const answeredAt = time('answeredAt');
  if (status === 'answered' && answeredAt === null) fail('answeredAt', 'a time, as the status is answered');
  if (status !== 'answered' && answeredAt !== null) fail('answeredAt', `null, as the status is ${status}`);
  const complaint = flag('complaint');
  const severity = num('severity', 1, 4, true);
  if (severity !== null && !complaint) fail('severity', 'null, as the mention is not a complaint');
  const url = text('url');
  const id = num('id', 1, Number.MAX_SAFE_INTEGER, true);
  const history = r.history === undefined || r.history === null ? undefined : readHistory(r.history, fail);
  return {
    id: id ?? undefined,
    source: text('source', true) as string,
    sourceType: text('sourceType') ?? 'import',
    externalId: text('externalId') ?? url ?? fail('externalId', 'a text value (or a url)'),
    brand: text('brand'),
    url,
    canonicalUrl: url ? (canonicalUrl(url) ?? null) : null,
    author: text('author'),
    authorName: text('authorName'),
    authorFollowers: num('authorFollowers', 0, Infinity, true),
    lang: text('lang'),
    threadId: text('threadId'),
    title: text('title'),
    text: text('text', true) as string,
    createdAt,
    firstSeenAt: time('firstSeenAt') ?? createdAt,
    complaint,
    complaintScore: num('complaintScore', 0, 1, false) ?? 0,
    severity,
    personalData: list('personalData'),
    language: text('language'),
    reasons: list('reasons'),
    question: flag('question'),
    status,
    answeredAt,
    answeredBy: status === 'answered' ? (answeredBy ?? 'manual') : null,
    note: text('note'),
    rating: num('rating', 1, 5, false),
    reach: num('reach', 0, Infinity, false),
    ...(history ? { history } : {}),
  };
}

/** The `history` that `export --history` writes: status changes with their time, who and a note. */
function readHistory(value: unknown, fail: (field: string, expected: string) => never): StatusEvent[] {
  const expected = `a list of {status, at, by, note} (status ${MENTION_STATUSES.join(', ')}; at an ISO 8601 time; by auto or manual)`;
  if (!Array.isArray(value)) return fail('history', expected);
  return value.map((e: unknown) => {
    const event = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const at = typeof event.at === 'string' ? new Date(event.at) : new Date(NaN);
    const note = event.note ?? null;
    const ok =
      MENTION_STATUSES.includes(event.status as MentionStatus) &&
      !Number.isNaN(at.getTime()) &&
      (event.by === 'auto' || event.by === 'manual') &&
      (note === null || typeof note === 'string');
    if (!ok) return fail('history', expected);
    return { status: event.status as MentionStatus, at, by: event.by as string, note: note as string | null };
  });
}
