import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Consent, Organisation } from '../../../shared/domain';
import { createReferral } from '../../../renderer/src/referrals/create-referral';
import { moveReferral, recordReminder } from '../../../renderer/src/referrals/move-referral';
import { readPeople } from '../../../renderer/src/referrals/read-people';
import { listAuditEntries } from '../../../renderer/src/store/audit/list-audit-entries';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import type { Session } from '../../../renderer/src/store/session';
import { fakeClock, openTestStore, samplePerson, setUpOffice } from '../store/helpers';

const NE = { list: 'iso-3166-1' as const, version: '2024', code: 'NE' };

async function office() {
  const clock = fakeClock(Date.parse('2025-06-01T09:00:00.000Z'));
  const { session } = await setUpOffice(await openTestStore(undefined, clock));
  const person = await repositoryFor('person').create(session, samplePerson());
  if (!person.ok) throw new Error('person');
  // Built apart: the repository's content type only names the fields both kinds share.
  const hospital = {
    kind: 'partner' as const,
    name: 'Hôpital national de Niamey',
    country: NE,
    institutionType: 'hospital' as const,
    dataSharingAgreement: {
      reference: 'HNN-2025-01',
      expiry: '2026-12-31',
      recipientCountry: NE,
      transferBasis: 'domestic' as const,
    },
  };
  const partner = await repositoryFor('organisation').create(session, hospital);
  if (!partner.ok) throw new Error('partner');
  return { session, clock, person: person.value, partner: Organisation.parse(partner.value) };
}

async function consentOf(session: Session, personId: string) {
  const created = await repositoryFor('consent').create(session, {
    personId,
    purpose: 'share-partners',
    noticeVersion: '2025-01',
    noticeLanguage: { list: 'iso-639-3', version: '2024', code: 'fra' },
    method: 'paper-signed',
    givenAt: '2025-05-01T09:00:00.000Z',
    recordedBy: session.staffId,
  });
  if (!created.ok) throw new Error('consent');
  return Consent.parse(created.value);
}

describe('referring a member', () => {
  it('sends on consent, shares only the hospital template, and logs the write', async () => {
    const { session, person, partner } = await office();
    const consent = await consentOf(session, person.id);
    const outcome = await createReferral(session, {
      personId: person.id,
      partnerId: partner.id,
      purpose: 'expert-mission',
      legalBasis: 'consent',
    });
    if (outcome.kind !== 'sent') throw new Error(outcome.kind);
    expect(outcome.referral.consentId).toBe(consent.id);
    expect(outcome.referral.sharedFields).not.toContain('documents');
    expect(outcome.referral.sharedFields).toContain('licences');
    expect(outcome.referral.statusHistory).toEqual([
      { status: 'sent', at: '2025-06-01T09:00:00.000Z', by: session.staffId },
    ]);
    const audit = await listAuditEntries(session, { limit: 100 });
    if (!audit.ok) throw new Error(audit.error.code);
    const entries = audit.value.entries.filter((e) => e.recordId === outcome.referral.id);
    expect(entries.map((e) => [e.action, e.recordType, e.userId])).toEqual([
      ['create', 'referral', session.staffId],
    ]);
  });

  it('refuses a member who withdrew sharing consent, and writes nothing', async () => {
    const { session, person, partner } = await office();
    const consent = await consentOf(session, person.id);
    const withdrawn = await repositoryFor('consent').update(session, consent.id, {
      withdrawnAt: '2025-05-20T09:00:00.000Z',
    });
    expect(withdrawn.ok).toBe(true);
    const outcome = await createReferral(session, {
      personId: person.id,
      partnerId: partner.id,
      purpose: 'investment',
      legalBasis: 'consent',
    });
    expect(outcome).toEqual({ kind: 'blocked', blocks: ['consent-withdrawn'] });
    const referrals = await repositoryFor('referral').list(session);
    expect(referrals.ok && referrals.value.records).toEqual([]);
  });

  it('moves through its statuses with date and author, then stays final', async () => {
    const { session, clock, person, partner } = await office();
    await consentOf(session, person.id);
    const sent = await createReferral(session, {
      personId: person.id,
      partnerId: partner.id,
      purpose: 'expert-mission',
      legalBasis: 'consent',
    });
    if (sent.kind !== 'sent') throw new Error(sent.kind);
    let current = sent.referral;
    clock.advance(86_400_000 * 20);
    const reminded = await recordReminder(session, current);
    if (!reminded.ok) throw new Error(reminded.error.code);
    current = reminded.value;
    expect(current.reminders).toHaveLength(1);
    for (const to of ['acknowledged', 'in-progress', 'completed'] as const) {
      clock.advance(86_400_000);
      const moved = await moveReferral(session, current, to);
      if (!moved.ok) throw new Error(moved.error.code);
      current = moved.value;
    }
    expect(current.statusHistory.map((s) => [s.status, s.by])).toEqual([
      ['sent', session.staffId],
      ['acknowledged', session.staffId],
      ['in-progress', session.staffId],
      ['completed', session.staffId],
    ]);
    expect(current.statusHistory.at(-1)?.at).toBe('2025-06-24T09:00:00.000Z');
    const reopened = await moveReferral(session, current, 'in-progress');
    expect(reopened.ok).toBe(false);
    const stale = await moveReferral(session, sent.referral, 'declined');
    expect(stale.ok === false && stale.error.code).toBe('rev-conflict');
  });

  it('lists people for referral lists without their high-risk fields', async () => {
    const { session, person } = await office();
    const people = await readPeople(session, [person.id, person.id]);
    if (!people.ok) throw new Error(people.error.code);
    const listed = people.value.get(person.id);
    expect(listed?.names).toEqual(person.names);
    expect(listed?.documents).toBeUndefined();
    expect(listed?.notes).toBeUndefined();
    const audit = await listAuditEntries(session, { action: 'view-high-risk' });
    expect(audit.ok && audit.value.entries).toEqual([]);
  });
});
