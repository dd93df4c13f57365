/**
 * Character n-gram weights summed word by word and remembered, so that a common word is hashed once
 * rather than in every text it appears in. Training reads the n-grams themselves (`charBuckets`).
 */
import { CHAR_BUCKETS, type FeatureConfig } from './features.js';
import { isWordToken, tokenCharHashes } from './text.js';

/** Words remembered at most: past it the memo starts again, so a stream of new words cannot grow it. */
const MAX_WORDS = 100_000;
const scratch: number[] = [];

/** The summed character n-gram weights of words, for one model's weights and configuration. */
export class CharSums {
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly config: FeatureConfig,
    /** Weight by bucket, already multiplied by the feature value. */
    private readonly weights: Float32Array,
  ) {}

  /** The sum over `words` (repeats counting each time, as in training) of their n-grams' weights. */
  total(words: readonly string[]): number {
    if (this.config.charMin <= 0) return 0;
    let c = 0;
    for (const word of words) if (isWordToken(word)) c += this.of(word);
    return c;
  }

  private of(word: string): number {
    let w = this.memo.get(word);
    if (w !== undefined) return w;
    scratch.length = 0;
    tokenCharHashes(word, this.config.charMin, this.config.charMax, CHAR_BUCKETS - 1, scratch);
    w = 0;
    for (const bucket of scratch) w += this.weights[bucket];
    if (this.memo.size >= MAX_WORDS) this.memo.clear();
    this.memo.set(word, w);
    return w;
  }
}
