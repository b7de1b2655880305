import type { MemberSortKey } from '../member-search-types';
import type { Bitset } from './bitset';
import type { OrderedSlots } from './ordered-slots';
import type { Scores } from './text-index';

/**
 * The matching slots in the asked order. Large results walk the precomputed order and keep the
 * members in the result; small ones are sorted by rank. Relevance is the text score (then the
 * most recently updated), or the most recently updated first when nothing was typed.
 */
export function orderResult(
  matches: Bitset,
  total: number,
  sort: MemberSortKey,
  descending: boolean,
  scores: Scores | null,
  orderFor: (key: Exclude<MemberSortKey, 'relevance'>) => OrderedSlots,
): number[] {
  if (sort === 'relevance' && scores) {
    const updated = orderFor('updated');
    const slots: number[] = [];
    matches.forEach((slot) => slots.push(slot));
    const sign = descending ? -1 : 1;
    return slots.sort(
      (a, b) =>
        sign * ((scores.get(b) ?? 0) - (scores.get(a) ?? 0)) ||
        updated.rankOf(b) - updated.rankOf(a),
    );
  }
  const key = sort === 'relevance' ? 'updated' : sort;
  // Relevance without text means newest first; `descending` flips whatever the natural order is.
  const reverse = sort === 'relevance' ? !descending : descending;
  const order = orderFor(key);
  if (total * 8 < order.order.length) {
    const slots: number[] = [];
    matches.forEach((slot) => slots.push(slot));
    const sign = reverse ? -1 : 1;
    return slots.sort((a, b) => sign * (order.rankOf(a) - order.rankOf(b)));
  }
  const result: number[] = [];
  const all = order.order;
  if (reverse) {
    for (let i = all.length - 1; i >= 0; i--) if (matches.has(all[i]!)) result.push(all[i]!);
  } else {
    for (const slot of all) if (matches.has(slot)) result.push(slot);
  }
  return result;
}
