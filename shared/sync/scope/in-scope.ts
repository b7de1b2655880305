import type { OfficeScope, ScopeFacts } from './scope';

/** Whether an office may see a record with these facts (null: no record). */
export function inScope(office: OfficeScope, facts: ScopeFacts | null): boolean {
  if (facts === null) return false;
  switch (facts.visibility) {
    case 'everyone':
      return true;
    case 'creators':
      return facts.creators.includes(office.officeId);
    case 'person':
      return facts.creators.includes(office.officeId) || grants(office, facts);
  }
}

function grants(office: OfficeScope, facts: Extract<ScopeFacts, { visibility: 'person' }>) {
  const { scope } = office;
  switch (scope.kind) {
    case 'national':
      return true;
    case 'residence':
      return facts.residenceCountry !== null && scope.countries.includes(facts.residenceCountry);
    case 'regions':
      return facts.regions.some((code) => scope.regions.some((region) => within(code, region)));
  }
}

/** A region code, or a national admin area below it (`ET-AM-01` is within `ET-AM`). */
function within(code: string, region: string): boolean {
  return code === region || code.startsWith(`${region}-`);
}
