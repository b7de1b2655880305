import type { Locale } from '../../../../shared/i18n/locales';
import { displayName } from './display-name';
import type { MemberRecord } from './member-record';
import { OrderedSlots } from './ordered-slots';

export type OrderKey = 'name' | 'updated' | 'residence' | 'completeness';

/** What the orders read of the members, by slot (MemberSlots' columns). */
export interface SortSource {
  slots(): number[];
  names(slot: number): MemberRecord['names'];
  updatedMs(slot: number): number;
  completeness(slot: number): number;
  residence(slot: number): string | undefined;
}

/**
 * The members in each sort order, built on first use and then kept current one change at a
 * time. A bulk load drops them (rebuilding once is cheaper than 200,000 insertions). Display
 * names are worked out once per slot while a whole order is sorted, then let go (an insertion
 * compares with a few neighbours only, so it works theirs out again).
 */
export class SortOrders {
  #orders = new Map<OrderKey, OrderedSlots>();
  #collator: Intl.Collator;
  #countries: Intl.DisplayNames;
  #names: (string | undefined)[] | null = null;
  #countryLabels = new Map<string, string>();

  constructor(
    private readonly members: SortSource,
    private locale: Locale,
  ) {
    this.#collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    this.#countries = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  }

  setLocale(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.#collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    this.#countries = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    this.#countryLabels.clear();
    this.#orders.delete('name');
    this.#orders.delete('residence');
  }

  invalidate(): void {
    this.#orders.clear();
  }

  changed(slot: number, present: boolean): void {
    for (const order of this.#orders.values()) {
      if (present) order.insert(slot);
      else order.remove(slot);
    }
  }

  get(key: OrderKey): OrderedSlots {
    let order = this.#orders.get(key);
    if (!order) {
      order = new OrderedSlots(this.#comparator(key));
      this.#names = [];
      try {
        order.reset(
          key === 'name' ? this.#byName() : this.members.slots().sort(this.#comparator(key)),
        );
      } finally {
        this.#names = null;
      }
      this.#orders.set(key, order);
    }
    return order;
  }

  /** Sorts distinct names once (many members share a name), then lays the slots out. */
  #byName(): number[] {
    const groups = new Map<string, number[]>();
    for (const slot of this.members.slots()) {
      const name = this.#nameOf(slot);
      const group = groups.get(name);
      if (group) group.push(slot);
      else groups.set(name, [slot]);
    }
    const names = [...groups.keys()].sort(this.#collator.compare);
    return names.flatMap((name) => groups.get(name)!);
  }

  #nameOf(slot: number): string {
    let name = this.#names?.[slot];
    if (name === undefined) {
      name = displayName(this.members.names(slot), this.locale).name;
      if (this.#names) this.#names[slot] = name;
    }
    return name;
  }

  #comparator(key: OrderKey): (a: number, b: number) => number {
    switch (key) {
      case 'name':
        return (a, b) => this.#collator.compare(this.#nameOf(a), this.#nameOf(b)) || a - b;
      case 'updated':
        return (a, b) => this.members.updatedMs(a) - this.members.updatedMs(b) || a - b;
      case 'completeness':
        return (a, b) => this.members.completeness(a) - this.members.completeness(b) || a - b;
      case 'residence':
        return (a, b) =>
          this.#collator.compare(this.#country(a), this.#country(b)) ||
          this.#collator.compare(this.#nameOf(a), this.#nameOf(b)) ||
          a - b;
      default:
        return key satisfies never;
    }
  }

  #country(slot: number): string {
    const code = this.members.residence(slot);
    // Members with no country of residence sort last.
    if (code === undefined) return '\uffff';
    let label = this.#countryLabels.get(code);
    if (label === undefined) {
      label = this.#countries.of(code) ?? code;
      this.#countryLabels.set(code, label);
    }
    return label;
  }
}
