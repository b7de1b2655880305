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
    return byRelevance(matches, total, scores, orderFor('updated'), descending);
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

/**
 * Best text score first, then the most recently updated. A short prefix ("M") matches most
 * members, so the keys are copied into typed arrays once and an index permutation is sorted:
 * no Map lookups inside the comparator.
 */
function byRelevance(
  matches: Bitset,
  total: number,
  scores: Scores,
  updated: OrderedSlots,
  descending: boolean,
): number[] {
  const slots = new Uint32Array(total);
  const score = new Float64Array(total);
  const rank = new Int32Array(total);
  let i = 0;
  matches.forEach((slot) => {
    slots[i] = slot;
    score[i] = scores.get(slot) ?? 0;
    rank[i] = updated.rankOf(slot);
    i++;
  });
  const sign = descending ? -1 : 1;
  const order = new Uint32Array(i);
  for (let k = 0; k < i; k++) order[k] = k;
  order.sort((a, b) => sign * (score[b]! - score[a]!) || rank[b]! - rank[a]!);
  return Array.from(order, (k) => slots[k]!);
}
