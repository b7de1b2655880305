/**
 * Known spelling variants of one name that the skeleton rules alone do not bring together. Each
 * group lists spellings of the same name; the first is the canonical one. Every spelling's
 * skeleton is mapped to the canonical spelling's skeleton (see skeletonKey), so a group also
 * covers the Arabic spelling when its transliteration has the same skeleton as a listed one.
 *
 * Editing: add a group only for names that are really the same name (a person could be
 * registered under either), and check with the unit tests that no group captures another
 * common name. Left out on purpose:
 * - Mamadou / Mohamed: Mamadou derives from Muhammad but is a distinct given name; merging them
 *   would make every Mamadou a candidate duplicate of every Mohamed. (Mouhamadou, Mohamadou and
 *   Muhammad already share Mohamed's skeleton "mhmd".)
 * - Aïssa / Aïcha: Aïssa is Isa (Jesus, a man's name), Aïcha is Aisha.
 * - Amadou / Ahmed, Fatou / Fatima, Awa / Hawa: too short to map without catching other names.
 */
export const variantDictionary: readonly (readonly string[])[] = [
  // Khadija: Fula and Mande forms Kadiatou, Kadidiatou; French Khadidja.
  ['khadija', 'khadidja', 'kadidja', 'kadija', 'kadiatou', 'khadijatou', 'kadidiatou', 'kadidia'],
  // Uthman: Ousmane (Wolof, Fula), Usman (Hausa), Othmane (Maghreb), Osman (Turkish).
  ['ousmane', 'usman', 'osman', 'othman', 'othmane', 'uthman', 'outhmane'],
  // Aisha: Fula Aïssatou, Aïssata; Aïchatou.
  ['aicha', 'aisha', 'aissatou', 'aissata', 'aichatou'],
  // Fatima: Fula and Mande Fatoumata, Fatimata.
  ['fatima', 'fatoumata', 'fatimata'],
  // Halima: Halimatou.
  ['halima', 'halimatou'],
];
