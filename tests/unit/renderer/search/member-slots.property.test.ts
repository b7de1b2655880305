import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import type { MemberRecord } from '../../../../renderer/src/search/index/member-record';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { ValueInterner } from '../../../../renderer/src/search/index/value-interner';

const text = fc.string({ maxLength: 6 });
const parts = fc.record({ given: text, family: text, other: text }, { requiredKeys: [] });
const names = fc.record(
  { latin: parts, arabic: parts, ethiopic: parts, passport: parts },
  { requiredKeys: [] },
);
const codes = fc.uniqueArray(fc.constantFrom('2211', '2212', '3221', 'FR', 'SN'), {
  maxLength: 3,
});
const instant = fc.integer({ min: 0, max: 4_102_444_800_000 });
/** An `updatedAt` as the app writes it, or in another form that parses (kept as it came). */
const updated = fc.tuple(instant, fc.boolean()).map(([ms, iso]) => {
  const updatedAt = iso ? new Date(ms).toISOString() : new Date(ms).toUTCString();
  return { updatedAt, updatedMs: Date.parse(updatedAt) };
});

const record = (id: string) =>
  fc
    .record({
      names,
      updated,
      residence: fc.option(fc.constantFrom('FR', 'SN', 'CA'), { nil: undefined }),
      occupation: fc.option(fc.constantFrom('2211', '3221'), { nil: undefined }),
      occupations: codes,
      skills: fc.uniqueArray(text, { maxLength: 4 }),
      textKeys: fc.uniqueArray(fc.stringMatching(/^[a-m~]{1,5}$/), { maxLength: 4 }),
      duplicateKeys: fc.uniqueArray(fc.nat(0x3fffffff), { maxLength: 5 }),
      nameSkeletons: fc.uniqueArray(text, { maxLength: 3 }),
      completeness: fc.double({ min: 0, max: 1, noNaN: true }),
      incompleteDraft: fc.boolean(),
      birthYear: fc.option(fc.integer({ min: 1900, max: 2020 }), { nil: undefined }),
      phones: fc.uniqueArray(fc.stringMatching(/^\+\d{6,12}$/), { maxLength: 2 }),
      email: fc.option(fc.emailAddress(), { nil: undefined }),
      documents: fc.array(fc.record({ number: text, country: fc.constantFrom('SN', 'FR') }), {
        maxLength: 2,
      }),
      language: codes,
      consents: fc.nat(15),
      languages: fc.array(
        fc.record({ code: fc.constantFrom('fra', 'wol'), proficiency: fc.constantFrom('native') }),
        { maxLength: 2 },
      ),
      years: fc.option(fc.nat(40), { nil: undefined }),
    })
    .map((r): MemberRecord => ({
      id,
      names: r.names,
      updatedAt: r.updated.updatedAt,
      updatedMs: r.updated.updatedMs,
      residence: r.residence,
      occupation: r.occupation,
      occupations: r.occupations,
      skills: r.skills,
      textKeys: r.textKeys,
      duplicateKeys: r.duplicateKeys,
      nameSkeletons: r.nameSkeletons,
      completeness: r.completeness,
      incompleteDraft: r.incompleteDraft,
      birthYear: r.birthYear,
      phones: r.phones,
      email: r.email,
      documents: r.documents,
      facets: {
        residence: r.residence ? [r.residence] : [],
        origin: [],
        sector: [],
        iscoMajor: r.occupations.map((o) => o.slice(0, 1)).filter((o, i, a) => a.indexOf(o) === i),
        language: r.language,
        availabilityMode: [],
        investmentType: [],
        association: [],
      },
      consents: r.consents,
      derived: {
        match: {
          id,
          occupations: r.occupations.map((code) =>
            r.years === undefined ? { code } : { code, years: r.years },
          ),
          skills: r.skills,
          languages: r.languages,
          modes: [],
          durations: [],
          ...(r.residence ? { residenceCountry: r.residence } : {}),
          sectors: [],
          contactConsent: (r.consents & 2) !== 0,
          restricted: false,
        },
      },
    }));

const ids = ['a', 'b', 'c', 'd', 'e'];
const step = fc.oneof(
  fc.constantFrom(...ids).chain((id) => fc.record({ put: record(id) })),
  fc.record({ remove: fc.constantFrom(...ids) }),
);

function newIndex() {
  return new MemberIndex({ textKeys: nameTextKeys, occupationGroups: () => [], locale: 'fr' });
}

describe('the compact member storage', () => {
  it('gives back every member as it was last put, whatever was put, replaced and removed', () => {
    fc.assert(
      fc.property(
        fc.array(record('a'), { maxLength: 3 }),
        fc.array(step, { maxLength: 25 }),
        (bulk, steps) => {
          const index = newIndex();
          const model = new Map<string, MemberRecord>();
          const unique = bulk.map((r, i) => ({
            ...r,
            id: `bulk-${i}`,
            derived: { match: { ...r.derived.match, id: `bulk-${i}` } },
          }));
          index.putMany(unique);
          for (const r of unique) model.set(r.id, r);
          for (const s of steps) {
            if ('put' in s) {
              index.put(s.put);
              model.set(s.put.id, s.put);
            } else {
              index.remove(s.remove);
              model.delete(s.remove);
            }
          }
          for (const [id, expected] of model) expect(index.get(id)).toEqual(expected);
          expect([...index.ids()].sort()).toEqual([...model.keys()].sort());
          for (const id of ids) if (!model.has(id)) expect(index.get(id)).toBeUndefined();
        },
      ),
    );
  });

  it('keeps whole the names it has no code for, and gives them back as they were', () => {
    fc.assert(
      fc.property(record('x'), (base) => {
        const names = { ...base.names, cyrillic: { given: 'Иван' } } as MemberRecord['names'];
        const index = newIndex();
        index.put({ ...base, names });
        expect(index.get('x')?.names).toEqual(names);
        index.put(base);
        expect(index.get('x')).toEqual(base);
      }),
      { numRuns: 20 },
    );
  });

  it('gives back equal values, and the same array again when an equal one comes next', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.array(json, { maxLength: 30 }), (values) => {
        const interner = new ValueInterner();
        for (const value of values) {
          const shared = interner.deep(value);
          expect(shared).toEqual(value);
          const again = interner.deep(structuredClone(value));
          expect(again).toEqual(value);
          if (Array.isArray(value)) expect(again).toBe(shared);
        }
      }),
    );
  });
});
