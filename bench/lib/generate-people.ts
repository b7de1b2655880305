import { v7 as uuidv7 } from 'uuid';
import type { Person } from '../../shared/domain';
import { generateCareer } from './generate-career';
import { generateContact } from './generate-contact';
import { generateContribution } from './generate-contribution';
import { generateIdentity } from './generate-identity';
import { generateResidenceOrigin } from './generate-residence-origin';
import { OFFICES } from './occupation-pools';
import { drawProfile } from './person-profile';
import type { Rng } from './prng';
import { createRng } from './prng';

/** The seed the bench uses unless told otherwise. */
export const DEFAULT_SEED = 20_250_601;

function randomBytes(rng: Rng): Uint8Array {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = rng.int(0, 255);
  return bytes;
}

/** A UUIDv7 (what the domain's RecordId requires) at `msecs`, its random bits from `rng`. */
export function seededUuidV7(rng: Rng, msecs: number): string {
  return uuidv7({ msecs, random: randomBytes(rng) });
}

const officeIds: readonly string[] = OFFICES.map((_, i) =>
  seededUuidV7(createRng(0x0ff1ce, i), Date.UTC(2018, 0, 1) + i),
);

/**
 * Record `index` of the data set for `seed`. Each record has its own PRNG stream, so a record
 * does not depend on the ones before it: ranges can be generated in any order or in parallel.
 */
export function generatePerson(seed: number, index: number): Person {
  const rng = createRng(seed, index);
  const p = drawProfile(rng);
  const identity = generateIdentity(p);
  const career = generateCareer(p);
  return {
    id: seededUuidV7(rng, p.createdMs),
    type: 'person',
    officeId: rng.pick(officeIds),
    createdAt: new Date(p.createdMs).toISOString(),
    updatedAt: new Date(p.updatedMs).toISOString(),
    rev: p.updatedMs === p.createdMs ? 0 : rng.int(1, 6),
    ...identity,
    ...generateContact(p, identity.names.latin ?? {}, career.languages),
    ...generateResidenceOrigin(p),
    ...career,
    ...generateContribution(p),
    processingRestricted: false,
  };
}

/** Records [start, start + n) of the data set for `seed`. */
export function generatePeople(n: number, seed = DEFAULT_SEED, start = 0): Person[] {
  const people = new Array<Person>(n);
  for (let i = 0; i < n; i++) people[i] = generatePerson(seed, start + i);
  return people;
}

/** The same records as {@link generatePeople}, `chunkSize` at a time, to keep memory flat. */
export function* generatePeopleChunks(
  n: number,
  seed = DEFAULT_SEED,
  chunkSize = 1000,
): Generator<Person[]> {
  for (let start = 0; start < n; start += chunkSize) {
    yield generatePeople(Math.min(chunkSize, n - start), seed, start);
  }
}
