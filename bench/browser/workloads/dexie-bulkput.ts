import Dexie from 'dexie';
import { definePageWorkload } from '../bench-api';
import { peopleFor } from '../lib/people-cache';
import { BULKPUT_SCHEMAS, storedPersonRow } from '../lib/stored-person-row';
import type { BulkPutVariant } from '../lib/stored-person-row';
import { timeChunkedPut } from '../lib/time-chunked-put';
import type { ChunkedPutFigures } from '../lib/time-chunked-put';

export interface DexieBulkPutParams {
  variant: BulkPutVariant;
  n: number;
  seed: number;
  chunkSize: number;
}

let runs = 0;

/**
 * Raw Dexie baseline for P1: bulkPut of n generated people into a fresh database, in chunks,
 * with the primary key only or with 7 indexes. The database is deleted afterwards.
 */
export default definePageWorkload<DexieBulkPutParams, ChunkedPutFigures>({
  id: 'dexie-bulkput',
  async run({ variant, n, seed, chunkSize }) {
    const rows = peopleFor(n, seed).map(storedPersonRow);
    const name = `bench-dexie-bulkput-${variant}-${++runs}`;
    const db = new Dexie(name);
    db.version(1).stores({ people: BULKPUT_SCHEMAS[variant] });
    await db.open();
    try {
      const table = db.table('people');
      const figures = await timeChunkedPut(rows, chunkSize, (chunk) => table.bulkPut(chunk));
      // In an explicit transaction, which resolves after it completes: delete is then not blocked.
      const count = await db.transaction('r', table, () => table.count());
      if (count !== n) throw new Error(`expected ${n} rows, found ${count}`);
      return figures;
    } finally {
      // Closes this connection and deletes the database, so runs never share state or disk.
      await db.delete();
    }
  },
});
