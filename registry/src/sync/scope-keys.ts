import type { OfficeScope, ScopeFacts } from '../../../shared/sync/scope/scope';

/**
 * Index keys for the change log (table `change_keys`): a change is filed under every key of its
 * record's scope facts, and an office pulls the changes filed under its own keys. An office's
 * keys meet a record's keys exactly when `inScope` says it sees the record; the pull still runs
 * `scopeTransition` on each row found, so a key may over-match but must never miss.
 * `*` everyone, `o:<office>` a creator, `p` any person (national scope), `c:<country>` country
 * of residence, `g:<region>` a region, filed under each region above it too (`NE-8-01` is within
 * `NE-8`).
 */
export function scopeKeysOf(facts: ScopeFacts): string[] {
  switch (facts.visibility) {
    case 'everyone':
      return ['*'];
    case 'creators':
      return facts.creators.map((office) => `o:${office}`);
    case 'person': {
      const keys = ['p', ...facts.creators.map((office) => `o:${office}`)];
      if (facts.residenceCountry !== null) keys.push(`c:${facts.residenceCountry}`);
      keys.push(...facts.regions.flatMap(regionAndAbove).map((region) => `g:${region}`));
      return [...new Set(keys)];
    }
  }
}

/** The keys an office pulls by. */
export function officeScopeKeys(office: OfficeScope): string[] {
  const own = ['*', `o:${office.officeId}`];
  const { scope } = office;
  switch (scope.kind) {
    case 'national':
      return [...own, 'p'];
    case 'residence':
      return [...own, ...scope.countries.map((country) => `c:${country}`)];
    case 'regions':
      return [...own, ...scope.regions.map((region) => `g:${region}`)];
  }
}

/** The keys of a change: its record's facts before and after it (a purge is found by the old). */
export function changeScopeKeys(before: ScopeFacts | null, after: ScopeFacts): string[] {
  const keys =
    before === null ? scopeKeysOf(after) : [...scopeKeysOf(before), ...scopeKeysOf(after)];
  return [...new Set(keys)];
}

/** `NE-8-01` → `NE-8-01`, `NE-8`, `NE`. */
function regionAndAbove(code: string): string[] {
  const parts = code.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}
