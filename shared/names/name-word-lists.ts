/**
 * Word lists for name tokens, all as ASCII tokens after transliteration (Arabic forms as
 * any-ascii writes them without vowels: ولد → "wld", بن → "bn").
 *
 * Honorifics and particles are "droppable": they are left out of a name's tokens when the same
 * name part has at least one other word, and kept when they are all there is ("Ben" or "Sidi"
 * as a given name stays searchable). So "Mohamed Ould Abdallahi", "Muhammad wuld Abd Allah" and
 * "Mohamed Abdallahi" compare equal, and "El Hadj Omar" is "Omar".
 *
 * Deliberately NOT honorifics: "Cheikh" (a common given name in Senegal, Cheikh Anta Diop),
 * "Serigne", "Imam" and Arabic "سيد" (it transliterates like سعيد, Said). Lusophone and French
 * particles (da, dos, de…) are particles: "Maria da Silva" = "Maria Silva".
 */

/** The script a word was written in before transliteration; word lists apply per script. */
export type WordScript = 'latin' | 'arabic' | 'ethiopic';

/**
 * Honorifics per script. Arabic and Ethiopic ones are listed as any-ascii writes them; they only
 * apply to words written in that script, since the Arabic عمر (Omar) transliterates to "mr".
 */
export const honorifics: Readonly<Record<WordScript, ReadonlySet<string>>> = {
  latin: new Set([
    // Pilgrim titles, in the spellings used across West Africa and the Maghreb.
    ...['hadj', 'hadji', 'hadja', 'hadjia', 'hadjiya', 'haj', 'hajj', 'hajja', 'haji', 'hajia'],
    ...['alhaji', 'alhadji', 'alhadj', 'alhaj', 'elhadj', 'elhadji', 'elhaj', 'elhajj'],
    // Sheikh (not Cheikh, see above), Sidi.
    ...['sheikh', 'shaikh', 'shaykh', 'sheik', 'sheikha', 'sidi'],
    ...['dr', 'doctor', 'docteur', 'doutor', 'doutora'],
    ...['prof', 'professor', 'professeur', 'professora'],
    // Civil titles in the four working languages; Amharic ones as written in Latin.
    ...['mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle'],
    ...['sr', 'sra', 'senhor', 'senhora', 'woizero', 'weyzero', 'weyzerit'],
  ]),
  // حاج حاجه شيخ شيخه سيدي دكتور دكتوره
  arabic: new Set(['hj', 'hjh', 'shykh', 'shykhh', 'sydy', 'dktwr', 'dktwrh']),
  // አቶ (Ato), ወ/ሮ (Weyzero), ወ/ት (Weyzerit), ዶ/ር (Doctor), slashes removed.
  ethiopic: new Set(['ato', 'wero', 'wet', 'dor']),
};

/** Particles per script: son / daughter of, articles written apart, Romance particles. */
export const particles: Readonly<Record<WordScript, ReadonlySet<string>>> = {
  latin: new Set([
    // Son / daughter of: ould, wuld, ben, bin, ibn, bint, mint, ag (Tuareg).
    ...['ould', 'wuld', 'walad', 'ben', 'bin', 'ibn', 'ibnou', 'bint', 'bent', 'mint', 'ag'],
    ...['al', 'el', 'ul'],
    ...['da', 'de', 'do', 'dos', 'das', 'du', 'des', 'di', 'del', 'della', 'van', 'von', 'der'],
  ]),
  // ولد بن ابن بنت منت, and ال written on its own.
  arabic: new Set(['wld', 'bn', 'bnt', 'mnt', 'l']),
  ethiopic: new Set(),
};

/**
 * First halves of compound names, joined with the next word: "Abd Allah" = "Abdallah",
 * "Abdel Kader" = "Abdelkader", "Abou Bakr" = "Aboubakr", "Gebre Mariam" = "Gebremariam".
 * Never joined when they are the last word (so "Haile" alone stays "Haile"). "Abdou" and "Abdi"
 * are names of their own and are not here. Arabic عبد and ابو are joined before transliteration.
 */
export const compoundPrefixes: ReadonlySet<string> = new Set([
  ...['abd', 'abdel', 'abdal', 'abdul', 'abdoul', 'abdur', 'abder', 'abdes', 'abden'],
  ...['abu', 'abou', 'abo'],
  // Ethiopian and Eritrean compounds (Latin spellings and any-ascii's Ethiopic output).
  ...['gebre', 'gebra', 'ghebre', 'ghebra', 'gabre', 'gabra', 'wolde', 'welde', 'walda'],
  ...['haile', 'hayle', 'hayla', 'tekle', 'tekla', 'takla', 'habte', 'habta', 'kidane'],
  ...['zere', 'zera', 'fikre', 'tesfa'],
]);

/** Arabic articles that may stand between "Abd" and the rest: Abd el Kader, Abd er Rahman. */
export const abdArticles: ReadonlySet<string> = new Set([
  ...['el', 'al', 'ul', 'ou', 'er', 'ar', 'ur', 'es', 'as', 'us', 'en', 'an', 'ed', 'ad'],
  ...['et', 'at', 'ez', 'az'],
]);

/** Ethiopian abbreviations with a slash: G/Mariam = Gebre Mariam, W/ro = Weyzero. */
export const slashPrefixes: Readonly<Record<string, string>> = {
  g: 'gebre',
  ge: 'gebre',
  w: 'wolde',
  we: 'wolde',
  h: 'haile',
  ha: 'haile',
  t: 'tekle',
  te: 'tekle',
};
