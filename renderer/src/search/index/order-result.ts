import type { MemberSortKey } from '../member-search-types';
import type { Bitset } from './bitset';
import { fixedResult, LazyResult, type OrderedResult } from './lazy-result';
import type { Relevance } from './match-text';
import type { OrderedSlots } from './ordered-slots';

/**
 * The matching slots in the asked order. Relevance is the text's groups (best first, see
 * matchText), each newest first; with nothing typed it is newest first. Large results are
 * worked out lazily along the precomputed order (see LazyResult); small ones are sorted by rank.
 */
export function orderResult(
  matches: Bitset,
  total: number,
  sort: MemberSortKey,
  descending: boolean,
  relevance: Relevance | null,
  orderFor: (key: Exclude<MemberSortKey, 'relevance'>) => OrderedSlots,
): OrderedResult {
  if (sort === 'relevance' && relevance) {
    const groups = relevance(matches);
    // `descending` flips the groups; within one, the most recently updated still come first.
    if (descending) groups.reverse();
    return ordered(groups, total, orderFor('updated'), true);
  }
  const key = sort === 'relevance' ? 'updated' : sort;
  // Relevance without text means newest first; `descending` flips whatever the natural order is.
  const fromEnd = sort === 'relevance' ? !descending : descending;
  return ordered([matches], total, orderFor(key), fromEnd);
}

function ordered(
  groups: readonly Bitset[],
  total: number,
  order: OrderedSlots,
  fromEnd: boolean,
): OrderedResult {
  if (total * 8 >= order.order.length) return new LazyResult(groups, order.order, fromEnd);
  const result = new Uint32Array(total);
  let n = 0;
  const sign = fromEnd ? -1 : 1;
  for (const group of groups) {
    const slots: number[] = [];
    group.forEach((slot) => slots.push(slot));
    const rank = new Map(slots.map((slot) => [slot, order.rankOf(slot)]));
    slots.sort((a, b) => sign * (rank.get(a)! - rank.get(b)!));
    result.set(slots, n);
    n += slots.length;
  }
  return fixedResult(result.subarray(0, n));
}
