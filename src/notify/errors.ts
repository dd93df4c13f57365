/** The one error a channel raises when a message could not be delivered. */

/** A failed delivery; `retryable` is false when trying again in this run cannot help (a 400, a bad login). */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A thrown value's message with its cause (`fetch failed` alone says nothing), on one line. */
export function describeError(err: unknown): string {
  const e = err as { message?: unknown; cause?: { message?: unknown; code?: unknown } } | undefined;
  let text = typeof e?.message === 'string' ? e.message : String(err);
  const cause = e?.cause;
  if (cause && typeof cause.message === 'string' && !text.includes(cause.message)) {
    text += ` (${cause.message})`;
  } else if (cause && typeof cause.code === 'string' && !text.includes(cause.code)) {
    text += ` (${cause.code})`;
  }
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Builds a function that replaces every secret in a text with `[redacted]`, longest secret first. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const sorted = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const s of sorted) out = out.split(s).join('[redacted]');
    return out;
  };
}
