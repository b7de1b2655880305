import { facetIds, type FacetCount, type FacetId, type MemberQuery } from '../member-search-types';
import type { Bitset } from './bitset';
import { slotsOf } from './bitset-slots';
import { FacetColumn, type ListedScope } from './facet-column';

interface Visit extends ListedScope {
  /** Count the members outside the scope, from each value's size down. */
  readonly complement: boolean;
}

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
  /** The shared scope's slots, kept across queries (a few hundred kilobytes at 200,000). */
  #buffer: Uint32Array = new Uint32Array(0);

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
   * Counts per value of every facet for `base` (text matches) and the filters, among `alive`
   * (every member). A scope holding more than half the members is counted from the other side:
   * each value's size minus the members outside the scope, so no count visits more than half.
   */
  counts(base: Bitset, filters: Filters, alive: Bitset): Record<FacetId, FacetCount[]> {
    const selections = new Map<FacetId, Bitset>();
    for (const facet of facetIds) {
      const selection = this.selection(facet, filters);
      if (selection) selections.set(facet, selection);
    }
    const scopeOf = (except: FacetId | null) => {
      const scope = base.clone();
      for (const [facet, selection] of selections) if (facet !== except) scope.and(selection);
      return scope;
    };
    const everyone = alive.size();
    const shared = facetIds.some((facet) => !selections.has(facet)) ? scopeOf(null) : null;
    // Each distinct scope is listed once (as slots), then counted per facet.
    const sharedVisit = shared ? this.#visitOf(shared, alive, everyone) : null;
    const result = {} as Record<FacetId, FacetCount[]>;
    for (const facet of facetIds) {
      const column = this.#columns.get(facet)!;
      const visit = selections.has(facet)
        ? this.#visitOf(scopeOf(facet), alive, everyone, false)
        : sharedVisit!;
      const counts = visit.complement ? column.sizes() : new Uint32Array(column.values.length);
      column.tally(visit, counts, visit.complement ? -1 : 1);
      result[facet] = this.#listed(facet, counts, filters[facet] ?? []);
    }
    return result;
  }

  /**
   * The slots to count for `scope`: itself, or the members outside it when it holds more than
   * half of them (counted from each value's size down). `keep` lists into the buffer kept across
   * queries; a scope used once more after it lists into a buffer of its own.
   */
  #visitOf(scope: Bitset, alive: Bitset, everyone: number, keep = true): Visit {
    const size = scope.size();
    const complement = size * 2 > everyone;
    const needed = complement ? everyone - size : size;
    const buffer = keep && this.#buffer.length >= needed ? this.#buffer : new Uint32Array(needed);
    const set = complement ? alive.clone().andNot(scope) : scope;
    const listed = slotsOf(set, buffer);
    if (keep) this.#buffer = listed.slots;
    return { complement, set, slots: listed.slots, count: listed.count };
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
