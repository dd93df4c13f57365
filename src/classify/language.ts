/**
 * Cheap language identification, so that `classify` can say when it scores a text it was not trained on:
 * the writing system first (CJK, Cyrillic, Arabic …), then stop-word profiles for Latin-script languages.
 */

/** Languages told apart by stop words; English first, so that it wins ties. */
const PROFILES: Record<string, string> = {
  en: 'the and is are was were to of in it my you for this that with have has not on be your i me we what why how just they been would can dont im its at from but all',
  es: 'el la los las del que por para una es muy pero mi su y se lo con sin más mas está esta hay gracias hola ya yo tengo nada porque como desde cuando también todo hace donde',
  fr: 'le la les des du un une et est je pas que qui pour dans sur avec mais mon ma mes vous nous il elle ce cette ne très merci bonjour toujours depuis ai suis au aux sont été',
  de: 'der die das und ist nicht ich mit auf ein eine sie wir den dem zu von für bei noch auch schon kein keine mein meine sich wie aber oder danke bitte wurde seit habe hat',
  it: 'il di che non è la una del della sono ho ma mi con grazie questo anche perché gli lo ci ancora molto da sul nel alla ciao sempre come',
  pt: 'os não nao uma um com para por que é e do da dos das em na mas meu minha obrigado obrigada você voce isso está sem ainda foi já tem muito pelo pela ninguém',
  nl: 'de het een en van ik niet dat op te met voor zijn maar je wij geen nog bij ook heb naar mijn bedankt dank wel hoe waarom kan er',
  pl: 'w z na nie się że jest co jak ale mnie mój moja moje już jeszcze tylko bardzo dla przez po od czy tak są było być nic dalej temu ten kiedy gdzie dziękuję proszę mam nikt',
  tr: 've bir bu için ile ama çok hala hâlâ gibi daha ne neden nasıl ben biz hiç yok var mı mi değil kadar sonra teşekkürler lütfen kimse',
  sv: 'och att det är som ett på med för inte jag har till av om men vi ni min mitt mina ingen tack hej varför hur när',
  fi: 'ja on ei se että en ole oli mutta kun niin vielä minun minä sinä tämä mitään kukaan kiitos miksi miten missä vieläkään',
};
// Words several profiles share (and "die", "was" …, which English has too) were left out above where they
// would tip English texts; "de", "la", "que" stay because English rarely uses them.

const WORDS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(PROFILES)) {
  for (const w of list.split(' ')) WORDS.set(w, [...(WORDS.get(w) ?? []), lang]);
}

/** Letters that only some Latin-script languages use, worth one stop word each. */
const LETTER_HINTS: [RegExp, string][] = [
  [/[ñ¿¡]/i, 'es'],
  [/ß/, 'de'],
  [/[ãõ]/i, 'pt'],
  [/[œ]/i, 'fr'],
  [/[ąęłśźżń]/i, 'pl'],
  [/[ğış]/i, 'tr'],
  [/[å]/i, 'sv'],
];

const ANY_HINT_RE = new RegExp(LETTER_HINTS.map(([re]) => re.source).join('|'), 'i');

/** Scripts by code-point range, with the language each most likely means on social media. */
const SCRIPTS: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'], // Hiragana, Katakana
  [0xac00, 0xd7af, 'ko'], // Hangul syllables
  [0x1100, 0x11ff, 'ko'],
  [0x4e00, 0x9fff, 'zh'], // CJK ideographs (Japanese when kana appear too)
  [0x3400, 0x4dbf, 'zh'],
  [0x0400, 0x04ff, 'ru'], // Cyrillic
  [0x0600, 0x06ff, 'ar'], // Arabic
  [0x0590, 0x05ff, 'he'],
  [0x0370, 0x03ff, 'el'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0900, 0x097f, 'hi'], // Devanagari
  [0x0980, 0x09ff, 'bn'],
  [0x0b80, 0x0bff, 'ta'],
  [0x10a0, 0x10ff, 'ka'],
  [0x0530, 0x058f, 'hy'],
];

