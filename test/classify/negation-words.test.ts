import { NOT_CORE } from '../../src/classify/negation-words.js';
import { oneOf } from '../../src/classify/word-lists.js';
import { NEGATORS, sentimentHits } from '../../src/classify/lexicon.js';
import { plainComplaint } from '../../src/classify/plain-complaints.js';
import { extractFeatures } from '../../src/classify/features.js';

test('oneOf makes a whole-word alternation group', () => {
  expect(oneOf(' not  never ')).toBe('(?:not|never)');
  expect(new RegExp(`^${oneOf(NOT_CORE)}$`).test('wasnt')).toBe(true);
});

test('the lexicon negates with the core and its own additions', () => {
  for (const word of NOT_CORE.split(' ')) expect(NEGATORS.has(word)).toBe(true);
  expect(sentimentHits(['nobody', 'helpful']).negative).toEqual(['nobody helpful']);
});

test('a review event is denied by the core but not by "no" ("no joke, sent it back")', () => {
  const label = (text: string) => plainComplaint(extractFeatures(text));
  expect(label('no joke, sent it back')).toBe('warns others off');
  expect(label('the buttons fell off')).toBe('faulty product');
  expect(label('the buttons never fell off')).toBeUndefined();
});
