import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OfficeDb } from '../../../../renderer/src/store/db/office-db';
import { dbName } from '../../store/helpers';

describe('migration 004 (sync tables)', () => {
  it('adds the sync tables to a version-3 database and keeps its records', async () => {
    const name = dbName('m004');
    const old = new OfficeDb(name, { schemaVersion: 3 });
    await old.open();
    await old.meta.put({ key: 'office', value: { kept: true } });
    old.close();
    const db = new OfficeDb(name);
    await db.open();
    expect(await db.meta.get('office')).toEqual({ key: 'office', value: { kept: true } });
    await db.table('syncRevs').put({ id: 'r1', rev: 3, status: 'live' });
    await db.table('syncAcks').put({ opId: 'o1', recordId: 'r1', rev: 3 });
    expect(await db.table('syncAcks').where('recordId').equals('r1').count()).toBe(1);
    expect(await db.table('syncConflicts').where('status').equals('open').count()).toBe(0);
    db.close();
  });
});
