import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonNameWeight, duplicateScore } from '../../../../shared/names';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import {
  DuplicateBlocks,
  lookupHashes,
  personLikeOf,
} from '../../../../renderer/src/search/index/duplicate-blocks';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import { projectMember } from '../../../../renderer/src/search/index/project-member';

const given = ['Mohamed', 'Muhammad', 'محمد', 'Awa', 'Ousmane', 'Oumar', 'Aminata', 'Aminta'];
const family = ['Diallo', 'Dialo', 'Ba', 'ولد عبد الله', 'Ould Abdallahi', 'Sow'];
const phones = ['+33612345678', '+221771234567', '+22670123456'];

/** Small pools, so members share names, families, phones and countries. */
const personArb = fc.record({
  script: fc.constantFrom('latin', 'arabic', 'passport'),
  given: fc.constantFrom(...given),
  family: fc.option(fc.constantFrom(...family), { nil: undefined }),
  swapped: fc.boolean(),
  year: fc.option(fc.constantFrom(1979, 1980, 1981, 1983), { nil: undefined }),
  phone: fc.option(fc.constantFrom(...phones), { nil: undefined }),
  email: fc.option(fc.constantFrom('awa@example.org', 'AWA@example.org '), { nil: undefined }),
  document: fc.option(fc.constantFrom('AB 123', 'ab-123', 'CD9'), { nil: undefined }),
  residence: fc.option(fc.constantFrom('FR', 'SN'), { nil: undefined }),
});
type PersonSpec = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

function fieldsOf(spec: PersonSpec) {
  const parts = spec.swapped
    ? { given: spec.family ?? spec.given, family: spec.given }
    : { given: spec.given, ...(spec.family === undefined ? {} : { family: spec.family }) };
  return {
    names: { [spec.script]: parts },
    ...(spec.year === undefined ? {} : { dateOfBirth: { year: spec.year } }),
    phones: spec.phone === undefined ? [] : [{ number: spec.phone }],
    ...(spec.email === undefined ? {} : { email: spec.email }),
    documents:
      spec.document === undefined
        ? []
        : [{ type: 'passport', number: spec.document, issuingCountry: { code: 'SN' } }],
    ...(spec.residence === undefined ? {} : { residence: { country: { code: spec.residence } } }),
  };
}

function member(id: string, spec: PersonSpec) {
  const source = ProjectionSource.parse({
    id,
    type: 'person',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fieldsOf(spec),
  });
  return projectMember(source, 3, { highRisk: true });
}

const key = (d: { id: string; score: number; reasons: readonly string[] }) =>
  `${d.id} ${d.score.toFixed(9)} ${d.reasons.join('+')}`;

describe("the index's duplicate candidates", () => {
  it('are what scoring every member finds among those sharing a blocking key, after puts, edits and removals', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), personArb), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), personArb), { maxLength: 4 }),
        personArb,
        (specs, edits, removals, readds, probeSpec) => {
          const index = new MemberIndex({
            textKeys: nameTextKeys,
            occupationGroups: () => [],
            locale: 'en',
          });
          const ids = specs.map((_, i) => `m-${i}`);
          index.putMany(specs.map((spec, i) => member(ids[i]!, spec)));
          for (const [at, spec] of edits) index.put(member(ids[at % ids.length]!, spec));
          for (const at of removals) index.remove(ids[at % ids.length]!);
          for (const [at, spec] of readds) index.put(member(ids[at % ids.length]!, spec));

          const probe = fieldsOf(probeSpec);
          const found = index.findDuplicates(probe, probeSpec.residence);
          const everyone = [...index.records()];
          const counts = new Map<string, number>();
          for (const record of everyone) {
            for (const s of record.nameSkeletons) counts.set(s, (counts.get(s) ?? 0) + 1);
          }
          const tokenWeight = commonNameWeight(counts, everyone.length);
          const probeKeys = new Set(lookupHashes(probe, probeSpec.residence));
          const scan = everyone.flatMap((record) => {
            if (!record.duplicateKeys.some((k) => probeKeys.has(k))) return [];
            const { score, reasons } = duplicateScore(probe, personLikeOf(record), {
              tokenWeight,
            });
            return reasons.length === 0 ? [] : [{ id: record.id, score, reasons }];
          });
          expect(found.map(key).sort()).toEqual(scan.map(key).sort());
          for (let i = 1; i < found.length; i++) {
            expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('are the same read through names and birth years alone as through whole members', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), personArb), { maxLength: 8 }),
        personArb,
        (specs, edits, probeSpec) => {
          const blocks = new DuplicateBlocks();
          const records = specs.map((spec, i) => member(`m-${i}`, spec));
          records.forEach((record, slot) => blocks.add(slot, record));
          for (const [at, spec] of edits) {
            const slot = at % records.length;
            blocks.remove(slot, records[slot]!);
            records[slot] = member(`m-${slot}`, spec);
            blocks.add(slot, records[slot]);
          }
          const probe = fieldsOf(probeSpec);
          const whole = blocks.candidates(probe, probeSpec.residence, (s) => records[s]);
          const byFields = blocks.candidates(probe, probeSpec.residence, (s) => records[s], {
            names: (s) => records[s]!.names,
            birthYear: (s) => records[s]!.birthYear,
          });
          expect(byFields).toEqual(whole);
        },
      ),
      { numRuns: 100 },
    );
  });
});
