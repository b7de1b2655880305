export {
  authoredListIds,
  isStandardCodeListId,
  packageListIds,
  standardCodeListIds,
  type AuthoredListId,
  type PackageListId,
  type StandardCodeListId,
} from './code-list-ids';
export type { CodeItem, CodeLabels, CodeList } from './code-item';
export { codeList } from './code-list';
export { children } from './children';
export { ESCO_NOTICE } from './esco-notice';
export { findCode, hasCode } from './find-code';
export { foldForSearch } from './fold-for-search';
export { itemLabel, label } from './label';
export { listVersion } from './list-version';
export { searchCodes } from './search-codes';
export type { CodeMatch } from './search-list';
export { loadCodeList, loadedCodeList } from './load-code-list';
export { searchList } from './search-list';
