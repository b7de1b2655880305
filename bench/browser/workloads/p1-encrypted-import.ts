import {
  encryptedBulkPut,
  encryptedPipelinedImport,
  openBenchOffice,
  openPlainBaseline,
} from '../../../renderer/src/store/bench-hooks';
import { definePageWorkload } from '../bench-api';
import { peopleFor } from '../lib/people-cache';
import type { ChunkedPutFigures } from '../lib/time-chunked-put';
import { timeChunkedPut } from '../lib/time-chunked-put';

/**
 * How P1 imports: `plaintext` is the baseline (the office schema and indexes, no encryption
 * middleware); `encrypted` is the production import path (bulkPutSealed: chunks sealed ahead,
 * overlapping the previous chunk's commit); `middleware` is a plain bulkPut per chunk through
 * the encryption middleware (sealing inside the transaction).
 */
export type ImportVariant = 'plaintext' | 'encrypted' | 'middleware';

export interface ImportParams {
  variant: ImportVariant;
  n: number;
  seed: number;
  chunkSize: number;
}

let runs = 0;

async function importInto(
  variant: ImportVariant,
  name: string,
  people: ReturnType<typeof peopleFor>,
  chunkSize: number,
): Promise<{ figures: ChunkedPutFigures; count(): Promise<number>; dispose(): Promise<void> }> {
  switch (variant) {
    case 'plaintext': {
      const db = await openPlainBaseline(name);
      const figures = await timeChunkedPut(people, chunkSize, db.put);
      return { figures, count: db.count, dispose: db.dispose };
    }
    case 'middleware':
    case 'encrypted': {
      const office = await openBenchOffice(name);
      const records = office.store.db.records;
      const count = () => office.store.db.transaction('r', records, () => records.count());
      // Office setup wrote two records (the office, its admin): not part of the import.
      const before = await count();
      let figures: ChunkedPutFigures;
      if (variant === 'middleware') {
        figures = await timeChunkedPut(people, chunkSize, encryptedBulkPut(office));
      } else {
        const start = performance.now();
        await encryptedPipelinedImport(office)(people, chunkSize);
        const ms = performance.now() - start;
        const chunks = Math.ceil(people.length / chunkSize);
        figures = { records: people.length, chunks, ms, longestChunkMs: Number.NaN };
      }
      return { figures, count: async () => (await count()) - before, dispose: office.dispose };
    }
    default:
      return variant satisfies never;
  }
}

/**
 * P1: n generated people imported in chunks into a fresh office database, encrypted or not, in
 * the bench worker. Resolves after the last commit; the database is deleted afterwards.
 */
export default definePageWorkload<ImportParams, ChunkedPutFigures>({
  id: 'p1-encrypted-import',
  async run({ variant, n, seed, chunkSize }) {
    const people = peopleFor(n, seed);
    const run = await importInto(variant, `bench-p1-${variant}-${++runs}`, people, chunkSize);
    try {
      const stored = await run.count();
      if (stored !== n) throw new Error(`${variant}: expected ${n} records, found ${stored}`);
      return run.figures;
    } finally {
      await run.dispose();
    }
  },
});
