import type { MemberSortKey } from '../member-search-types';
import type { Bitset } from './bitset';
import type { Relevance } from './match-text';
import type { OrderedSlots } from './ordered-slots';

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
  relevance: Relevance | null,
  orderFor: (key: Exclude<MemberSortKey, 'relevance'>) => OrderedSlots,
): Uint32Array {
  if (sort === 'relevance' && relevance) {
    return byRelevance(matches, total, relevance, orderFor('updated'), descending);
  }
  const key = sort === 'relevance' ? 'updated' : sort;
  // Relevance without text means newest first; `descending` flips whatever the natural order is.
  const reverse = sort === 'relevance' ? !descending : descending;
  const order = orderFor(key);
  if (total * 8 < order.order.length) {
    const slots = gather(matches, total);
    const rank = Int32Array.from(slots, (slot) => order.rankOf(slot));
    const sign = reverse ? -1 : 1;
    return permute(slots, (a, b) => sign * (rank[a]! - rank[b]!));
  }
  const result = new Uint32Array(total);
  const all = order.order;
  let n = 0;
  if (reverse) {
    for (let i = all.length - 1; i >= 0; i--) if (matches.has(all[i]!)) result[n++] = all[i]!;
  } else {
    for (const slot of all) if (matches.has(slot)) result[n++] = slot;
  }
  return result.subarray(0, n);
}

/**
 * Best relevance first (lowest with `descending`), then the most recently updated. Large
 * results walk the update order once, newest first, dropping each member into the bucket of its
 * relevance (a handful of values), so nothing is sorted; small ones are sorted directly.
 */
function byRelevance(
  matches: Bitset,
  total: number,
  relevance: Relevance,
  updated: OrderedSlots,
  descending: boolean,
): Uint32Array {
  const sign = descending ? -1 : 1;
  if (total * 8 < updated.order.length) {
    const slots = gather(matches, total);
    const score = Float64Array.from(slots, relevance);
    const rank = Int32Array.from(slots, (slot) => updated.rankOf(slot));
    return permute(slots, (a, b) => sign * (score[b]! - score[a]!) || rank[b]! - rank[a]!);
  }
  const buckets = new Map<number, number[]>();
  const all = updated.order;
  for (let i = all.length - 1; i >= 0; i--) {
    const slot = all[i]!;
    if (!matches.has(slot)) continue;
    const score = relevance(slot);
    const bucket = buckets.get(score);
    if (bucket) bucket.push(slot);
    else buckets.set(score, [slot]);
  }
  const result = new Uint32Array(total);
  let n = 0;
  for (const score of [...buckets.keys()].sort((a, b) => sign * (b - a))) {
    const bucket = buckets.get(score)!;
    result.set(bucket, n);
    n += bucket.length;
  }
  return result.subarray(0, n);
}

function gather(matches: Bitset, total: number): Uint32Array {
  const slots = new Uint32Array(total);
  let n = 0;
  matches.forEach((slot) => (slots[n++] = slot));
  return slots.subarray(0, n);
}

/** `slots` reordered by `compare` over their positions (typed arrays, no Map lookups). */
function permute(slots: Uint32Array, compare: (a: number, b: number) => number): Uint32Array {
  const positions = new Uint32Array(slots.length);
  for (let k = 0; k < positions.length; k++) positions[k] = k;
  positions.sort(compare);
  return Uint32Array.from(positions, (k) => slots[k]!);
}
