import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { whileAlive } from '../../../renderer/src/store/encryption/keep-alive';
import { dbName } from './helpers';

const later = <T>(value: T, ms = 20) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

async function openDb() {
  const db = new Dexie(dbName('keep-alive'));
  db.version(1).stores({ items: 'id' });
  await db.open();
  return db;
}

describe('whileAlive', () => {
  it('is needed: awaiting non-IndexedDB work commits the transaction early', async () => {
    const db = await openDb();
    const attempt = db.transaction('rw', db.table('items'), async () => {
      await db.table('items').put({ id: 1 });
      await later(null);
      await db.table('items').put({ id: 2 });
    });
    await expect(attempt).rejects.toThrow();
    expect(await db.table('items').count()).toBeLessThan(2);
  });

  it('keeps the transaction open across slow work, also for several waits at once', async () => {
    const db = await openDb();
    await db.transaction('rw', db.table('items'), async (tx) => {
      await db.table('items').put({ id: 1 });
      const [a, b] = await Promise.all([
        whileAlive(tx.idbtrans, later('a', 30)),
        whileAlive(tx.idbtrans, later('b', 5)),
      ]);
      await db.table('items').put({ id: 2, a, b });
    });
    expect(await db.table('items').get(2)).toEqual({ id: 2, a: 'a', b: 'b' });
  });

  it('passes a failure through, and the transaction can still decide', async () => {
    const db = await openDb();
    await db.transaction('rw', db.table('items'), async (tx) => {
      const failed = await whileAlive(tx.idbtrans, Promise.reject(new Error('nope'))).catch(
        (error: Error) => error.message,
      );
      await db.table('items').put({ id: 3, failed });
    });
    expect(await db.table('items').get(3)).toEqual({ id: 3, failed: 'nope' });
  });
});
