import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from '../../../../renderer/src/search/index/bitset';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import type { MemberRecord } from '../../../../renderer/src/search/index/member-record';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import { projectMember } from '../../../../renderer/src/search/index/project-member';
import { TermDictionary } from '../../../../renderer/src/search/index/term-dictionary';
import { warmPrefixesInBackground } from '../../../../renderer/src/search/worker/warm-prefixes';

// Few letters and short words, so that a put or a removal often lands in the letter being warmed.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'm', 'م'), minLength: 1, maxLength: 3 });
const letter = fc.constantFrom('a', 'b', 'm', 'م');
/** A budget that allows `terms` postings lists per step. */
const budget = (terms: number) => {
  let left = terms;
  return () => --left <= 0;
};

describe('warming the one-letter prefixes', () => {
  it('answers a one-letter prefix like a scan while letters are warmed a step at a time', () => {
    const put = fc.record({
      kind: fc.constant('put' as const),
      slot: fc.nat(19),
      keys: fc.uniqueArray(word, { maxLength: 3 }),
    });
    const op = fc.oneof(
      { arbitrary: put, weight: 4 },
      {
        arbitrary: fc.record({ kind: fc.constant('remove' as const), slot: fc.nat(19) }),
        weight: 1,
      },
      { arbitrary: fc.record({ kind: fc.constant('ask' as const), letter }), weight: 1 },
      {
        arbitrary: fc.record({
          kind: fc.constant('warm' as const),
          terms: fc.integer({ min: 1, max: 2 }),
        }),
        weight: 3,
      },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.boolean(), (ops, bulk) => {
        const dictionary = new TermDictionary();
        const model = new Map<number, string[]>();
        const ids = (keys: string[]) => keys.map((key) => dictionary.intern(key, bulk));
        for (const step of ops) {
          if (step.kind === 'put' || step.kind === 'remove') {
            const old = model.get(step.slot);
            if (old) dictionary.remove(step.slot, ids(old));
            model.delete(step.slot);
            if (step.kind === 'put') {
              dictionary.add(step.slot, ids(step.keys));
              model.set(step.slot, step.keys);
            }
          } else if (step.kind === 'warm') dictionary.warmStep(budget(step.terms));
          else {
            const into = new Bitset();
            dictionary.prefix(step.letter, into);
            const found: number[] = [];
            into.forEach((slot) => found.push(slot));
            const expected = [...model]
              .filter(([, keys]) => keys.some((key) => key.startsWith(step.letter)))
              .map(([slot]) => slot)
              .sort((a, b) => a - b);
            expect(found).toEqual(expected);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a member added to a letter half warmed, and forgets one removed from it', () => {
    const dictionary = new TermDictionary();
    const [ma, mb] = [dictionary.intern('ma', true), dictionary.intern('mb', true)];
    dictionary.add(0, [ma]);
    dictionary.add(1, [mb]);
    expect(dictionary.warmStep(budget(1))).toBe(true);
    dictionary.add(2, [ma]);
    dictionary.add(3, [dictionary.intern('mc', false)]);
    while (dictionary.warmStep(budget(1)));
    const slotsOf = (letter: string) => {
      const into = new Bitset();
      dictionary.prefix(letter, into);
      const found: number[] = [];
      into.forEach((slot) => found.push(slot));
      return found;
    };
    expect(slotsOf('m')).toEqual([0, 1, 2, 3]);
    dictionary.warmStep(budget(1));
    dictionary.remove(0, [ma]);
    while (dictionary.warmStep(budget(1)));
    expect(slotsOf('m')).toEqual([1, 2, 3]);
  });

  it('ends with every letter kept, so warming more has nothing left to do', () => {
    const dictionary = new TermDictionary();
    ['mo', 'ma', 'ba', '~x', 'مح'].forEach((key, slot) =>
      dictionary.add(slot, [dictionary.intern(key, true)]),
    );
    let steps = 0;
    while (dictionary.warmStep(budget(1))) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(dictionary.warmStep(budget(1))).toBe(false);
  });
});

const given = ['Mohamed', 'Moussa', 'Mariam', 'Awa', 'Amadou', 'Bineta', 'محمد', 'Ibrahima'];
const family = ['Diallo', 'Ba', 'Sow', 'Mbaye', 'Keita', 'عبد الله'];
const personArb = fc.record({
  given: fc.constantFrom(...given),
  family: fc.constantFrom(...family),
});

function member(id: string, names: { given: string; family: string }): MemberRecord {
  const source = ProjectionSource.parse({
    id,
    type: 'person',
    updatedAt: '2025-01-01T00:00:00.000Z',
    names: /[\u0600-\u06ff]/.test(names.given) ? { arabic: names } : { latin: names },
  });
  return projectMember(source, 1, { highRisk: true });
}

function newIndex() {
  return new MemberIndex({ textKeys: nameTextKeys, occupationGroups: () => [], locale: 'fr' });
}

function answer(index: MemberIndex, text: string) {
  const { total, facets } = index.search({ text, filters: {}, sort: 'relevance' });
  const ids = index
    .rows(0, total)
    .map((row) => row.id)
    .sort();
  return { total, facets, ids };
}

describe('a members index being warmed', () => {
  it('answers every search as an index that was never warmed, through puts and removals', () => {
    const ids = fc.constantFrom('p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7');
    const op = fc.oneof(
      fc.record({ put: fc.tuple(ids, personArb) }),
      fc.record({ remove: ids }),
      fc.record({ warm: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ search: fc.constantFrom('M', 'A', 'B', 'م', 'Mo', 'D', 'ع') }),
    );
    fc.assert(
      fc.property(
        fc.array(personArb, { maxLength: 12 }),
        fc.array(op, { maxLength: 30 }),
        (load, ops) => {
          const index = newIndex();
          const model = new Map<string, MemberRecord>();
          const loaded = load.map((names, i) => member(`l${i}`, names));
          index.putMany(loaded);
          loaded.forEach((record) => model.set(record.id, record));
          for (const step of ops) {
            if ('put' in step) {
              const record = member(step.put[0], step.put[1]);
              index.put(record);
              model.set(record.id, record);
            } else if ('remove' in step) {
              index.remove(step.remove);
              model.delete(step.remove);
            } else if ('warm' in step) index.warmPrefixes(budget(step.warm));
            else {
              const fresh = newIndex();
              fresh.putMany([...model.values()]);
              expect(answer(index, step.search)).toEqual(answer(fresh, step.search));
            }
          }
        },
      ),
    );
  });

  it('is warmed in the background until every letter is kept, and stops for a replaced index', async () => {
    const index = newIndex();
    index.putMany(
      given.map((g, i) => member(`w${i}`, { given: g, family: family[i % family.length]! })),
    );
    const before = answer(index, 'M');
    await warmPrefixesInBackground(newIndex(), () => false);
    await warmPrefixesInBackground(index, () => true, 0);
    expect(index.warmPrefixes(() => true)).toBe(false);
    expect(answer(index, 'M')).toEqual(before);
  });
});
