import { migrate } from '../../../../registry/src/db/migrate';
import { enrollOverHttp, makeCode, makeOffice } from './registry-fixtures';
import { startTestRegistry, type TestRegistry } from './start-test-registry';
import { SyncClient } from './sync-client';
import type { TestBackend, TestDb } from './test-backends';

/** Three offices on one registry: headquarters (national), Paris (people in France), Niamey. */
export interface SyncWorld {
  readonly test: TestDb;
  /** The running registry (a new one after {@link SyncWorld.restart}). */
  readonly registry: TestRegistry;
  readonly hq: SyncClient;
  readonly fr: SyncClient;
  readonly ne: SyncClient;
  /** Another PC enrolled for an office (for revocation, parallel devices). */
  enroll(officeOf: SyncClient): Promise<SyncClient>;
  /** Stops the registry, closes and reopens its database, starts it again on a new port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function openSyncWorld(backend: TestBackend): Promise<SyncWorld> {
  const test = await backend.open();
  await migrate(test.db);
  let registry = await startTestRegistry(test.db);
  const clients: SyncClient[] = [];
  const client = async (officeId: string) => {
    const code = await makeCode(test.db, officeId);
    const made = new SyncClient(registry.url, await enrollOverHttp(registry.url, code));
    clients.push(made);
    return made;
  };
  const hqOffice = await makeOffice(test.db, { kind: 'national' });
  const frOffice = await makeOffice(test.db, { kind: 'residence', countries: ['FR'] });
  const neOffice = await makeOffice(test.db, { kind: 'regions', regions: ['NE-8'] });
  return {
    test,
    get registry() {
      return registry;
    },
    hq: await client(hqOffice.id),
    fr: await client(frOffice.id),
    ne: await client(neOffice.id),
    enroll: (officeOf) => client(officeOf.officeId),
    async restart() {
      await registry.close();
      await migrate(await test.reopen());
      registry = await startTestRegistry(test.db);
      for (const each of clients) each.url = registry.url;
    },
    async close() {
      await registry.close();
      await test.dispose();
    },
  };
}
