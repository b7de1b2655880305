import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateKeys, rankNeed } from '../../../../shared/matching';
import type { PersonInput } from '../../../../shared/domain/person';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import { projectMember } from '../../../../renderer/src/search/index/project-member';
import { doctorNeed } from '../../shared/matching/matching-fixtures';

const c = <L extends string>(list: L, code: string) => ({ list, version: '1', code });
const occupations = ['2211', '2212', '2221', '2310', '2512', '3221'];
const skills = ['Surgery', 'trauma care', 'Teaching', 'Python', 'Midwifery'];

const memberArb = fc.record({
  occupation: fc.option(fc.constantFrom(...occupations), { nil: undefined }),
  skills: fc.subarray(skills),
  contact: fc.boolean(),
  restricted: fc.boolean(),
});
type MemberSpec = typeof memberArb extends fc.Arbitrary<infer T> ? T : never;

function member(id: string, spec: MemberSpec) {
  const fields: Partial<PersonInput> = {
    work: spec.occupation ? [{ occupation: c('isco-08', spec.occupation) }] : [],
    skills: spec.skills,
    languages: [{ language: c('iso-639-3', 'fra'), proficiency: 'fluent' }],
    processingRestricted: spec.restricted,
  };
  const source = ProjectionSource.parse({
    id,
    type: 'person',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  });
  return projectMember(source, spec.contact ? 3 : 1, { highRisk: true });
}

function newIndex() {
  return new MemberIndex({ textKeys: nameTextKeys, occupationGroups: () => [], locale: 'en' });
}

describe("the index's matching candidates", () => {
  it('rank a need exactly as every member would, after puts, edits and removals', () => {
    fc.assert(
      fc.property(
        fc.array(memberArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), memberArb), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom(...occupations),
        fc.subarray(skills),
        (specs, edits, removals, occupation, needSkills) => {
          const index = newIndex();
          const ids = specs.map((_, i) => `m-${i}`);
          index.putMany(specs.map((spec, i) => member(ids[i]!, spec)));
          for (const [at, spec] of edits) index.put(member(ids[at % ids.length]!, spec));
          for (const at of removals) index.remove(ids[at % ids.length]!);
          const need = doctorNeed({ occupation: c('isco-08', occupation), skills: needSkills });
          const everyone = [...index.records()].map((record) => record.derived.match);
          const viaKeys = index.matchCandidates(candidateKeys(need));
          expect(rankNeed(need, viaKeys, 10)).toEqual(rankNeed(need, everyone, 10));
        },
      ),
      { numRuns: 150 },
    );
  });
});
