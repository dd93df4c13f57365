/** Reads records written by `export` (JSON array or NDJSON) back into mentions, checking each field. */
import type { AnsweredBy, MentionStatus } from '../mention.js';
import { MENTION_STATUSES } from '../mention.js';
import type { NewMention } from '../store/mention-rows.js';
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
  text.split('\n').forEach((line, i) => {
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

/** Checks one exported record and turns it into a mention to insert. */
export function recordToMention(value: unknown, where: string): NewMention {
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
  const num = (field: string): number | null => {
    const v = r[field];
    if (v === undefined || v === null) return null;
    return typeof v === 'number' && Number.isFinite(v) ? v : fail(field, 'a number');
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
  const reasons = r.reasons ?? [];
  if (!Array.isArray(reasons) || reasons.some((x) => typeof x !== 'string'))
    fail('reasons', 'a list of text values');
  const url = text('url');
  const id = num('id');
  return {
    id: id !== null && Number.isInteger(id) && id > 0 ? id : undefined,
    source: text('source', true) as string,
    sourceType: text('sourceType') ?? 'import',
    externalId: text('externalId') ?? url ?? fail('externalId', 'a text value (or a url)'),
    brand: text('brand'),
    url,
    canonicalUrl: url ? (canonicalUrl(url) ?? null) : null,
    author: text('author'),
    authorName: text('authorName'),
    authorFollowers: num('authorFollowers'),
    lang: text('lang'),
    threadId: text('threadId'),
    title: text('title'),
    text: text('text') ?? '',
    createdAt: time('createdAt', true) as Date,
    firstSeenAt: time('firstSeenAt') ?? (time('createdAt', true) as Date),
    complaint: r.complaint === true,
    complaintScore: num('complaintScore') ?? 0,
    severity: num('severity'),
    personalData: list('personalData'),
    language: text('language'),
    reasons: reasons as string[],
    question: r.question === true,
    status,
    answeredAt: time('answeredAt'),
    answeredBy,
    note: text('note'),
    rating: num('rating'),
    reach: num('reach'),
  };
}
