import type { Person, ResidenceStatus, ReturnIntention } from '../../shared/domain';
import { codedValue } from './coded-value';
import type { PersonProfile } from './person-profile';

type ResidenceOriginFields = Pick<
  Person,
  | 'residence'
  | 'emigrationYear'
  | 'residenceStatus'
  | 'generation'
  | 'intentionToReturn'
  | 'origin'
  | 'hometownAssociation'
>;

const STATUSES: readonly (readonly [ResidenceStatus, number])[] = [
  ['permanent-resident', 4],
  ['citizen', 3],
  ['temporary-resident', 3],
  ['student', 1],
  ['undisclosed', 1],
];

const RETURN_INTENTIONS: readonly ReturnIntention[] = [
  'no',
  'undecided',
  'later',
  'within-2-years',
];

/** Blocks 3 and 4. */
export function generateResidenceOrigin(p: PersonProfile): ResidenceOriginFields {
  const { rng } = p;
  const fields: ResidenceOriginFields = {
    residence: {
      country: codedValue('iso-3166-1', p.residence.country),
      ...(rng.chance(0.8) ? { subdivision: codedValue('iso-3166-2', p.city.subdivision) } : {}),
      city: p.city.name,
    },
  };
  if (p.emigrationYear !== undefined && rng.chance(0.85)) fields.emigrationYear = p.emigrationYear;
  if (rng.chance(0.75)) fields.residenceStatus = p.descendant ? 'citizen' : rng.weighted(STATUSES);
  if (rng.chance(0.9)) fields.generation = p.descendant ? 'descendant' : 'emigrant';
  if (rng.chance(0.6)) fields.intentionToReturn = rng.pick(RETURN_INTENTIONS);
  if (rng.chance(0.85)) {
    const region = codedValue('iso-3166-2', p.hometown.subdivision);
    fields.origin = rng.chance(0.7) ? { region, locality: p.hometown.name } : { region };
  }
  if (rng.chance(0.08)) {
    fields.hometownAssociation = { name: `Ressortissants de ${p.hometown.name}` };
  }
  return fields;
}
