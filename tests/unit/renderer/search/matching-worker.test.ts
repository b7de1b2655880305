import { describe, expect, it } from 'vitest';
import { searchCodes } from '../../../../shared/codelists';
import type { PersonInput } from '../../../../shared/domain/person';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import { projectMember } from '../../../../renderer/src/search/index/project-member';
import { handleRankForNeed } from '../../../../renderer/src/search/worker/handle-rank-for-need';
import type { OpenIndex, WorkerState } from '../../../../renderer/src/search/worker/worker-state';
import { doctorNeed } from '../../shared/matching/matching-fixtures';

const c = <L extends string>(list: L, code: string) => ({ list, version: '1', code });
const REGISTRATION = 1;
const CONTACT = 2;

function member(id: string, fields: Partial<PersonInput>, consents: number) {
  const source = ProjectionSource.parse({
    id,
    type: 'person',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  });
  return projectMember(source, consents, { highRisk: true });
}

const doctor = (id: string, consents: number, extra: Partial<PersonInput> = {}) =>
  member(
    id,
    {
      work: [{ occupation: c('isco-08', '2211'), yearsOfExperience: 9 }],
      skills: ['Surgery'],
      languages: [{ language: c('iso-639-3', 'fra'), proficiency: 'fluent' }],
      availability: { modes: ['on-site'], durations: ['2-weeks-to-3-months'], periods: [] },
      origin: { region: c('iso-3166-2', 'NE-5') },
      ...extra,
    },
    consents,
  );

/** The consents each member was projected with, as the worker's consent facts would say. */
const masks: Readonly<Record<string, number>> = {
  a: REGISTRATION | CONTACT,
  b: REGISTRATION,
  c: REGISTRATION | CONTACT,
  d: REGISTRATION | CONTACT,
};

function stateWith(highRisk: boolean): WorkerState {
  const index = new MemberIndex({
    textKeys: nameTextKeys,
    occupationGroups: (word) => searchCodes('isco-08', word, 'en', 50).map((m) => m.code),
    locale: 'en',
  });
  index.putMany([
    doctor('a', REGISTRATION | CONTACT),
    doctor('b', REGISTRATION),
    doctor('c', REGISTRATION | CONTACT, { processingRestricted: true }),
    member('d', { work: [{ occupation: c('isco-08', '2512') }] }, REGISTRATION | CONTACT),
  ]);
  const open = {
    index,
    projection: { highRisk },
    loaded: Promise.resolve(),
    exclusive: <T>(work: () => Promise<T>) => work(),
    consents: { maskOf: (id: string) => masks[id] ?? 0 },
  } as unknown as OpenIndex;
  return { open, progress: { phase: 'ready', done: 4, total: 4 }, report: () => undefined };
}

describe('the search worker ranks a need', () => {
  it('from the projection it already holds, leaving out and counting who may not be contacted', async () => {
    const result = await handleRankForNeed.handle(stateWith(true), { need: doctorNeed() });
    expect(result.matches.map((m) => m.id)).toEqual(['a']);
    expect(result.excluded).toEqual({ restricted: 1, noContactConsent: 1 });
    const reasons = result.matches[0]?.reasons ?? [];
    expect(reasons.find((r) => r.criterion === 'experience')).toMatchObject({ years: 9 });
    expect(reasons.find((r) => r.criterion === 'region')).toMatchObject({ level: 'region' });
  });

  it('says who may be contacted among the ranked and the people already decided on', async () => {
    const result = await handleRankForNeed.handle(stateWith(true), {
      need: doctorNeed(),
      people: ['b', 'd', 'gone'],
    });
    expect(result.matches.map((m) => m.id)).toEqual(['a']);
    expect([...result.contactable].sort()).toEqual(['a', 'd']);
  });

  it('does not use the region of origin for a role that may not see it', async () => {
    const result = await handleRankForNeed.handle(stateWith(false), { need: doctorNeed() });
    expect(result.matches[0]?.reasons.map((r) => r.criterion)).not.toContain('region');
  });

  it('refuses a need that is not a valid mission request', () => {
    const parsed = handleRankForNeed.input.safeParse({
      need: { ...doctorNeed(), expertsNeeded: 0 },
    });
    expect(parsed.success).toBe(false);
  });
});
