/**
 * Names across offices and scripts (DOMAIN.md "Duplicates across offices and scripts"): Arabic
 * normalisation, tokens transliterated to ASCII, consonant skeleton keys, search keys, blocking
 * keys, token-set similarity and duplicate scoring. Pure: no DOM, no Node.
 */
export { normaliseArabic } from './normalise-arabic';
export { nameTokens, nameWords, type NameWord } from './name-tokens';
export { compoundPrefixes, honorifics, particles, type WordScript } from './name-word-lists';
export { skeletonKey } from './skeleton-key';
export { variantDictionary } from './variant-dictionary';
export { jaroWinkler } from './jaro-winkler';
export {
  commonNameWeight,
  nameSimilarity,
  tokenSetSimilarity,
  tokenSimilarity,
  type NameSimilarityOptions,
  type TokenWeight,
} from './name-similarity';
export {
  querySearchKeys,
  querySearchTermGroups,
  searchKeys,
  skeletonKeyPrefix,
  skeletonSearchKey,
} from './search-keys';
export {
  nameTokensPerScript,
  personNameKeys,
  personNameTokens,
  type NameWork,
  type NamesLike,
} from './person-name-keys';
export { duplicateReasons, type DuplicateReason } from './duplicate-reason';
export {
  birthYearTolerance,
  duplicateScore,
  personNameSimilarity,
  similarNameThreshold,
  type DuplicateScore,
  type PersonLike,
} from './duplicate-score';
export { duplicateScorer, rememberedNameWork, type DuplicateScorer } from './duplicate-scorer';
