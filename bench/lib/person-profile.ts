import type { NamePool } from './name-pools';
import { NAME_POOLS } from './name-pools';
import type { City, Origin, Residence } from './place-pools';
import { ORIGINS, RESIDENCES, RESIDENCE_BIAS } from './place-pools';
import type { OccupationProfile } from './occupation-pools';
import { OCCUPATIONS } from './occupation-pools';
import type { Rng } from './prng';

/** The facts drawn first for one synthetic person; every block is generated from them. */
export interface PersonProfile {
  rng: Rng;
  pool: NamePool;
  origin: Origin;
  hometown: City;
  residence: Residence;
  city: City;
  sex: 'female' | 'male';
  birthYear: number;
  descendant: boolean;
  /** Year the person left, absent for descendants born abroad. */
  emigrationYear: number | undefined;
  occupations: OccupationProfile[];
  createdMs: number;
  updatedMs: number;
}

const DAY = 86_400_000;
const CREATED_FROM = Date.UTC(2019, 0, 1);
const CREATED_TO = Date.UTC(2025, 5, 30);

type Weighted<T> = readonly (readonly [T, number])[];

const originsByPool = new Map<string, Weighted<Origin>>(
  NAME_POOLS.map(([pool]) => [
    pool.id,
    ORIGINS.filter((o) => o.pool === pool.id).map((o) => [o, o.weight] as const),
  ]),
);

const residencesByPool = new Map<string, Weighted<Residence>>(
  NAME_POOLS.map(([pool]) => [
    pool.id,
    RESIDENCES.map((r) => [r, r.weight * (RESIDENCE_BIAS[pool.id][r.country] ?? 1)] as const),
  ]),
);

const occupationWeights: Weighted<OccupationProfile> = OCCUPATIONS.map((o) => [o, o.weight]);

function pickResidence(rng: Rng, pool: NamePool, origin: Origin): Residence {
  const options = residencesByPool.get(pool.id) ?? [];
  for (;;) {
    const residence = rng.weighted(options);
    if (residence.country !== origin.country) return residence;
  }
}

export function drawProfile(rng: Rng): PersonProfile {
  const pool = rng.weighted(NAME_POOLS);
  const origin = rng.weighted(originsByPool.get(pool.id) ?? []);
  const residence = pickResidence(rng, pool, origin);
  const birthYear = rng.int(1950, 2004);
  const descendant = rng.chance(0.1);
  const earliest = birthYear + 17;
  const emigrationYear = descendant ? undefined : rng.int(earliest, Math.max(earliest, 2024));
  const createdMs =
    CREATED_FROM + rng.int(0, (CREATED_TO - CREATED_FROM) / DAY) * DAY + rng.int(0, DAY - 1);
  const occupations = [rng.weighted(occupationWeights)];
  if (rng.chance(0.25)) occupations.push(rng.weighted(occupationWeights));
  return {
    rng,
    pool,
    origin,
    hometown: rng.pick(origin.cities),
    residence,
    city: rng.pick(residence.cities),
    sex: rng.chance(0.5) ? 'female' : 'male',
    birthYear,
    descendant,
    emigrationYear,
    occupations,
    createdMs,
    updatedMs: createdMs + (rng.chance(0.6) ? rng.int(0, 400 * DAY) : 0),
  };
}
