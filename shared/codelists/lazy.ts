/**
 * The code lists for the renderer: nothing here imports a list, so a screen's chunk stays small.
 * Lists load per id on first use (`loadCodeList`, one chunk each); search and labels then work on
 * the loaded list. Node code and tests may use the synchronous API in ./index instead.
 */
export {
  authoredListIds,
  isAuthoredListId,
  isStandardCodeListId,
  packageListIds,
  standardCodeListIds,
  type AuthoredListId,
  type PackageListId,
  type StandardCodeListId,
} from './code-list-ids';
export type { CodeItem, CodeLabels, CodeList } from './code-item';
export { ESCO_NOTICE } from './esco-notice';
export { foldForSearch } from './fold-for-search';
export { itemLabel } from './item-label';
export { listVersion } from './list-version';
export { loadCodeList, loadedCodeList } from './load-code-list';
export { searchList, type CodeMatch } from './search-list';
