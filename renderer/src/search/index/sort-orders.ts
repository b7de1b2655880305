import type { Locale } from '../../../../shared/i18n/locales';
import { displayName } from './display-name';
import type { StoredMember } from './member-slots';
import { OrderedSlots } from './ordered-slots';

export type OrderKey = 'name' | 'updated' | 'residence' | 'completeness';

type Lookup = (slot: number) => StoredMember | undefined;

/**
 * The members in each sort order, built on first use and then kept current one change at a
 * time. A bulk load drops them (rebuilding once is cheaper than 200,000 insertions).
 */
export class SortOrders {
  #orders = new Map<OrderKey, OrderedSlots>();
  #collator: Intl.Collator;
  #countries: Intl.DisplayNames;
  #names: string[] = [];
  #countryLabels = new Map<string, string>();

  constructor(
    private readonly record: Lookup,
    private readonly slots: () => number[],
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
    this.#names = [];
    this.#countryLabels.clear();
    this.#orders.delete('name');
    this.#orders.delete('residence');
  }

  invalidate(): void {
    this.#orders.clear();
  }

  changed(slot: number, present: boolean): void {
    this.#names[slot] = undefined as unknown as string;
    for (const order of this.#orders.values()) {
      if (present) order.insert(slot);
      else order.remove(slot);
    }
  }

  get(key: OrderKey): OrderedSlots {
    let order = this.#orders.get(key);
    if (!order) {
      order = new OrderedSlots(this.#comparator(key));
      order.reset(key === 'name' ? this.#byName() : this.slots().sort(this.#comparator(key)));
      this.#orders.set(key, order);
    }
    return order;
  }

  /** Sorts distinct names once (many members share a name), then lays the slots out. */
  #byName(): number[] {
    const groups = new Map<string, number[]>();
    for (const slot of this.slots()) {
      const name = this.#nameOf(slot);
      const group = groups.get(name);
      if (group) group.push(slot);
      else groups.set(name, [slot]);
    }
    const names = [...groups.keys()].sort(this.#collator.compare);
    return names.flatMap((name) => groups.get(name)!);
  }

  #nameOf(slot: number): string {
    let name = this.#names[slot];
    if (name === undefined) {
      const record = this.record(slot);
      name = record ? displayName(record.names, this.locale).name : '';
      this.#names[slot] = name;
    }
    return name;
  }

  #comparator(key: OrderKey): (a: number, b: number) => number {
    switch (key) {
      case 'name':
        return (a, b) => this.#collator.compare(this.#nameOf(a), this.#nameOf(b)) || a - b;
      case 'updated':
        return (a, b) =>
          (this.record(a)?.updatedMs ?? 0) - (this.record(b)?.updatedMs ?? 0) || a - b;
      case 'completeness':
        return (a, b) =>
          (this.record(a)?.completeness ?? 0) - (this.record(b)?.completeness ?? 0) || a - b;
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
    const code = this.record(slot)?.residence;
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
