import anyAscii from 'any-ascii';
import {
  abdArticles,
  compoundPrefixes,
  honorifics,
  particles,
  slashPrefixes,
  type WordScript,
} from './name-word-lists';
import { normaliseArabic } from './normalise-arabic';

/** One word of a name after transliteration; compounds keep the words they were joined from. */
export interface NameWord {
  readonly token: string;
  /** The words a compound was joined from ("abd", "allah"); empty for a plain word. */
  readonly parts: readonly string[];
  /** The script it was written in: honorifics and particles are recognised per script. */
  readonly script: WordScript;
}

const arabicLetter = /\p{Script=Arabic}/u;
const ethiopicLetter = /\p{Script=Ethiopic}/u;

function wordScript(word: string): WordScript {
  if (arabicLetter.test(word)) return 'arabic';
  return ethiopicLetter.test(word) ? 'ethiopic' : 'latin';
}

/** Splits on anything but letters, marks, digits, slashes (Ethiopian G/Mariam) and apostrophes. */
const wordSeparator = /[^\p{L}\p{M}\p{N}/'’ʼ`´]+/u;
const notAsciiAlnum = /[^a-z0-9]/g;

const arabicArticle = 'ال';
/** Names that begin with the letters ال without it being the article (Ilyas, Al-Yasa). */
const arabicArticleExceptions: ReadonlySet<string> = new Set(['الياس', 'اليسع']);
/** Arabic first halves of compounds: عبد (Abd), ابو (Abu, after alef folding). */
const arabicCompoundPrefixes: ReadonlySet<string> = new Set(['عبد', 'ابو']);

function joinArabicCompounds(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    if (arabicCompoundPrefixes.has(word) && next !== undefined) {
      joined.push(word + next);
      i += 1;
    } else joined.push(word);
  }
  return joined.map((word) =>
    word.startsWith(arabicArticle) && word.length >= 4 && !arabicArticleExceptions.has(word)
      ? word.slice(arabicArticle.length)
      : word,
  );
}

/** Transliterates one word; Ethiopian slash abbreviations become a compound or an honorific. */
function asciiWords(word: string): NameWord[] {
  const script = wordScript(word);
  const ascii = anyAscii(word).toLowerCase();
  if (!ascii.includes('/')) return [{ token: ascii.replace(notAsciiAlnum, ''), parts: [], script }];
  const compact = ascii.replace(notAsciiAlnum, '');
  if (honorifics[script].has(compact)) return [{ token: compact, parts: [], script }];
  const [head = '', ...rest] = ascii.split('/').map((piece) => piece.replace(notAsciiAlnum, ''));
  const tail = rest.join('');
  const expanded = slashPrefixes[head];
  if (expanded !== undefined && tail !== '') {
    return [{ token: expanded + tail, parts: [expanded, tail], script }];
  }
  return [head, ...rest].map((token) => ({ token, parts: [], script }));
}

/** Joins "abd allah", "abd el kader", "abou bakr", "gebre mariam" into one token. */
function joinCompounds(words: readonly NameWord[]): NameWord[] {
  const joined: NameWord[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word === undefined) continue;
    const next = words[i + 1];
    // Arabic compounds were joined before transliteration; ASCII prefixes are Latin or Ethiopic.
    if (word.script === 'arabic' || !compoundPrefixes.has(word.token) || next === undefined) {
      joined.push(word);
      continue;
    }
    const afterArticle = words[i + 2];
    const withArticle =
      word.token.startsWith('abd') && abdArticles.has(next.token) && afterArticle !== undefined;
    const pieces = withArticle ? [word, next, afterArticle] : [word, next];
    joined.push({
      token: pieces.map((piece) => piece.token).join(''),
      parts: pieces.flatMap((piece) => (piece.parts.length > 0 ? piece.parts : [piece.token])),
      script: word.script,
    });
    i += pieces.length - 1;
  }
  return joined;
}

/** True for an honorific or a particle of the script the word was written in. */
export function isDroppableWord(token: string, script: WordScript): boolean {
  return honorifics[script].has(token) || particles[script].has(token);
}

/** Every word of a name, compounds joined, honorifics and particles still in. */
export function nameWords(text: string): NameWord[] {
  const scriptWords = joinArabicCompounds(
    normaliseArabic(text)
      .split(wordSeparator)
      .filter((word) => word !== ''),
  );
  const words = scriptWords.flatMap(asciiWords).filter((word) => word.token !== '');
  return joinCompounds(words);
}

/** The words that count: honorifics and particles left out unless they are all there is. */
export function significantWords(words: readonly NameWord[]): readonly NameWord[] {
  const kept = words.filter((word) => !isDroppableWord(word.token, word.script));
  return kept.length > 0 ? kept : words;
}

/**
 * Tokens for comparing and searching a name written in any script: Arabic normalised, everything
 * transliterated to lower-case ASCII letters and digits (any-ascii), compounds joined, Arabic
 * article dropped, honorifics and particles left out when the text has other words.
 */
export function nameTokens(text: string): string[] {
  return significantWords(nameWords(text)).map((word) => word.token);
}
