import { facetIds, type FacetCount, type FacetId, type MemberQuery } from '../member-search-types';
import { Bitset } from './bitset';

type Filters = MemberQuery['filters'];

/**
 * One bitset of slots per facet value (country FR, ISCO major group 2, language ara...).
 * Counts are popcounts of (matches ∩ other facets' filters ∩ value): standard facet behaviour,
 * where a facet's own selection does not shrink its own counts.
 */
export class FacetPostings {
  readonly #postings = new Map<FacetId, Map<string, Bitset>>(
    facetIds.map((facet) => [facet, new Map()]),
  );

  add(slot: number, values: Readonly<Record<FacetId, readonly string[]>>): void {
    for (const facet of facetIds) {
      const byValue = this.#postings.get(facet)!;
      for (const value of values[facet]) {
        let set = byValue.get(value);
        if (!set) byValue.set(value, (set = new Bitset()));
        set.add(slot);
      }
    }
  }

  remove(slot: number, values: Readonly<Record<FacetId, readonly string[]>>): void {
    for (const facet of facetIds) {
      const byValue = this.#postings.get(facet)!;
      for (const value of values[facet]) {
        const set = byValue.get(value);
        if (!set) continue;
        set.delete(slot);
      }
    }
  }

  /** Slots having any selected value of `facet`; null when nothing is selected there. */
  selection(facet: FacetId, filters: Filters): Bitset | null {
    const selected = filters[facet];
    if (!selected || selected.length === 0) return null;
    const union = new Bitset();
    for (const value of selected) {
      const set = this.#postings.get(facet)!.get(value);
      if (set) union.or(set);
    }
    return union;
  }

  /** Counts per value of every facet for `base` (text matches) and the filters. */
  counts(base: Bitset, filters: Filters): Record<FacetId, FacetCount[]> {
    const selections = new Map(facetIds.map((f) => [f, this.selection(f, filters)] as const));
    const result = {} as Record<FacetId, FacetCount[]>;
    for (const facet of facetIds) {
      const scope = base.clone();
      for (const [other, selection] of selections) {
        if (other !== facet && selection) scope.and(selection);
      }
      const counts: FacetCount[] = [];
      for (const [value, set] of this.#postings.get(facet)!) {
        const count = scope.intersectionSize(set);
        if (count > 0 || filters[facet]?.includes(value)) counts.push({ value, count });
      }
      result[facet] = counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    }
    return result;
  }
}
