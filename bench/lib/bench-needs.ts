import { MissionRequest, type Person } from '../../shared/domain';

const at = '2025-01-01T00:00:00.000Z';

/** A need shaped after a real member's career, so it meets the data where it is dense (M1). */
export function needLike(person: Person): MissionRequest {
  const work = person.work[0];
  if (work === undefined) throw new Error('needLike: member without work');
  return MissionRequest.parse({
    ...{ id: person.id, type: 'mission-request', officeId: person.officeId },
    ...{ createdAt: at, updatedAt: at, rev: 0, hostInstitutionId: person.officeId },
    title: 'Bench mission',
    occupation: work.occupation,
    skills: person.skills.slice(0, 3),
    languages: person.languages.slice(0, 2).map((l) => l.language),
    ...(work.sector === undefined ? {} : { sector: work.sector }),
    ...(person.origin === undefined ? {} : { region: person.origin.region }),
    mode: 'on-site',
    duration: '2-weeks-to-3-months',
    expertsNeeded: 3,
    status: 'open',
  });
}

/** The first `count` needs shaped after the members of `people` who have worked. */
export function needsLike(people: Iterable<Person>, count: number): MissionRequest[] {
  const needs: MissionRequest[] = [];
  for (const person of people) {
    if (needs.length >= count) break;
    if (person.work.length > 0) needs.push(needLike(person));
  }
  return needs;
}
