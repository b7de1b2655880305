import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OfficeDb } from '../../../renderer/src/store/db/office-db';
import { BLIND_INDEX_REBUILD_KEY } from '../../../renderer/src/store/migrations/002-blind-index';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../renderer/src/store/migrations';
import { dbName } from './helpers';

/** A sealed-looking row: migrations never need the key, so fake bytes do. */
function storedRecord(id: string) {
  return {
    id,
    type: 'person',
    officeId: '0195f0c8-0000-7000-8000-000000000001',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    rev: 1,
    syncState: 'pending',
    iv: new Uint8Array(12),
    ciphertext: new Uint8Array([1, 2, 3]).buffer,
  };
}

function indexNames(db: OfficeDb, table: string): string[] {
  const schema = db.table(table).schema;
  return [schema.primKey.src, ...schema.indexes.map((i) => i.src)];
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: migrations.length }, (_, i) => i + 1),
    );
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('001 creates the tables with few plaintext indexes', async () => {
    const db = new OfficeDb(dbName(), { schemaVersion: 1 });
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['audit', 'meta', 'outbox', 'quarantine', 'records', 'staff'].sort(),
    );
    expect(indexNames(db, 'records')).toEqual(['id', 'type', '[type+updatedAt]', 'syncState']);
    expect(indexNames(db, 'outbox')).toEqual(['++seq', '&opId', 'recordId']);
    expect(indexNames(db, 'staff')).toEqual(['id', '&username']);
    db.close();
  });

  it('002 adds blind indexes to a version-1 database, keeps its data, flags a rebuild', async () => {
    const name = dbName();
    const v1 = new OfficeDb(name, { schemaVersion: 1 });
    await v1.open();
    await v1.table('records').bulkAdd([storedRecord('r1'), storedRecord('r2')]);
    await v1.table('meta').put({ key: 'office', value: { officeId: 'o' } });
    v1.close();

    const v2 = new OfficeDb(name, { schemaVersion: 2 });
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(indexNames(v2, 'blindIndex')).toEqual(['[hash+recordId]', 'hash', 'recordId']);
    const rows = await v2.table('records').toArray();
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['r1', 'r2']);
    expect(new Uint8Array(rows[0].ciphertext)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await v2.meta.get(BLIND_INDEX_REBUILD_KEY)).toEqual({
      key: BLIND_INDEX_REBUILD_KEY,
      value: { fromVersion: 1 },
    });
    v2.close();
  });

  it('002 on an empty version-1 database asks for no rebuild', async () => {
    const name = dbName();
    const v1 = new OfficeDb(name, { schemaVersion: 1 });
    await v1.open();
    v1.close();
    const v2 = new OfficeDb(name);
    await v2.open();
    expect(await v2.meta.get(BLIND_INDEX_REBUILD_KEY)).toBeUndefined();
    v2.close();
  });
});
