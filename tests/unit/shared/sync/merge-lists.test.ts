import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../../../shared/sync/json';
import { sameJson } from '../../../../shared/sync/json';
import { mergeLists } from '../../../../shared/sync/merge/merge-lists';

/** Elements keyed by `k`, with a value that may be edited. */
const element = fc.record({ k: fc.constantFrom('a', 'b', 'c', 'd'), v: fc.nat(2) });
const list = fc.uniqueArray(element, { selector: (e) => e.k, maxLength: 4 });
const key = (e: Json) => (e as { k: string }).k;
const has = (l: readonly Json[], e: Json) => l.some((x) => sameJson(x, e));

describe('mergeLists (union policy)', () => {
  it('keeps both sides’ additions, one element per key, and drops only what it reports', () => {
    fc.assert(
      fc.property(list, list, list, fc.boolean(), (base, reg, inc, incWins) => {
        const { value, dropped } = mergeLists(base, reg, inc, key, incWins);
        const keys = value.map(key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const e of [...reg, ...inc]) {
          if (!base.some((b) => b.k === e.k)) expect(keys).toContain(e.k);
        }
        for (const e of reg) {
          if (!has(value, e)) expect(dropped.some((d) => sameJson(d.value, e))).toBe(true);
        }
      }),
    );
  });

  it('is the incoming set when the registry did not move, and the registry’s when the incoming did not', () => {
    fc.assert(
      fc.property(list, list, fc.boolean(), (base, other, incWins) => {
        const sorted = (l: readonly Json[]) => [...l].sort((x, y) => (key(x) < key(y) ? -1 : 1));
        expect(sorted(mergeLists(base, base, other, key, incWins).value)).toEqual(sorted(other));
        expect(mergeLists(base, other, base, key, incWins).value).toEqual(other);
      }),
    );
  });

  it('lets an edit beat a removal, on either side', () => {
    const base = [{ k: 'a', v: 0 }];
    expect(mergeLists(base, [{ k: 'a', v: 1 }], [], key, true).value).toEqual([{ k: 'a', v: 1 }]);
    expect(mergeLists(base, [], [{ k: 'a', v: 2 }], key, false).value).toEqual([{ k: 'a', v: 2 }]);
  });

  it('gives an element edited on both sides to the later writer, the other reported lost', () => {
    const base = [{ k: 'a', v: 0 }];
    const result = mergeLists(base, [{ k: 'a', v: 1 }], [{ k: 'a', v: 2 }], key, false);
    expect(result.value).toEqual([{ k: 'a', v: 1 }]);
    expect(result.dropped).toEqual([
      { value: { k: 'a', v: 2 }, side: 'incoming', reason: 'lww-lost' },
    ]);
  });

  it('falls back to whole-element identity when the key cannot read an element', () => {
    const result = mergeLists(null, ['x'], ['y'], key, true);
    expect(result.value).toEqual(['x', 'y']);
  });
});
