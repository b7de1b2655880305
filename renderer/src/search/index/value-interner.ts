/**
 * Shares equal values among members: 200,000 people hold a few thousand distinct given names,
 * skill tags, language lists or occupation codes, each decrypted as its own copy. Strings are
 * interned and numbered (the index keeps the numbers in typed arrays); arrays are shared by
 * content, found by a hash of their items (no key string is kept, so an array only one member
 * holds costs a hash entry, not a second copy of its text). Interned values are shared, so they
 * must never be changed (the index treats them as read-only).
 */
const EMPTY: readonly never[] = [];

export class ValueInterner {
  readonly #ids = new Map<string, number>();
  readonly #strings: string[] = [];
  /** Arrays by the hash of their items; `#collided` holds the rare second array of a hash. */
  readonly #arrays = new Map<number, readonly unknown[]>();
  readonly #collided = new Map<number, (readonly unknown[])[]>();

  /** The shared copy of `text`. */
  string(text: string): string {
    return this.#strings[this.id(text)]!;
  }

  /** The number of `text` (the same for equal strings, never reused). */
  id(text: string): number {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = this.#strings.length;
      this.#ids.set(text, id);
      this.#strings.push(text);
    }
    return id;
  }

  /** The string numbered `id`. */
  text(id: number): string {
    return this.#strings[id]!;
  }

  /** The numbers of `texts`, in order. */
  ids(texts: readonly string[]): number[] {
    const ids = new Array<number>(texts.length);
    for (let i = 0; i < texts.length; i++) ids[i] = this.id(texts[i]!);
    return ids;
  }

  /** The strings numbered `ids`, in order. */
  texts(ids: ArrayLike<number>): string[] {
    const texts = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) texts[i] = this.#strings[ids[i]!]!;
    return texts;
  }

  /** `value` with every string, array and plain object in it replaced by the shared copy. */
  deep<T>(value: T): T {
    if (typeof value === 'string') return this.string(value) as T;
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return this.#array(value) as T;
    return this.fields(value as Record<string, unknown>) as T;
  }

  /**
   * A copy of a plain object with its values shared (see deep); a string value equal to `own`
   * becomes `own` itself, not interned (a member's id, which no other member holds).
   */
  fields<T extends object>(value: T, own?: string): T {
    // Spread first: the copy takes the value's layout, its fields inside the object (one added
    // at a time to `{}`, fields past the fourth go to a separate array: tens of bytes a member).
    const copy = { ...value } as Record<string, unknown>;
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      const shared = own !== undefined && item === own ? own : this.deep(item);
      // An own "__proto__" key (JSON can hold one) is a property to define, not a prototype.
      if (key === '__proto__') {
        Object.defineProperty(copy, key, {
          value: shared,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else copy[key] = shared;
    }
    return copy as T;
  }

  #array(value: readonly unknown[]): readonly unknown[] {
    if (value.length === 0) return EMPTY;
    const hash = hashOf(value, 0x811c9dc5) & 0x3fffffff;
    const known = this.#arrays.get(hash);
    if (known === undefined) {
      const copy = this.#copy(value);
      this.#arrays.set(hash, copy);
      return copy;
    }
    if (sameValue(known, value)) return known;
    const others = this.#collided.get(hash) ?? [];
    const other = others.find((candidate) => sameValue(candidate, value));
    if (other) return other;
    const copy = this.#copy(value);
    others.push(copy);
    this.#collided.set(hash, others);
    return copy;
  }

  #copy(value: readonly unknown[]): readonly unknown[] {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = this.deep(value[i]);
    return copy;
  }
}

/** FNV-1a over a JSON-like value (strings by UTF-16 code unit, objects with their keys). */
function hashOf(value: unknown, seed: number): number {
  let hash = seed;
  if (typeof value === 'string') {
    hash = Math.imul(hash ^ 0x22, 0x01000193);
    for (let i = 0; i < value.length; i++) {
      hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
    }
    return hash;
  }
  if (typeof value === 'number' && (value | 0) === value) {
    return Math.imul(Math.imul(hash ^ 0x23, 0x01000193) ^ value, 0x01000193);
  }
  if (value === null || typeof value !== 'object') {
    return hashOf(`${typeof value}:${String(value)}`, Math.imul(hash ^ 0x3a, 0x01000193));
  }
  if (Array.isArray(value)) {
    hash = Math.imul(hash ^ 0x5b, 0x01000193);
    for (let i = 0; i < value.length; i++) hash = hashOf(value[i], hash);
    return hash;
  }
  hash = Math.imul(hash ^ 0x7b, 0x01000193);
  for (const key in value)
    hash = hashOf((value as Record<string, unknown>)[key], hashOf(key, hash));
  return hash;
}

/** Whether two JSON-like values are equal, plain objects with the same keys in the same order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && sameItems(a, b);
  return (
    !Array.isArray(b) && sameFields(a as Record<string, unknown>, b as Record<string, unknown>)
  );
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  let i = 0;
  for (const key in a) {
    if (keys[i++] !== key || !sameValue(a[key], b[key])) return false;
  }
  return i === keys.length;
}
