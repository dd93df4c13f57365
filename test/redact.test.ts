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
