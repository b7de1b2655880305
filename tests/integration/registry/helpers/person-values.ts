import type { JsonObject } from '../../../../shared/sync/json';

const coded = (list: string, code: string) => ({ list, version: '2024', code });

export const residenceIn = (country: string) => ({ country: coded('iso-3166-1', country) });
export const originFrom = (region: string) => ({ region: coded('iso-3166-2', region) });

/** A person living in `country`, from `region` (the fields scope decides by), with a note. */
export function person(country: string, region: string, notes = 'first visit'): JsonObject {
  return {
    residence: residenceIn(country),
    origin: originFrom(region),
    sex: 'female',
    emigrationYear: 2011,
    notes,
  };
}
