/**
 * Arabic-script normalisation for comparing and searching names. The same name is written with
 * or without vowel marks, with any of four alefs, with a final ى or ي, ة or ه, and (from
 * Persian or Urdu keyboards) with ک and ی: all of these fold to one spelling here.
 */

/**
 * Marks removed: Quranic signs (U+0610–U+061A), harakat, tanwin, shadda, sukun and the other
 * combining marks U+064B–U+065F, superscript alef (U+0670), Quranic annotation marks
 * (U+06D6–U+06ED), and tatweel (U+0640), which only stretches a letter.
 */
const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Letters folded to one form (the target is what most people type). */
const letterFolds: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ alef with hamza above → ا
  '\u0625': '\u0627', // إ alef with hamza below → ا
  '\u0622': '\u0627', // آ alef with madda → ا
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0672': '\u0627', // ٲ wavy hamza above → ا
  '\u0673': '\u0627', // ٳ wavy hamza below → ا
  '\u0649': '\u064A', // ى alef maksura → ي
  '\u0629': '\u0647', // ة ta marbuta → ه
  '\u0624': '\u0648', // ؤ waw with hamza → و
  '\u0626': '\u064A', // ئ ya with hamza → ي
  '\u06A9': '\u0643', // ک Persian keheh → ك
  '\u06AA': '\u0643', // ڪ swash kaf → ك
  '\u06CC': '\u064A', // ی Farsi yeh → ي
  '\u06D2': '\u064A', // ے Urdu yeh barree → ي
  '\u06C0': '\u0647', // ۀ heh with yeh → ه
  '\u06C1': '\u0647', // ہ heh goal → ه
  '\u06BE': '\u0647', // ھ heh doachashmee → ه
  '\u06D5': '\u0647', // ە ae → ه
};
const foldable = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'g');

/** Arabic-Indic (U+0660–U+0669) and extended Arabic-Indic (U+06F0–U+06F9) digits. */
const arabicDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * Normalises Arabic-script text; other scripts pass through (NFKC-folded, so presentation forms
 * and ligatures such as ﻻ become plain letters). Idempotent.
 */
export function normaliseArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(arabicMarks, '')
    .replace(foldable, (letter) => letterFolds[letter] ?? letter)
    .replace(arabicDigits, asciiDigit)
    .normalize('NFC');
}
