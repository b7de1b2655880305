import type { InvestmentInterest, Person } from '../../shared/domain';
import { codedValue } from './coded-value';
import {
  AMOUNT_BANDS,
  AVAILABILITY_MODES,
  INVESTMENT_NEEDS,
  INVESTMENT_SECTORS,
  INVESTMENT_STAGES,
  INVESTMENT_TYPES,
  MISSION_DURATIONS,
} from './contribution-pools';
import type { PersonProfile } from './person-profile';

function investment(p: PersonProfile): InvestmentInterest {
  const { rng } = p;
  const region = rng.chance(0.7) ? p.hometown : rng.pick(p.origin.cities);
  const currency = rng.weighted([
    [p.residence.currency, 6],
    [p.origin.currency, 2],
    ['EUR', 1],
    ['USD', 1],
  ] as const);
  return {
    type: rng.weighted(INVESTMENT_TYPES),
    sector: codedValue('isic-rev4', rng.pick(INVESTMENT_SECTORS)),
    targetRegion: codedValue('iso-3166-2', region.subdivision),
    amountBand: rng.weighted(AMOUNT_BANDS),
    currency: codedValue('iso-4217', currency),
    stage: rng.pick(INVESTMENT_STAGES),
    needs: rng.sample(INVESTMENT_NEEDS, rng.int(0, 2)),
  };
}

type ContributionFields = Pick<
  Person,
  'availability' | 'investmentInterests' | 'associationMemberships'
>;

/** Block 7: availability for missions, 0-2 investment interests, association memberships. */
export function generateContribution(p: PersonProfile): ContributionFields {
  const { rng } = p;
  const count = rng.weighted([
    [0, 50],
    [1, 35],
    [2, 15],
  ] as const);
  const fields: ContributionFields = {
    investmentInterests: Array.from({ length: count }, () => investment(p)),
    associationMemberships: [],
  };
  if (rng.chance(0.5)) {
    fields.availability = {
      modes: rng.sample(AVAILABILITY_MODES, rng.int(1, 2)),
      durations: rng.sample(MISSION_DURATIONS, 1),
      daysPerYear: rng.int(5, 60),
      periods: [],
      remuneration: rng.pick(['volunteer', 'paid', 'either'] as const),
    };
  }
  if (rng.chance(0.1)) {
    fields.associationMemberships.push({
      name: `Association des ressortissants de ${p.hometown.name}`,
      role: rng.pick(['member', 'officer', 'founder'] as const),
    });
  }
  return fields;
}
