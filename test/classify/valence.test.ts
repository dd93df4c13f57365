import { describe, expect, it } from '@jest/globals';
import { extractFeatures } from '../../src/classify/features.js';
import { valenceOf } from '../../src/classify/valence.js';
import { normalise, tokenise } from '../../src/classify/text.js';

const valence = (text: string) => valenceOf(tokenise(normalise(text)));

describe('valenceOf', () => {
  it('sums positive and negative word valences from the VADER lexicon', () => {
    const v = valence('Terrible service, but the staff were nice');
    expect(v.negative).toBeGreaterThan(0);
    expect(v.positive).toBeGreaterThan(0);
    expect(v.min).toBeGreaterThan(v.max);
  });

  it('flips a negated word ("not good") and strengthens a boosted one ("really bad")', () => {
    expect(valence('good').compound).toBeGreaterThan(0);
    expect(valence('not good').compound).toBeLessThan(0);
    expect(valence('really bad').negative).toBeGreaterThan(valence('bad').negative);
    expect(valence('slightly bad').negative).toBeLessThan(valence('bad').negative);
  });

  it('finds nothing in neutral text', () => {
    expect(valence('where is the store')).toEqual({
      positive: 0,
      negative: 0,
      max: 0,
      min: 0,
      compound: 0,
    });
  });

  it('reads emoticons, including ones with a backslash', () => {
    expect(valence(':(').negative).toBeGreaterThan(0);
    expect(valence('meh :\\').negative).toBeGreaterThan(0);
  });
});

describe('valence features', () => {
  it('adds "v:" features to texts with sentiment words only', () => {
    const keys = [...extractFeatures('@brand the update is awful').values.keys()];
    expect(keys).toEqual(expect.arrayContaining(['v:negative', 'v:most negative', 'v:compound negative']));
    expect(
      [...extractFeatures('@brand where is the store').values.keys()].some((k) => k.startsWith('v:')),
    ).toBe(false);
  });
});
