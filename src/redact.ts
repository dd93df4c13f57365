/** Scrubbing secrets (tokens, passwords, keys) from text meant for output, logs or the database. */

/**
 * A function that replaces every secret in a text with `[redacted]`, longest secret first, as written
 * or percent-encoded. Case is ignored: an error message that lowercases what it quotes ("bearer
 * eaag…") must not leak the token.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  // A secret may be quoted as it went into a URL ("Tok%7Ben%7D"), percent-encoded.
  const forms = secrets.flatMap((s) => [s, encodeURIComponent(s)]);
  const sorted = [...new Set(forms)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  const escaped = sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'gi');
  return (text) => text.replace(pattern, '[redacted]');
}

/** A URL safe to print in messages: no userinfo, query or fragment (they may carry tokens). */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Unparseable (a port out of range, say): still drop the query and any `user:password@`.
    return url.replace(/[?#].*$/s, '').replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/]*@/i, '$1');
  }
  // "https://host" stays as written, not "https://host/".
  const bare = parsed.pathname === '/' && !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(url);
  return `${parsed.protocol}//${parsed.host}${bare ? '' : parsed.pathname}`;
}
