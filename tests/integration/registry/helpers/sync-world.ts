import { migrate } from '../../../../registry/src/db/migrate';
import { enrollOverHttp, makeCode, makeOffice } from './registry-fixtures';
import { startTestRegistry, type TestRegistry } from './start-test-registry';
import { SyncClient } from './sync-client';
import type { TestBackend, TestDb } from './test-backends';

/** Three offices on one registry: headquarters (national), Paris (people in France), Niamey. */
export interface SyncWorld {
  readonly test: TestDb;
  readonly registry: TestRegistry;
  readonly hq: SyncClient;
  readonly fr: SyncClient;
  readonly ne: SyncClient;
  /** Another PC enrolled for an office (for revocation, parallel devices). */
  enroll(officeOf: SyncClient): Promise<SyncClient>;
  close(): Promise<void>;
}

export async function openSyncWorld(backend: TestBackend): Promise<SyncWorld> {
  const test = await backend.open();
  await migrate(test.db);
  const registry = await startTestRegistry(test.db);
  const client = async (officeId: string) =>
    new SyncClient(registry.url, await enrollOverHttp(registry.url, await makeCode(test.db, officeId)));
  const hqOffice = await makeOffice(test.db, { kind: 'national' });
  const frOffice = await makeOffice(test.db, { kind: 'residence', countries: ['FR'] });
  const neOffice = await makeOffice(test.db, { kind: 'regions', regions: ['NE-8'] });
  return {
    test,
    registry,
    hq: await client(hqOffice.id),
    fr: await client(frOffice.id),
    ne: await client(neOffice.id),
    enroll: (officeOf) => client(officeOf.officeId),
    async close() {
      await registry.close();
      await test.dispose();
    },
  };
}
