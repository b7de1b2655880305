import { facetIds, type FacetCount, type FacetId, type MemberQuery } from '../member-search-types';
import type { Bitset } from './bitset';
import { FacetColumn } from './facet-column';

type Filters = MemberQuery['filters'];

/**
 * Every facet's values per member (see FacetColumn). Counts walk the matching members once per
 * distinct scope and add up their value ids: standard facet behaviour, where a facet's own
 * selection does not shrink its own counts, so facets without a selection share one scope
 * (text ∩ every selection) and each selected facet has its own (text ∩ the others').
 */
export class FacetPostings {
  readonly #columns = new Map<FacetId, FacetColumn>(
    facetIds.map((facet) => [facet, new FacetColumn()]),
  );
  #capacity = 0;

  add(slot: number, values: Readonly<Record<FacetId, readonly string[]>>): void {
    for (const facet of facetIds) this.#columns.get(facet)!.set(slot, values[facet]);
    this.#capacity = Math.max(this.#capacity, slot + 1);
  }

  remove(slot: number): void {
    for (const column of this.#columns.values()) column.clear(slot);
  }

  valuesOf(slot: number): Record<FacetId, string[]> {
    const values = {} as Record<FacetId, string[]>;
    for (const facet of facetIds) values[facet] = this.#columns.get(facet)!.valuesOf(slot);
    return values;
  }

  /** Slots having any selected value of `facet`; null when nothing is selected there. */
  selection(facet: FacetId, filters: Filters): Bitset | null {
    const selected = filters[facet];
    if (!selected || selected.length === 0) return null;
    return this.#columns.get(facet)!.selection(selected, this.#capacity);
  }

  /**
   * Counts per value of every facet for `base` (text matches) and the filters. `everyone` says
   * `base` holds every member (nothing typed): a facet no other filter narrows then counts from
   * its postings' sizes without visiting anyone.
   */
  counts(base: Bitset, filters: Filters, everyone = false): Record<FacetId, FacetCount[]> {
    const selections = new Map<FacetId, Bitset>();
    for (const facet of facetIds) {
      const selection = this.selection(facet, filters);
      if (selection) selections.set(facet, selection);
    }
    const scopeOf = (except: FacetId | null) => {
      const others = [...selections].filter(([facet]) => facet !== except);
      if (everyone && others.length === 0) return null;
      const scope = base.clone();
      for (const [, selection] of others) scope.and(selection);
      return scope;
    };
    const shared = facetIds.some((facet) => !selections.has(facet)) ? scopeOf(null) : null;
    const result = {} as Record<FacetId, FacetCount[]>;
    for (const facet of facetIds) {
      const column = this.#columns.get(facet)!;
      const scope = selections.has(facet) ? scopeOf(facet) : shared;
      let counts: Uint32Array;
      if (scope === null) counts = column.sizes();
      else column.tally(scope, (counts = new Uint32Array(column.values.length)));
      result[facet] = this.#listed(facet, counts, filters[facet] ?? []);
    }
    return result;
  }

  #listed(facet: FacetId, counts: Uint32Array, selected: readonly string[]): FacetCount[] {
    const values = this.#columns.get(facet)!.values;
    const listed: FacetCount[] = [];
    for (let id = 0; id < counts.length; id++) {
      const count = counts[id]!;
      if (count > 0 || selected.includes(values[id]!)) listed.push({ value: values[id]!, count });
    }
    return listed.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }
}
