import 'fake-indexeddb/auto';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import type { Session } from '../../../../renderer/src/store/session';
import { enrollDesk } from '../../../../renderer/src/sync/link/enroll-desk';
import { loadLink } from '../../../../renderer/src/sync/link/link-storage';
import { runSync } from '../../../../renderer/src/sync/engine/run-sync';
import type { SyncRunSummary } from '../../../../renderer/src/sync/engine/run-sync';
import { fetchTransport } from '../../../../renderer/src/sync/transport/fetch-transport';
import type { SyncTransport } from '../../../../renderer/src/sync/transport/sync-transport';
import { samplePerson, setUpOffice } from '../../../unit/store/helpers';

/** One office desk as the app runs it: the real encrypted store and the real sync engine. */
export interface AppDesk {
  readonly session: Session;
  transport: SyncTransport;
  sync(signal?: AbortSignal): Promise<SyncRunSummary>;
  createPerson(family: string): Promise<string>;
  person(id: string): Promise<Record<string, unknown> | null>;
  pendingOps(): Promise<number>;
}

export async function openDesk(registryUrl: string, code: string): Promise<AppDesk> {
  const { session } = await setUpOffice();
  const desk: AppDesk = {
    session,
    transport: fetchTransport(),
    async sync(signal = new AbortController().signal) {
      const link = await loadLink(session.store);
      if (!link) throw new Error('desk not enrolled');
      return runSync({ session, link, transport: desk.transport, signal, onProgress: () => {} });
    },
    async createPerson(family) {
      const created = await repositoryFor('person').create(session, samplePerson(family));
      if (!created.ok) throw new Error(created.error.code);
      return created.value.id;
    },
    async person(id) {
      const got = await repositoryFor('person').get(session, id);
      return got.ok ? (got.value.record as unknown as Record<string, unknown>) : null;
    },
    pendingOps: () => session.store.db.outbox.count(),
  };
  await enrollDesk(session, desk.transport, { url: registryUrl, code, deviceName: 'Desk' });
  return desk;
}
