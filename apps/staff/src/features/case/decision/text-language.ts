// Which of the letter languages (Finnish, Swedish, English) a caseworker's free text is written in, so the decision
// form can warn when the reasons would go into the letter in another language than the letter's.
//
// A small word-list detector, run in the browser as the caseworker types: the function words of each language
// (conjunctions, pronouns, auxiliaries, prepositions, postpositions) and a few words of the field, counted over the
// text, plus the letter å (Swedish only) and Finnish word forms (doubled vowels, case endings). Words shared by two of the languages ('on', 'en', 'i', 'de', 'se', 'in',
// 'a') are left out. It answers only when the text is long enough and one language clearly leads; otherwise null,
// so short or mixed text never raises a warning. Measured on the project's own fi/sv/en texts (test/
// text-language.test.ts): no text detected as the wrong language, and the large majority of texts of eight words
// or more detected. A general library (franc, with Finnish) would add about 113 KB gzip to the case page; franc-min
// has no Finnish.

import { type Language, languages } from '@tuki/domain';

export type TextLanguage = Language;

const words: Record<TextLanguage, readonly string[]> = {
  fi: [
    'ja',
    'ei',
    'että',
    'oli',
    'ole',
    'ovat',
    'olla',
    'ollut',
    'olet',
    'olen',
    'mutta',
    'tai',
    'kun',
    'jos',
    'joka',
    'jotka',
    'jonka',
    'joita',
    'myös',
    'vain',
    'sekä',
    'kuin',
    'niin',
    'nyt',
    'eikä',
    'koska',
    'tämä',
    'tämän',
    'tässä',
    'tästä',
    'siitä',
    'sitä',
    'sen',
    'sinun',
    'sinulle',
    'sinulla',
    'sinua',
    'hänen',
    'häntä',
    'mukaan',
    'kanssa',
    'jälkeen',
    'ennen',
    'kuitenkin',
    'vuoksi',
    'osalta',
    'asti',
    'saakka',
    'yli',
    'alle',
    'voi',
    'voit',
    'voida',
    'voidaan',
    'tulee',
    'pitää',
    'täytyy',
    'mitä',
    'miten',
    'missä',
    'kaikki',
    'hakemus',
    'hakemuksesi',
    'hakemuksen',
    'tukea',
    'tuki',
    'toimeentulotuki',
    'toimeentulotukea',
    'vuokra',
    'tulot',
    'menot',
    'päätös',
    'päätöksen',
    'kuukaudessa',
    'euroa',
    'liitteet',
    'tiliotteet',
    'huomioon',
    'otettu',
    'hyväksytty',
    'myönnetään',
    'lisäksi',
    'eli',
    'minä',
    'sinä',
    'hän',
  ],
  sv: [
    'och',
    'att',
    'det',
    'är',
    'som',
    'för',
    'med',
    'av',
    'till',
    'har',
    'inte',
    'den',
    'ett',
    'om',
    'på',
    'du',
    'din',
    'ditt',
    'dina',
    'dig',
    'vi',
    'jag',
    'kan',
    'ska',
    'skall',
    'eller',
    'men',
    'var',
    'från',
    'också',
    'när',
    'så',
    'efter',
    'över',
    'detta',
    'denna',
    'dessa',
    'vara',
    'varit',
    'blir',
    'blev',
    'hade',
    'sin',
    'sitt',
    'sina',
    'hon',
    'han',
    'vad',
    'hur',
    'vid',
    'utan',
    'eftersom',
    'därför',
    'enligt',
    'mellan',
    'inom',
    'alla',
    'bara',
    'även',
    'någon',
    'något',
    'inga',
    'ingen',
    'ansökan',
    'utkomststöd',
    'utkomststödet',
    'hyra',
    'hyran',
    'inkomster',
    'utgifter',
    'beslut',
    'beslutet',
    'beviljas',
    'månaden',
    'bilagor',
    'kontoutdrag',
    'beaktats',
    'godkänts',
    'dessutom',
    'dvs',
    'de',
    'dem',
    'deras',
  ],
  en: [
    'the',
    'and',
    'is',
    'of',
    'to',
    'that',
    'for',
    'you',
    'your',
    'has',
    'have',
    'not',
    'with',
    'be',
    'are',
    'was',
    'were',
    'this',
    'these',
    'those',
    'it',
    'its',
    'by',
    'from',
    'as',
    'or',
    'but',
    'which',
    'will',
    'been',
    'an',
    'at',
    'we',
    'our',
    'they',
    'their',
    'he',
    'she',
    'his',
    'her',
    'there',
    'what',
    'how',
    'when',
    'because',
    'therefore',
    'according',
    'between',
    'within',
    'all',
    'only',
    'also',
    'any',
    'no',
    'can',
    'must',
    'should',
    'would',
    'may',
    'after',
    'before',
    'into',
    'than',
    'application',
    'assistance',
    'rent',
    'income',
    'expenses',
    'decision',
    'granted',
    'month',
    'attachments',
    'statements',
    'account',
    'approved',
    'taken',
    'been',
    'such',
    'if',
    'who',
    'whose',
    'about',
    'more',
    'other',
    'each',
  ],
};

const lookup = new Map<string, TextLanguage>();
for (const language of languages) {
  for (const word of words[language]) {
    // A word in two lists says nothing: it is dropped from both.
    const other = lookup.get(word);
    if (other !== undefined && other !== language) lookup.set(word, 'ambiguous' as TextLanguage);
    else lookup.set(word, language);
  }
}

/**
 * Finnish word forms other languages hardly have: a doubled vowel (aa, ii, uu, yy, ää, öö) or, in a longer word, a
 * case ending (-ssa/-ssä, -stä, -lla/-llä, -lta/-ltä, -ksi) or -nen.
 */
const finnishForm = /(aa|ii|uu|yy|ää|öö)|^\p{L}{3,}(ssa|ssä|stä|lla|llä|lta|ltä|ksi|nen)$/u;

/** Fewer words than this: no answer. */
export const MIN_WORDS = 6;
/** Fewer marker words than this for the leading language: no answer. */
const MIN_HITS = 3;

/**
 * The language of `text`, or null when it cannot be told with confidence (short text, too few marker words, or no
 * language clearly ahead: the leader needs at least twice the score of the next).
 */
export function detectTextLanguage(text: string): TextLanguage | null {
  const tokens = text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}]+/u)
    .filter((token) => token !== '');
  if (tokens.length < MIN_WORDS) return null;
  const score: Record<TextLanguage, number> = { fi: 0, sv: 0, en: 0 };
  for (const token of tokens) {
    const language = lookup.get(token);
    if (language === 'fi' || language === 'sv' || language === 'en') score[language] += 1;
    else if (token.includes('å')) score.sv += 1;
    else if (finnishForm.test(token)) score.fi += 1;
  }
  const [first, second] = [...languages].sort((a, b) => score[b] - score[a]);
  if (first === undefined || second === undefined) return null;
  if (score[first] < MIN_HITS || score[first] < 2 * score[second]) return null;
  return first;
}
