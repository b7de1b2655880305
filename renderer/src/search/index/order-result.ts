import type { MemberSortKey } from '../member-search-types';
import type { Bitset } from './bitset';
import { LazyResult, type OrderedResult } from './lazy-result';
import type { Relevance } from './match-text';
import type { OrderedSlots } from './ordered-slots';

/**
 * The matching slots in the asked order. Relevance is the text's groups (best first, see
 * matchText), each newest first; with nothing typed it is newest first. Results are worked
 * out lazily along the precomputed order, as far as the rows asked for (see LazyResult): never
 * sorted, and a first screen of 120,000 matches costs a few hundred steps.
 */
export function orderResult(
  matches: Bitset,
  sort: MemberSortKey,
  descending: boolean,
  relevance: Relevance | null,
  orderFor: (key: Exclude<MemberSortKey, 'relevance'>) => OrderedSlots,
): OrderedResult {
  if (sort === 'relevance' && relevance) {
    const groups = relevance(matches);
    // `descending` flips the groups; within one, the most recently updated still come first.
    if (descending) groups.reverse();
    return new LazyResult(groups, orderFor('updated').order, true);
  }
  const key = sort === 'relevance' ? 'updated' : sort;
  // Relevance without text means newest first; `descending` flips whatever the natural order is.
  const fromEnd = sort === 'relevance' ? !descending : descending;
  return new LazyResult([matches], orderFor(key).order, fromEnd);
}
