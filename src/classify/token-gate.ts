/**
 * Which of several patterns a text may match, from the tokens each needs: one map lookup per token
 * instead of a regex scan per pattern. Used by the complaint cues and the plain complaint phrases.
 */

// A letter outside ASCII inside a token is a word boundary to the patterns (their \b and \w are ASCII):
// "cafébroken" holds "broken" for them, so such tokens are looked up piece by piece as well.
// Anything but printable ASCII (tokens hold no control characters).
const NON_ASCII = /[^ -~]/;
const NON_ASCII_RUN = /[^a-z]+/;

/** The patterns' needed tokens, by pattern number; "word*" stands for any token starting with "word". */
export class TokenGate {
  private readonly byToken = new Map<string, number[]>();
  private readonly prefixes: { prefix: string; at: number }[] = [];
  /** For each pattern, the number of the last text with a token it needs (compared with `texts`). */
  private readonly marked: number[];
  private texts = 0;

  constructor(needs: readonly (readonly string[])[]) {
    needs.forEach((words, at) => {
      for (const word of words) {
        if (word.endsWith('*')) this.prefixes.push({ prefix: word.slice(0, -1), at });
        else this.byToken.set(word, [...(this.byToken.get(word) ?? []), at]);
      }
    });
    this.marked = new Array<number>(needs.length).fill(0);
  }

  /**
   * Marks the patterns whose needed tokens the text holds (`tokenString` is the tokens joined by
   * spaces); `open` then answers for this text, until the next call. Returns whether any is open.
   */
  mark(tokens: readonly string[], tokenString: string): boolean {
    this.texts++;
    let any = false;
    for (const token of tokens) any = this.markToken(token) || any;
    if (NON_ASCII.test(tokenString)) {
      for (const token of tokens) {
        if (!NON_ASCII.test(token)) continue;
        for (const piece of token.split(NON_ASCII_RUN)) any = this.markToken(piece) || any;
      }
    }
    return any;
  }

  /** Marks the patterns one token may be needed by; whether there were any. */
  private markToken(token: string): boolean {
    const found = this.byToken.get(token);
    let any = found !== undefined;
    if (found !== undefined) for (const at of found) this.marked[at] = this.texts;
    for (const p of this.prefixes) {
      if (token.startsWith(p.prefix)) {
        this.marked[p.at] = this.texts;
        any = true;
      }
    }
    return any;
  }

  /** Whether pattern `at` may match the text last marked. */
  open(at: number): boolean {
    return this.marked[at] === this.texts;
  }
}

/** Whether any of the tokens is in the set. */
export function hasAny(tokens: readonly string[], set: ReadonlySet<string>): boolean {
  for (const t of tokens) if (set.has(t)) return true;
  return false;
}
