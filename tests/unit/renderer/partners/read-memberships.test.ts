import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  readMemberships,
  readMembershipsOf,
  type ReadProgress,
} from '../../../../renderer/src/screens/partners/read-memberships';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import { openTestStore, samplePerson, setUpOffice } from '../../store/helpers';

const lyon = '01890000-0000-7000-8000-00000000a001';

describe('reading who belongs to which association', () => {
  it('finds the people linked to a known association, with progress, and skips the others', async () => {
    const { session } = await setUpOffice(await openTestStore());
    const people = repositoryFor('person');
    const member = await people.create(session, {
      ...samplePerson(),
      associationMemberships: [{ organisationId: lyon, role: 'founder' }],
    });
    const typedOnly = await people.create(session, {
      ...samplePerson(),
      associationMemberships: [{ name: 'Club de Zinder' }],
    });
    await people.create(session, samplePerson());
    if (!member.ok || !typedOnly.ok) throw new Error('people');

    const progress: ReadProgress[] = [];
    const read = await readMemberships(
      session,
      (p) => progress.push(p),
      new AbortController().signal,
    );
    expect(read.ok && read.value.map((p) => p.id)).toEqual([member.value.id]);
    expect(read.ok && read.value[0]?.memberships).toEqual([
      { organisationId: lyon, role: 'founder' },
    ]);
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });

    const again = await readMembershipsOf(session, [typedOnly.value.id, member.value.id]);
    expect(again.ok && again.value.map((p) => p.id)).toEqual([member.value.id]);
  });

  it('stops between pages once the view is gone', async () => {
    const { session } = await setUpOffice(await openTestStore());
    await repositoryFor('person').create(session, samplePerson());
    const controller = new AbortController();
    controller.abort();
    const progress: ReadProgress[] = [];
    const read = await readMemberships(session, (p) => progress.push(p), controller.signal);
    expect(read.ok && read.value).toEqual([]);
    expect(progress).toEqual([{ done: 0, total: 1 }]);
  });
});
