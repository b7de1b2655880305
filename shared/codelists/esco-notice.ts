import { authoredListMeta } from './authored-list-meta';
import { authoredListIds } from './code-list-ids';

/**
 * ESCO's reuse conditions require this statement wherever labels follow ESCO's wording. The About
 * screen shows `t(ESCO_NOTICE.key)` when `required`; `statement` is the English wording of that key.
 */
export const ESCO_NOTICE = {
  key: 'about.esco',
  statement: 'This service uses the ESCO classification of the European Commission.',
  lists: authoredListIds.filter((id) => authoredListMeta[id].labelsFollowEsco),
  required: authoredListIds.some((id) => authoredListMeta[id].labelsFollowEsco),
} as const;
