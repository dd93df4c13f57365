/** URL helpers for feed entries: Google redirect unwrapping and the canonical form for de-duplication. */
import { httpUrl } from '../config/urls.js';

// Click-tracking parameters that never change what a page shows; dropping them lets the same article
// found through two campaigns collapse to one canonical URL.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref_src',
  'yclid',
  '_hsenc',
  '_hsmi',
]);

const GOOGLE_HOST = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

/** The raw (still percent-encoded) value of the first query parameter called `name`, if any. */
function rawParam(search: string, name: string): string | undefined {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return undefined;
}

/** The target of a `https://www.google.com/url?...&url=TARGET` (or `q=TARGET`) redirect; other URLs unchanged. */
export function unwrapGoogleRedirect(url: string): string {
  const parsed = httpUrl(url);
  if (!parsed || parsed.pathname !== '/url' || !GOOGLE_HOST.test(parsed.hostname)) return url;
  for (const name of ['url', 'q']) {
    const raw = rawParam(parsed.search, name);
    if (raw === undefined) continue;
    // Google Alerts leaves the target unencoded (`url=https://host/a+b`); decoding it would turn `+` into
    // a space or break on a stray `%`, so only decode values that are visibly encoded as a whole.
    let target = raw;
    if (/^https?%3A/i.test(raw)) {
      try {
        target = decodeURIComponent(raw.replace(/\+/g, '%20'));
      } catch {
        continue;
      }
    }
    if (httpUrl(target)) return target;
  }
  return url;
}

function isTrackingParam(pair: string): boolean {
  const eq = pair.indexOf('=');
  let name = eq === -1 ? pair : pair.slice(0, eq);
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed name is kept as written; it is certainly not one we recognise.
  }
  name = name.toLowerCase();
  return name.startsWith('utm_') || TRACKING_PARAMS.has(name);
}

/**
 * The form of a URL used to spot the same page twice: Google redirect unwrapped, scheme and host lowercased,
 * no userinfo, default port, fragment or tracking parameters; other parameters kept in order and encoding.
 * Undefined when the input is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string): string | undefined {
  const parsed = httpUrl(unwrapGoogleRedirect(url));
  if (!parsed) return undefined;
  // Work on the raw query string: URLSearchParams would re-encode the parameters we keep.
  const query = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(pair))
    .join('&');
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ''}`;
}
