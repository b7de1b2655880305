import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from '../../../../renderer/src/search/index/bitset';
import { boundedEditDistance } from '../../../../renderer/src/search/index/bounded-edit-distance';
import { SlotLists } from '../../../../renderer/src/search/index/slot-lists';
import { TermDictionary } from '../../../../renderer/src/search/index/term-dictionary';

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min(row[j - 1]! + cost, row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'm', 'h', '~', 'م'), maxLength: 9 });
const slotsOf = (set: Bitset) => {
  const slots: number[] = [];
  set.forEach((slot) => slots.push(slot));
  return slots;
};

describe('bounded edit distance', () => {
  it('is the Levenshtein distance when within the bound, else bound + 1', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
    );
  });
});

describe('term dictionary', () => {
  const members = fc.array(fc.uniqueArray(word, { maxLength: 4 }), { maxLength: 40 });

  it('finds by exact term, prefix and edit distance what a scan of every member finds', () => {
    fc.assert(
      fc.property(members, word, fc.boolean(), (keysBySlot, typed, bulk) => {
        const dictionary = new TermDictionary();
        keysBySlot.forEach((keys, slot) => {
          dictionary.add(
            slot,
            keys.map((key) => dictionary.intern(key, bulk)),
          );
        });
        const expectSlots = (lookup: (into: Bitset) => void, has: (key: string) => boolean) => {
          const into = new Bitset();
          lookup(into);
          const expected = keysBySlot.flatMap((keys, slot) => (keys.some(has) ? [slot] : []));
          expect(slotsOf(into)).toEqual(expected);
        };
        expectSlots(
          (into) => dictionary.exact(typed, into),
          (key) => key === typed,
        );
        expectSlots(
          (into) => dictionary.prefix(typed, into),
          (key) => key.startsWith(typed),
        );
        expectSlots(
          (into) => dictionary.fuzzy(typed, 1, into),
          (key) => levenshtein(key, typed) <= 1,
        );
      }),
    );
  });

  it('answers a one-letter prefix like a scan whatever was added and removed since it was last asked', () => {
    const letter = fc.constantFrom('a', 'b', 'm', '~', 'م');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        slot: fc.nat(9),
        keys: fc.uniqueArray(word, { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), slot: fc.nat(9) }),
      fc.record({ kind: fc.constant('ask' as const), letter }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const dictionary = new TermDictionary();
        const model = new Map<number, string[]>();
        const drop = (slot: number) => {
          const keys = model.get(slot);
          if (!keys) return;
          dictionary.remove(
            slot,
            keys.map((key) => dictionary.intern(key, false)),
          );
          model.delete(slot);
        };
        for (const step of ops) {
          if (step.kind === 'put') {
            drop(step.slot);
            dictionary.add(
              step.slot,
              step.keys.map((key) => dictionary.intern(key, false)),
            );
            model.set(step.slot, step.keys);
          } else if (step.kind === 'remove') drop(step.slot);
          else {
            const into = new Bitset();
            dictionary.prefix(step.letter, into);
            const expected = [...model]
              .filter(([, keys]) => keys.some((key) => key.startsWith(step.letter)))
              .map(([slot]) => slot)
              .sort((a, b) => a - b);
            expect(slotsOf(into)).toEqual(expected);
          }
        }
      }),
    );
  });

  it('forgets a removed member and finds a term added after the bulk load', () => {
    const dictionary = new TermDictionary();
    dictionary.add(0, [dictionary.intern('mohamed', true), dictionary.intern('~mhmd', true)]);
    dictionary.add(1, [dictionary.intern('mariam', true)]);
    const prefix = (text: string) => {
      const into = new Bitset();
      dictionary.prefix(text, into);
      return slotsOf(into);
    };
    expect(prefix('m')).toEqual([0, 1]);
    dictionary.remove(0, [dictionary.intern('mohamed', false)]);
    expect(prefix('mo')).toEqual([]);
    expect(prefix('~m')).toEqual([0]);
    dictionary.add(2, [dictionary.intern('moussa', false)]);
    expect(prefix('mo')).toEqual([2]);
  });
});

describe('slot lists', () => {
  const op = fc.record({
    slot: fc.integer({ min: 0, max: 40 }),
    values: fc.option(fc.array(fc.nat({ max: 1000 }), { maxLength: 6 }), { nil: undefined }),
  });

  it('reads back what was last set for every slot, across compactions', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const lists = new SlotLists();
        const model = new Map<number, number[]>();
        for (const { slot, values } of ops) {
          if (values === undefined) {
            lists.clear(slot);
            model.delete(slot);
          } else {
            lists.set(slot, values);
            model.set(slot, values);
          }
        }
        for (let slot = 0; slot <= 41; slot++) {
          expect(Array.from(lists.get(slot))).toEqual(model.get(slot) ?? []);
        }
      }),
    );
  });
});
