import type { DuplicateCandidate, DuplicateReason } from '../../../search/member-search-types';
import { findByIdentifier, type Session } from '../../../store';
import type { PersonContent } from './to-person-content';

type Probe = { kind: 'phone' | 'email' | 'document'; value: string; reason: DuplicateReason };

function probesOf(person: PersonContent): Probe[] {
  return [
    ...(person.phones ?? []).map((p) => ({
      kind: 'phone' as const,
      value: p.number,
      reason: 'same-phone' as const,
    })),
    ...(person.email
      ? [{ kind: 'email' as const, value: person.email, reason: 'same-email' as const }]
      : []),
    ...(person.documents ?? []).flatMap((d) =>
      d.type && d.issuingCountry && d.number
        ? [
            {
              kind: 'document' as const,
              value: `${d.type}|${d.issuingCountry.code}|${d.number}`,
              reason: 'same-document' as const,
            },
          ]
        : [],
    ),
  ];
}

/**
 * Members already holding one of this person's exact identifiers (phone, e-mail, document), by
 * the store's blind indexes: works before the search index has finished loading. No record is
 * opened here, so names are left empty: see fillCandidateNames.
 */
export async function findIdentifierMatches(
  session: Session,
  person: PersonContent,
  excludeId: string | undefined,
): Promise<DuplicateCandidate[]> {
  const reasons = new Map<string, Set<DuplicateReason>>();
  for (const probe of probesOf(person)) {
    const found = await findByIdentifier(session, probe.kind, probe.value);
    if (!found.ok) continue;
    for (const id of found.value) {
      if (id === excludeId) continue;
      reasons.set(id, (reasons.get(id) ?? new Set()).add(probe.reason));
    }
  }
  return [...reasons].map(([id, why]) => ({ id, name: '', reasons: [...why], score: 1 }));
}
