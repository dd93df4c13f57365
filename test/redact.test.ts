import { redactor } from '../src/redact.js';

describe('redactor', () => {
  test('replaces every secret, longest first, whatever its case', () => {
    const redact = redactor(['EAAGsecretTOKEN', 'EAAG', 'p@ss.w*rd']);
    // An API that lowercases the message it quotes must not leak the token that way either.
    expect(redact('bearer eaagsecrettoken failed; EAAGsecretTOKEN again')).toBe(
      'bearer [redacted] failed; [redacted] again',
    );
    expect(redact('user bob:p@ss.w*rd@host')).toBe('user bob:[redacted]@host');
    expect(redact('p@ssXwrd is not it')).toBe('p@ssXwrd is not it');
  });

  test('with no secrets, text passes unchanged', () => {
    expect(redactor([])('anything')).toBe('anything');
    expect(redactor([''])('anything')).toBe('anything');
  });
});

test('a secret quoted as it went into a URL, percent-encoded, is hidden too', () => {
  const redact = redactor(['Tok{en}Se cret"1', 'AIza/Key+Val=ue']);
  expect(redact('http 500 from http://h/feeds/Tok%7Ben%7DSe%20cret%221/rss')).toBe(
    'http 500 from http://h/feeds/[redacted]/rss',
  );
  expect(redact('key=aiza%2fkey%2bval%3due failed')).toBe('key=[redacted] failed');
});
