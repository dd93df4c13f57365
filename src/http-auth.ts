/** Credentials written into a URL (`https://user:password@host/…`), sent the way curl and browsers send them. */

/**
 * Takes `user:password@` out of `url` (fetch refuses URLs holding them) and returns the Basic
 * Authorization header value they make, or undefined when the URL holds none.
 */
export function takeBasicAuth(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  const login = `${decoded(url.username)}:${decoded(url.password)}`;
  url.username = '';
  url.password = '';
  return `Basic ${Buffer.from(login).toString('base64')}`;
}

/** Percent-decoded, or as written when it is no valid escape ("50%off"). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
