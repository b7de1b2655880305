import { handleCountMembers } from './handle-count-members';
import { handleFindDuplicates } from './handle-find-duplicates';
import { handleMembersWindow } from './handle-members-window';
import { handleOpen } from './handle-open';
import { handleRankForNeed } from './handle-rank-for-need';
import { handleRefresh } from './handle-refresh';
import { handleRows } from './handle-rows';
import { handleSearch } from './handle-search';
import { handleSetLocale } from './handle-set-locale';

/** Every request the worker answers, by kind (one file each). */
export const handlers = {
  open: handleOpen,
  search: handleSearch,
  rows: handleRows,
  window: handleMembersWindow,
  countMembers: handleCountMembers,
  findDuplicates: handleFindDuplicates,
  rankForNeed: handleRankForNeed,
  refresh: handleRefresh,
  setLocale: handleSetLocale,
} as const;

export type Handlers = typeof handlers;
export type RequestKind = keyof Handlers;
