import { createMemberSearchClient } from '../../../renderer/src/search/member-search-client';
import { spawnSearchWorker } from '../../../renderer/src/search/spawn-search-worker';
import type { SnapshotRow } from '../../../renderer/src/search/snapshot/snapshot-row';
import { HEADER_KEY } from '../../../renderer/src/search/snapshot/snapshot-format';
import type { RecordRow } from '../../../renderer/src/store/db/rows';
import { openOptions, whenReady } from './search-host';
import type { SearchOffice } from './search-office';

/** Share of the people changed after the snapshot for the warm unlock (a day's work, say). */
export const WARM_DELTA = 0.01;
const CHANGE_CHUNK = 500;

const prepared = new Map<SearchOffice, Promise<SnapshotRow[]>>();

async function waitForSnapshot(office: SearchOffice): Promise<void> {
  const { db } = office.office.store;
  for (;;) {
    if (await db.searchSnapshot.get(HEADER_KEY)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Edits `share` of the people through the store (sealed and numbered as the app writes). */
async function changePeople(office: SearchOffice, share: number): Promise<number> {
  const { db } = office.office.store;
  const ids = await db.records.where('type').equals('person').primaryKeys();
  const step = Math.max(1, Math.round(1 / share));
  const chosen = ids.filter((_, i) => i % step === 0);
  for (let i = 0; i < chosen.length; i += CHANGE_CHUNK) {
    const rows = (await db.records.bulkGet(chosen.slice(i, i + CHANGE_CHUNK))).filter(
      (row): row is RecordRow => row !== undefined,
    );
    await db.records.bulkPut(
      rows.map((row) => ({ ...row, skills: [...((row.skills as string[]) ?? []), 'audit'] })),
    );
  }
  return chosen.length;
}

/**
 * The snapshot the app's worker writes after a full load of `office` (taken once, kept as its
 * sealed rows), followed by {@link WARM_DELTA} of the people edited: what a warm unlock finds.
 */
function prepare(office: SearchOffice): Promise<SnapshotRow[]> {
  let rows = prepared.get(office);
  if (!rows) {
    rows = (async () => {
      const { db } = office.office.store;
      await db.searchSnapshot.clear();
      const port = spawnSearchWorker();
      if (!port) throw new Error('no Worker in this page');
      const client = createMemberSearchClient(port);
      try {
        const ready = whenReady(client, port);
        await client.open(openOptions(office));
        await ready;
        await waitForSnapshot(office);
      } finally {
        client.dispose();
      }
      const sealed = await db.searchSnapshot.toArray();
      await changePeople(office, WARM_DELTA);
      return sealed;
    })();
    prepared.set(office, rows);
  }
  return rows;
}

/** Leaves no snapshot (cold unlock), or the prepared one with its delta (warm unlock). */
export async function setSnapshotState(office: SearchOffice, warm: boolean): Promise<void> {
  const rows = warm ? await prepare(office) : [];
  const { db } = office.office.store;
  await db.searchSnapshot.clear();
  if (rows.length > 0) await db.searchSnapshot.bulkPut(rows);
}
