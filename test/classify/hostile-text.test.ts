/**
 * Long hostile texts a stranger could post, each once read in quadratic time by a pattern (a hashtag run
 * ending in "-", a run of "?", a word with no "@", unclosed block or script tags, an author of "@"s).
 * They must come out right; that they come out fast is what `npm run bench` and the review measured.
 */
import { readByDefault } from '../../src/classify/addressed.js';
import { DEFAULT_FEATURES } from '../../src/classify/features.js';
import { emails, maskPersonalData } from '../../src/classify/personal-data.js';
import { questionForm } from '../../src/classify/question.js';
import { htmlToText } from '../../src/sources/html-text.js';
import { itemToMention } from '../../src/sources/rss.js';

const N = 40_000;

test('a long tag ending in "-" is no hashtag; one ending in letters is', () => {
  expect(readByDefault(`#${'a'.repeat(N)}-1`, DEFAULT_FEATURES).asPost).toBe(false);
  expect(readByDefault(`new kettle #${'a'.repeat(N)}`, DEFAULT_FEATURES).asPost).toBe(true);
  // The same rules as short tags: digits need a lowercase letter before them, numbers are no tags.
  expect(readByDefault('loving it #BlackFriday2024', DEFAULT_FEATURES).asPost).toBe(true);
  expect(readByDefault('see #AB1234', DEFAULT_FEATURES).asPost).toBe(false);
  expect(readByDefault('see #1abc', DEFAULT_FEATURES).asPost).toBe(false);
});

test('questions split after a run of "?" and "!" holding a "?"', () => {
  expect(questionForm(`${'?'.repeat(N)} where is my parcel?`)).not.toBeNull();
  expect(questionForm('why?! because I said so')).toBe('wh-question');
});

test('e-mail addresses are found where a run of address characters starts', () => {
  expect(emails('a'.repeat(N))).toEqual([]);
  expect(maskPersonalData(`${'1-'.repeat(N)} mail jo.b+x@example.co.uk`)).toContain('[hidden]');
  expect(emails('write to jo.b+x@example.co.uk or a@b.c@d.com').map((e) => e.key)).toEqual([
    'jo.b+x@example.co.uk',
    'b.c@d.com',
  ]);
});

test('unclosed block and script tags are removed or kept as before, however many', () => {
  // No ">" anywhere: nothing is a tag, and the text is kept as it was.
  expect(htmlToText(`${'<p '.repeat(N)}x`)).toBe(`${'<p '.repeat(N)}x`);
  expect(htmlToText(`a${'<script '.repeat(N / 8)}`)).toBe(`a${'<script '.repeat(N / 8)}`.trim());
  expect(htmlToText(`a${'<script>'.repeat(N / 8)}b`)).toBe('ab');
  expect(htmlToText('a<script>x</script>b<style>y</style>c<script>z')).toBe('a b cz');
  expect(htmlToText('a<p>b</p><div class="x">c</div>')).toBe('a b c');
});

test('an author made of "@"s is kept as it is; "mail (Name)" gives the name', () => {
  expect(itemToMention({ author: '@'.repeat(N), guid: '1' } as never)?.author).toBe('@'.repeat(N));
  expect(itemToMention({ author: 'jo@example.com (Jo Bloggs)', guid: '2' } as never)?.author).toBe(
    'Jo Bloggs',
  );
});
