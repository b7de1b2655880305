/**
 * Shares equal values among members: 200,000 people hold a few thousand distinct given names,
 * skill tags, language lists or occupation histories, each decrypted as its own copy. Strings
 * are interned; arrays are interned by their JSON once their items are; plain objects (a
 * person's names, mostly unique as a whole) are copied with their parts interned, so the table
 * does not fill with keys that never repeat. Interned values are shared, so they must never be
 * changed (the index treats them as read-only).
 */
const EMPTY: readonly never[] = [];

export class ValueInterner {
  readonly #strings = new Map<string, string>();
  readonly #composites = new Map<string, unknown>();

  string(text: string): string {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  /** `value` with every string, array and plain object in it replaced by the shared copy. */
  deep<T>(value: T): T {
    if (typeof value === 'string') return this.string(value) as T;
    if (value === null || typeof value !== 'object') return value;
    if (!Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)])) as T;
    }
    if (value.length === 0) return EMPTY as T;
    const copy = value.map((item: unknown) => this.deep(item));
    const key = JSON.stringify(copy);
    const known = this.#composites.get(key);
    if (known !== undefined) return known as T;
    this.#composites.set(key, copy);
    return copy as T;
  }
}
