import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySlotTable } from '../../../../renderer/src/search/index/key-slot-table';

const slotsOf = (table: KeySlotTable, key: number) => {
  const slots: number[] = [];
  table.forEach(key, (slot) => slots.push(slot));
  return slots.sort((a, b) => a - b);
};

/** Keys from a small range (long probe runs, shared blocks) and from the whole 30 bits. */
const keyArb = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 30 - 1 }));
const opArb = fc.tuple(fc.boolean(), keyArb, fc.integer({ min: 0, max: 30 }));

describe('KeySlotTable', () => {
  it('holds what a map of slot lists holds, after adds and removals in any order', () => {
    fc.assert(
      // From 4 positions: keys collide, probe runs wrap around, the table grows while in use.
      fc.property(
        fc.array(opArb, { maxLength: 400 }),
        fc.integer({ min: 2, max: 10 }),
        (ops, bits) => {
          const table = new KeySlotTable(bits);
          const model = new Map<number, number[]>();
          for (const [add, key, slot] of ops) {
            const slots = model.get(key) ?? [];
            if (add) {
              table.add(key, slot);
              model.set(key, [...slots, slot]);
            } else {
              table.remove(key, slot);
              const at = slots.indexOf(slot);
              if (at >= 0) slots.splice(at, 1);
              if (slots.length === 0) model.delete(key);
            }
          }
          expect(table.keyCount).toBe(model.size);
          for (const [key, slots] of model)
            expect(slotsOf(table, key)).toEqual(slots.sort((a, b) => a - b));
          for (const [, key] of ops) if (!model.has(key)) expect(slotsOf(table, key)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every key through growth and removal of most of them', () => {
    const table = new KeySlotTable();
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 2 ** 30);
    keys.forEach((key, i) => {
      table.add(key, i);
      table.add(key, i + 1);
    });
    keys.forEach((key, i) => {
      if (i % 3 !== 0) {
        table.remove(key, i);
        table.remove(key, i + 1);
      }
    });
    expect(table.keyCount).toBe(Math.ceil(keys.length / 3));
    keys.forEach((key, i) => {
      expect(slotsOf(table, key)).toEqual(i % 3 === 0 ? [i, i + 1] : []);
    });
  });
});