/** Any character of the scripts above: most texts have none, and then no character needs counting. */
const SCRIPT_CHAR_RE = new RegExp(
  `[${SCRIPTS.map(([lo, hi]) => `\\u${lo.toString(16).padStart(4, '0')}-\\u${hi.toString(16).padStart(4, '0')}`).join('')}]`,
);

const URL_OR_HANDLE_RE = /\bhttps?:\/\/\S+|www\.\S+|[@#]\w+/g;
const NON_LETTERS_RE = /[^\p{L}]+/u;
const LETTER_START_RE = /^\p{L}/u;

/** The language of a script-dominated text, or undefined when Latin letters (or none) dominate. */
function scriptLanguage(text: string): string | undefined {
  if (!SCRIPT_CHAR_RE.test(text)) return undefined;
  let latin = 0;
  let other = 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x370) {
      const script = SCRIPTS.find(([lo, hi]) => c >= lo && c <= hi);
      if (script === undefined) continue;
      other++;
      counts.set(script[2], (counts.get(script[2]) ?? 0) + 1);
    }
  }
  if (other === 0 || other < latin / 2) return undefined;
  // Kana mark Japanese even when most characters are kanji; Ukrainian has letters Russian lacks.
  if (counts.has('ja')) return 'ja';
  let best = '';
  for (const [lang, n] of counts) if (best === '' || n > (counts.get(best) ?? 0)) best = lang;
  if (best === 'ru' && /[іїєґ]/i.test(text)) return 'uk';
  if (best === 'ar' && /[پچژگ]/.test(text)) return 'fa';
  return best;
}

/**
 * The ISO 639-1 code of a text's language: a script's language, or the Latin-script profile with the most
 * stop words. English unless another language clearly leads; `und` when nothing tells (no words, emoji).
 */
export function detectLanguage(text: string): string {
  // Links, handles and tags say nothing about the language.
  const plain = text.replace(URL_OR_HANDLE_RE, ' ').toLowerCase();
  return detectLanguageOfTokens(text, plain.split(NON_LETTERS_RE));
}

/** Like detectLanguage, from the lowercased tokens the classifier has already made of the text. */
export function detectLanguageOfTokens(text: string, tokens: readonly string[]): string {
  const script = scriptLanguage(text);
  if (script !== undefined) return script;
  const scores = new Map<string, number>();
  let words = 0;
  for (const word of tokens) {
    const first = word.charCodeAt(0);
    // Letters only: numbers, punctuation, emoji and the <url>/@user placeholders are not words here.
    if (!((first >= 97 && first <= 122) || (first >= 0xc0 && LETTER_START_RE.test(word)))) continue;
    words++;
    const langs = WORDS.get(word);
    if (langs) for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  if (words === 0) return 'und';
  // One scan for any hint letter; most texts have none and skip the per-language tests.
  if (ANY_HINT_RE.test(text)) {
    for (const [re, lang] of LETTER_HINTS) if (re.test(text)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const english = scores.get('en') ?? 0;
  let best = 'en';
  let bestScore = 0;
  for (const [lang, score] of scores)
    if (lang !== 'en' && score > bestScore) [best, bestScore] = [lang, score];
  // A foreign word or two ("gracias", "merci beaucoup") in an English text does not make it foreign.
  if (bestScore >= 2 && bestScore > english * 1.5) return best;
  // One foreign word and nothing else ("Chicago IL", "still nada") is too little to tell.
  return bestScore === 1 && english === 0 ? 'und' : 'en';
}

/** The reason `classify` puts first for a text not in English, or undefined for English and unknown. */
export function languageReason(language: string): string | undefined {
  return language === 'en' || language === 'und' ? undefined : `not English (${language}): scored as English`;
}
