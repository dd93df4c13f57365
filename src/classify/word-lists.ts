/** Word lists written as space-separated strings, as the classifier's rules keep them. */

/** A space-separated word list as a regex alternation group. */
export const oneOf = (words: string): string => `(?:${words.trim().split(/\s+/).join('|')})`;

/** A space-separated word list as a set, for token lookups. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
