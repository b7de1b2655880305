import { variantDictionary } from './variant-dictionary';

/**
 * Consonant skeleton of one name token (lower-case ASCII, as nameTokens gives it), for blocking
 * duplicates and for fuzzy search across scripts. Arabic is transliterated without short vowels
 * (محمد → "mhmd"), so Latin spellings are reduced to the same consonants:
 *
 * 1. x → ks; digraphs to one letter: sch, tch, tsh, sh, ch → x; dj, zh → j; kh → k; gh → g;
 *    ph → f; th → t; dh → d; ck → k. (Arabic ش ث ذ خ غ come out of any-ascii as sh th dh kh gh.)
 * 2. c before e, i, y → s, other c → k; q → k; v → f (Arabic has neither c nor v; ق is q).
 * 3. Vowels a e i o u and the semivowels w y are removed: Arabic writes long vowels with و ي
 *    and short ones not at all, and French writes /w/ as "ou" (Ousmane, Ouattara).
 * 4. A final h is removed (ta marbuta ه: Fatimah = Fatima = فاطمة; Abdallahi = عبد الله).
 * 5. Doubled letters collapse (Muhammad = Mohamed; shadda is never written).
 * 6. Known variants (variantDictionary) map to their group's canonical skeleton.
 *
 * So Mohamed, Muhammad, Mohammed, Mouhamadou and محمد all give "mhmd"; Abdallahi, Abd Allah,
 * Abdoulaye and عبد الله give "bdl"; Ousmane ("smn") and Oumar ("mr") stay apart. Known
 * collisions, acceptable for blocking and ranked below exact words in search: Mahmoud = Mohamed
 * (same root, ḥ-m-d), Hamid = Ahmed, Hassan = Hussein. G and j are not merged (Gamal = Jamal is
 * Egyptian usage only). A token with no consonant left is its own skeleton ("aya").
 */
const digraphs: readonly (readonly [RegExp, string])[] = [
  [/x/g, 'ks'],
  [/sch|tch|tsh|sh|ch/g, 'x'],
  [/dj|zh/g, 'j'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/[cq]/g, 'k'],
  [/v/g, 'f'],
];

/** Arabic article assimilated after Abd: Abderrahmane = Abdul Rahman = عبد الرحمن. */
const abdSunLetter = /^bdl(?=[tdrzsnxl])/;

function rawSkeleton(token: string): string {
  let key = token.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [pattern, replacement] of digraphs) key = key.replace(pattern, replacement);
  key = key
    .replace(/[aeiouwy]/g, '')
    .replace(/h$/, '')
    .replace(/(.)\1+/g, '$1')
    .replace(abdSunLetter, 'bd');
  return key === '' ? token : key;
}

let variantSkeletons: ReadonlyMap<string, string> | undefined;

function variants(): ReadonlyMap<string, string> {
  if (variantSkeletons === undefined) {
    const map = new Map<string, string>();
    for (const [canonical = '', ...others] of variantDictionary) {
      const target = rawSkeleton(canonical);
      for (const spelling of others) map.set(rawSkeleton(spelling), target);
    }
    variantSkeletons = map;
  }
  return variantSkeletons;
}

export function skeletonKey(token: string): string {
  const key = rawSkeleton(token);
  return variants().get(key) ?? key;
}
