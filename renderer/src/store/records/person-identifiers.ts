import type { Person } from '../../../../shared/domain/person';
import type { Identifier } from './record-config';

/** A person's exact-match identifiers: phones, e-mail, each identity document. */
export function personIdentifiers(person: Person): Identifier[] {
  return [
    ...person.phones.map((phone) => ({ kind: 'phone' as const, value: phone.number })),
    ...(person.email ? [{ kind: 'email' as const, value: person.email }] : []),
    ...person.documents.map((d) => ({
      kind: 'document' as const,
      value: `${d.type}|${d.issuingCountry.code}|${d.number}`,
    })),
  ];
}
