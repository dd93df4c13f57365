/**
 * Character n-gram weights summed word by word and remembered, so that a common word is hashed once
 * rather than in every text it appears in. Training reads the n-grams themselves (`charBuckets`).
 */
import { CHAR_BUCKETS, type FeatureConfig } from './features.js';
import { isWordToken, tokenCharHashes } from './text.js';

/** Words remembered at most: past it the memo starts again, so a stream of new words cannot grow it. */
const MAX_WORDS = 100_000;
const scratch: number[] = [];
// V8 copies a cut-out string shorter than this; a longer one keeps the string it was cut from alive.
const LONG_WORD = 13;

/** The summed character n-gram weights of words, for one model's weights and configuration. */
export class CharSums {
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly config: FeatureConfig,
    /** Weight by bucket, already multiplied by the feature value. */
    private readonly weights: Float32Array,
  ) {}

  /** How many words are remembered. */
  get remembered(): number {
    return this.memo.size;
  }

  /** The sum over `words` (repeats counting each time, as in training) of their n-grams' weights. */
  total(words: readonly string[]): number {
    if (this.config.charMin <= 0) return 0;
    let c = 0;
    for (const word of words) if (isWordToken(word)) c += this.of(word);
    return c;
  }

  private of(word: string): number {
    // Long words are rare and mostly seen once; and V8 keeps a long word cut from a text pointing into
    // that text, so remembering it would keep the whole text alive.
    if (word.length >= LONG_WORD) return this.sum(word);
    let w = this.memo.get(word);
    if (w !== undefined) return w;
    w = this.sum(word);
    if (this.memo.size >= MAX_WORDS) this.memo.clear();
    this.memo.set(word, w);
    return w;
  }

  private sum(word: string): number {
    scratch.length = 0;
    tokenCharHashes(word, this.config.charMin, this.config.charMax, CHAR_BUCKETS - 1, scratch);
    let w = 0;
    for (const bucket of scratch) w += this.weights[bucket];
    return w;
  }
}
