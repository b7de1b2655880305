import type { ConsentPurpose } from '../../../../../shared/domain/consent';
import type { Person } from '../../../../../shared/domain/person';
import { createRecords, repositoryFor, type Session, type StoreResult } from '../../../store';
import { inRecordTransaction } from '../../../store/records/run-record-write';
import { catchStoreFailure, StoreFailure } from '../../../store/store-error';
import type { ConsentNotice, MemberSubmission } from './validate-member-form';

function consentRecords(
  session: Session,
  personId: string,
  purposes: readonly ConsentPurpose[],
  notice: ConsentNotice | undefined,
) {
  if (notice === undefined) return [];
  const givenAt = new Date(session.store.clock.now()).toISOString();
  return purposes.map((purpose) => ({
    type: 'consent' as const,
    content: {
      personId,
      purpose,
      noticeVersion: notice.version,
      noticeLanguage: notice.language,
      method: notice.method,
      givenAt,
      recordedBy: session.staffId,
    },
  }));
}

/** Registers a new member and the consents given, atomically; the new person's id. */
export async function saveNewMember(
  session: Session,
  submission: MemberSubmission,
): Promise<StoreResult<string>> {
  const result = await createRecords(session, (reserveId) => {
    const id = reserveId();
    return [
      { type: 'person', id, content: submission.person },
      ...consentRecords(session, id, submission.newConsents, submission.notice),
    ];
  });
  if (!result.ok) return result;
  const [person] = result.value;
  return { ok: true, value: person!.id };
}

export interface EditTarget {
  readonly id: string;
  readonly rev: number;
  /** The record as loaded: fields the form does not edit are kept from it. */
  readonly original: Partial<Person>;
  /** Fields the role could not see: never written, so they stay as stored. */
  readonly hiddenFields: readonly string[];
}

/**
 * Saves an edit with the rev it started from (a change made meanwhile fails with `rev-conflict`)
 * and the newly given consents, in one transaction: a failure leaves neither. Parts the form does not show (the national admin area of
 * the origin, links to known organisations) are carried over from the stored record.
 */
export async function saveEditedMember(
  session: Session,
  target: EditTarget,
  submission: MemberSubmission,
): Promise<StoreResult<string>> {
  const patch: Record<string, unknown> = { ...submission.person };
  const { origin } = target.original;
  if (
    submission.person.origin &&
    origin?.adminArea &&
    origin.region.code === submission.person.origin.region.code
  ) {
    patch.origin = { ...submission.person.origin, adminArea: origin.adminArea };
  }
  const association = target.original.hometownAssociation;
  if (
    association?.organisationId &&
    submission.person.hometownAssociation?.name === association.name
  ) {
    patch.hometownAssociation = association;
  }
  const memberships = target.original.associationMemberships ?? [];
  patch.associationMemberships = submission.person.associationMemberships.map((m) => {
    const known = memberships.find((o) => o.organisationId && o.name === m.name);
    return known ? { ...m, organisationId: known.organisationId } : m;
  });
  for (const field of target.hiddenFields) delete patch[field];
  const consents = consentRecords(session, target.id, submission.newConsents, submission.notice);
  return catchStoreFailure(() =>
    inRecordTransaction(session, async () => {
      const updated = await repositoryFor('person').update(session, target.id, patch, {
        expectedRev: target.rev,
      });
      if (!updated.ok) throw new StoreFailure(updated.error);
      if (consents.length > 0) {
        const created = await createRecords(session, () => consents);
        if (!created.ok) throw new StoreFailure(created.error);
      }
      return target.id;
    }),
  );
}
