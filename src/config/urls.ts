/** URL checks shared by the source and alert-channel settings. */

/** The URL when `text` is a well-formed http(s) URL (host present, port in range), else undefined. */
export function httpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : undefined;
}

/** The password of a `scheme://user:password@host/…` URL, as written and decoded; none without one. */
export function urlPasswords(text: string): string[] {
  const url = httpUrl(text);
  if (!url || url.password === '') return [];
  try {
    return [...new Set([url.password, decodeURIComponent(url.password)])];
  } catch {
    return [url.password];
  }
}
