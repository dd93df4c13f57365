/** The words of a spike: content words, lowercased, without stop words or the brand's own words. */
import { brandWords, topWords, wordsOf } from '../../src/crisis/words.js';

const ACME = { name: 'Acme', keywords: ['acme cloud', '#acmefail'], handles: { twitter: 'acmehelp' } };

test('words are lowercased, without URLs, handles, hashtags marks or apostrophes', () => {
  expect(wordsOf("@AcmeHelp Can't LOGIN #AcmeFail https://t.co/abc")).toEqual(['cant', 'login', 'acmefail']);
});

test("the brand's name, keyword words and handles are excluded", () => {
  expect([...brandWords(ACME)].sort()).toEqual(['acme', 'acme cloud', 'acmefail', 'acmehelp', 'cloud']);
});

test.each([
  [
    ['the app is down', 'app down again', 'down down down'],
    ['down', 'app'],
  ],
  [
    ['Acme Cloud outage', 'acme cloud outage in EU', '#acmefail outage'],
    ['outage', 'eu'],
  ],
  [['please help, I need my refund', 'still no refund!!', 'refund? hello?'], ['refund']],
  [
    ['a b c d e f g h', 'zebra yak xylophone wolf vole unicorn'],
    ['unicorn', 'vole', 'wolf', 'xylophone', 'yak'],
  ],
  [
    ['login fails', 'LOGIN FAILS', 'Login page blank', 'checkout error', 'checkout error', 'payment error'],
    ['error', 'login', 'checkout', 'fails', 'blank'],
  ],
])('top words of %j are %j', (texts, expected) => {
  expect(topWords(texts, brandWords(ACME))).toEqual(expected);
});

test('each complaint counts a word once, so one rant cannot outvote many voices', () => {
  const texts = ['broken broken broken broken broken', 'billing wrong', 'billing wrong again'];
  expect(topWords(texts, new Set())).toEqual(['billing', 'wrong', 'broken']);
});
