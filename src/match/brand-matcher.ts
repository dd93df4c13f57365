/** Decides which brand a text mentions: keywords and phrases as whole words, handles, exclusions. */
import type { BrandConfig } from '../sources/registry-types.js';

/** A compiled brand query. */
export interface BrandMatcher {
  brand: string;
  /** The keyword or handle that matched, or undefined when the text is not a mention (or is excluded). */
  match(text: string): string | undefined;
  /** Whether the text holds one of the brand's exclusions (for texts a source already ties to it). */
  excluded(text: string): boolean;
}

// Chinese, Japanese, Korean and Thai run words together ("REALITYのバグ", "Reality内のゲーム"): their
// letters (and the long-vowel mark ー) do not continue a keyword, so a brand touching them still matches.
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}\\u30FC\\uFF70';
const WORD = `(?:(?![${UNSPACED}])[\\p{L}\\p{N}_])`;

/** Escapes a term for a regular expression; spaces inside a phrase match any run of white space. */
function termPattern(term: string): string {
  return term
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** Whole-word, case-insensitive alternation of terms; `#tag` and `@handle` keep their sigil. */
function compile(terms: string[]): RegExp | undefined {
  const parts = terms.filter((t) => t.trim() !== '').map(termPattern);
  if (parts.length === 0) return undefined;
  return new RegExp(`(?<!${WORD})(?:${parts.join('|')})(?!${WORD})`, 'iu');
}

/** Compiles one brand's keywords, handles and exclusions. */
export function compileBrand(brand: BrandConfig): BrandMatcher {
  const handles = Object.values(brand.handles).map((h) => `@${h}`);
  const include = compile([...brand.keywords, ...handles]);
  const exclude = compile(brand.exclude);
  return {
    brand: brand.name,
    match(text: string): string | undefined {
      if (!include) return undefined;
      const m = include.exec(text);
      if (!m) return undefined;
      if (exclude && exclude.test(text)) return undefined;
      return m[0];
    },
    excluded: (text) => exclude !== undefined && exclude.test(text),
  };
}

/** Finds the first brand (in config order) that a text mentions. */
export function matchBrand(matchers: BrandMatcher[], text: string): BrandMatcher | undefined {
  return matchers.find((m) => m.match(text) !== undefined);
}
