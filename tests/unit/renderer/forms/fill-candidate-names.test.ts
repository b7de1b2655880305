import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fillCandidateNames } from '../../../../renderer/src/screens/members/form/fill-candidate-names';
import { findIdentifierMatches } from '../../../../renderer/src/screens/members/form/find-identifier-matches';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import { samplePerson, setUpOffice } from '../../store/helpers';

describe('duplicate candidates from exact identifiers', () => {
  it('are named without logging a high-risk view of the existing member', async () => {
    const { session } = await setUpOffice();
    const created = await repositoryFor('person').create(session, samplePerson('Maiga'));
    if (!created.ok) throw new Error(created.error.code);
    const auditBefore = await session.store.db.audit.count();

    const exact = await findIdentifierMatches(
      session,
      { phones: [{ number: '+22790123456', kind: 'mobile' }] },
      undefined,
    );
    const named = await fillCandidateNames(session, exact);

    expect(named).toEqual([
      { id: created.value.id, name: 'Aminata Maiga', reasons: ['same-phone'], score: 1 },
    ]);
    expect(await session.store.db.audit.count()).toBe(auditBefore);
  });

  it('keep the name the search index gave and drop members that are gone', async () => {
    const { session } = await setUpOffice();
    const named = await fillCandidateNames(session, [
      { id: 'indexed', name: 'Moussa Issoufou', reasons: ['similar-name'], score: 0.8 },
      { id: '01890000-0000-7000-8000-000000000000', name: '', reasons: ['same-email'], score: 1 },
    ]);
    expect(named.map((c) => c.name)).toEqual(['Moussa Issoufou']);
  });
});
