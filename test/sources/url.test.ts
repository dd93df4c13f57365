import { canonicalUrl, unwrapGoogleRedirect } from '../../src/sources/url.js';
import { redactUrl } from '../../src/redact.js';

describe('unwrapGoogleRedirect', () => {
  test.each([
    // Google Alerts form: target left unencoded between `url=` and the next `&`.
    [
      'https://www.google.com/url?rct=j&sa=t&url=https://investorplace.com/2019/07/slack-stock-truly-compelling/&ct=ga&cd=CAIy&usg=AFQ',
      'https://investorplace.com/2019/07/slack-stock-truly-compelling/',
    ],
    // Search-result form: percent-encoded target in `q=`.
    ['https://www.google.com/url?q=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1&sa=D', 'https://example.com/a?b=1'],
    ['https://google.co.uk/url?url=http%3A%2F%2Fexample.org%2F', 'http://example.org/'],
    // `+` in an unencoded target is part of the path, not a space.
    ['https://www.google.com/url?url=https://example.com/c++/&ct=ga', 'https://example.com/c++/'],
    // Not a redirect, or no usable target: unchanged.
    ['https://www.google.com/search?q=acme', 'https://www.google.com/search?q=acme'],
    [
      'https://www.google.com/url?url=javascript:alert(1)',
      'https://www.google.com/url?url=javascript:alert(1)',
    ],
    ['https://evil.example/url?url=https://x.test/', 'https://evil.example/url?url=https://x.test/'],
    ['not a url', 'not a url'],
  ])('%s', (input, expected) => {
    expect(unwrapGoogleRedirect(input)).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  test.each([
    ['HTTPS://Example.COM/Path?a=1#frag', 'https://example.com/Path?a=1'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com/a?utm_source=x&utm_medium=y', 'https://example.com/a'],
    ['https://example.com/a?b=2&utm_campaign=z&a=1', 'https://example.com/a?b=2&a=1'],
    ['https://example.com/a?UTM_Source=x&id=7', 'https://example.com/a?id=7'],
    [
      'https://example.com/?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6&yclid=7&_hsenc=8&_hsmi=9&keep=yes',
      'https://example.com/?keep=yes',
    ],
    // Kept parameters keep their original encoding.
    ['https://example.com/s?q=a%20b&x=%2F', 'https://example.com/s?q=a%20b&x=%2F'],
    ['https://user:secret@example.com/a', 'https://example.com/a'],
    [
      'https://www.google.com/url?rct=j&sa=t&url=https://Example.com/story?id=5%26utm_source%3Dga&ct=ga',
      'https://example.com/story?id=5%26utm_source%3Dga',
    ],
    [
      'https://www.google.com/url?q=https%3A%2F%2Fexample.com%2Fa%3Futm_source%3Dx%26id%3D9&sa=D',
      'https://example.com/a?id=9',
    ],
    ['ftp://example.com/file', undefined],
    ['mailto:someone@example.com', undefined],
    ['/relative/path', undefined],
    ['', undefined],
  ])('%s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
});

describe('redactUrl', () => {
  test.each([
    ['https://user:pass@feeds.example.com/rss?token=s3cret#x', 'https://feeds.example.com/rss'],
    ['http://127.0.0.1:8080/feed.xml', 'http://127.0.0.1:8080/feed.xml'],
    ['garbage?token=1', 'garbage'],
    // Unparseable (port out of range): the user and password still go.
    ['http://bob:s3cret@127.0.0.1:99999/feed.xml?k=1', 'http://127.0.0.1:99999/feed.xml'],
    ['http://dave:p@ss@host:99999/f', 'http://host:99999/f'],
    // A URL without a path is shown as written.
    ['ftp://x', 'ftp://x'],
    ['https://example.com?token=1', 'https://example.com'],
    ['https://example.com/', 'https://example.com/'],
  ])('%s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});
