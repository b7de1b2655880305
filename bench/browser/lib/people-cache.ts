import type { Person } from '../../../shared/domain';
import { generatePeople } from '../../lib/generate-people';

let cached: { n: number; seed: number; people: Person[] } | undefined;

/**
 * The first `n` records for `seed`, generated once per page and kept (generation is never part
 * of a timed section). Holds one data set at a time.
 */
export function peopleFor(n: number, seed: number): Person[] {
  if (cached && cached.seed === seed && cached.n >= n) return cached.people.slice(0, n);
  cached = undefined;
  const people = generatePeople(n, seed);
  cached = { n, seed, people };
  return people;
}
