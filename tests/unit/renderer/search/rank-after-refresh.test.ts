import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { onRecordsCommitted } from '../../../../renderer/src/store/records/record-changes';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import type { RecordsCommitted } from '../../../../renderer/src/store';
import type { Session } from '../../../../renderer/src/store/session';
import { sampleConsent, samplePerson, setUpOffice } from '../../store/helpers';
import { doctorNeed } from '../../shared/matching/matching-fixtures';
import { unlockWorker, type OpenedWorker } from './search-worker-harness';

const people = repositoryFor('person');
const consents = repositoryFor('consent');
const workers: OpenedWorker[] = [];
const surgeon = { list: 'isco-08' as const, version: '2024', code: '2211' };

afterEach(() => {
  for (const worker of workers.splice(0)) worker.client.dispose();
});

/** A surgeon who agreed to be contacted about opportunities, saved in two commits. */
async function saveSurgeon(session: Session, family: string) {
  const created = await people.create(session, {
    ...samplePerson(family),
    work: [{ occupation: surgeon, yearsOfExperience: 12 }],
    skills: ['Surgery'],
  });
  if (!created.ok) throw new Error(created.error.code);
  const consent = await consents.create(
    session,
    sampleConsent(session, created.value.id, 'contact-opportunities'),
  );
  if (!consent.ok) throw new Error(consent.error.code);
  return { id: created.value.id, consentId: consent.value.id };
}

describe('ranking a need in the search worker', () => {
  it('ranks a member saved just before, whose refresh is still being read', async () => {
    const { store, session } = await setUpOffice();
    const worker = await unlockWorker(store, true);
    workers.push(worker);
    const events: RecordsCommitted[] = [];
    const stop = onRecordsCommitted(store.db, (event) => events.push(event));
    const { id } = await saveSurgeon(session, 'Keita');
    stop();
    expect(events.length).toBeGreaterThan(0);

    // As the page does: each commit is passed on, and the ranking is asked at once after.
    const refreshes = events.map((event) => worker.client.recordsCommitted(event));
    const ranking = await worker.client.rankForNeed(doctorNeed());
    expect(ranking.matches.map((m) => m.id)).toEqual([id]);
    expect(ranking.excluded).toEqual({ restricted: 0, noContactConsent: 0 });
    expect(ranking.contactable).toEqual([id]);
    await Promise.all(refreshes);
  });

  it('says a shortlisted member may no longer be contacted once they withdraw, without the page reading consents', async () => {
    const { store, session } = await setUpOffice();
    const { id, consentId } = await saveSurgeon(session, 'Sow');
    const worker = await unlockWorker(store, true);
    workers.push(worker);
    expect((await worker.client.rankForNeed(doctorNeed(), 30, [id])).contactable).toEqual([id]);

    const events: RecordsCommitted[] = [];
    const stop = onRecordsCommitted(store.db, (event) => events.push(event));
    const withdrawn = await consents.update(session, consentId, {
      withdrawnAt: '2025-03-02T09:00:00.000Z',
    });
    expect(withdrawn.ok).toBe(true);
    stop();
    const refreshes = events.map((event) => worker.client.recordsCommitted(event));
    const after = await worker.client.rankForNeed(doctorNeed(), 30, [id]);
    expect(after.matches).toEqual([]);
    expect(after.excluded.noContactConsent).toBe(1);
    expect(after.contactable).toEqual([]);
    await Promise.all(refreshes);
  });
});
