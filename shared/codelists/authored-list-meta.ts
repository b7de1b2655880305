import type { AuthoredListId } from './code-list-ids';

/**
 * What callers need to know about an authored list without loading its JSON (ISCO-08 alone is
 * over 200 KB): the version stored with its codes and whether its labels follow ESCO. A unit test
 * checks these against the files in ./data, so a list update that forgets this file fails.
 */
export const authoredListMeta: Readonly<
  Record<AuthoredListId, { readonly version: string; readonly labelsFollowEsco: boolean }>
> = {
  'isco-08': { version: '2008', labelsFollowEsco: true },
  'isced-2011': { version: '2011', labelsFollowEsco: false },
  'isced-f-2013': { version: '2013', labelsFollowEsco: true },
  'isic-rev4': { version: 'Rev.4', labelsFollowEsco: false },
};
