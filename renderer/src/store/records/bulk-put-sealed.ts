import type { RecordRow } from '../db/rows';
import { sealRow } from '../encryption/seal-row';
import { sealedTables } from '../encryption/sealed-tables';
import type { OfficeStore } from '../session';

/**
 * Writes many already-validated records (a registry snapshot, an initial load) in chunks of one
 * transaction each. The next chunk is sealed while the previous one is being written, so
 * encryption overlaps IndexedDB work instead of adding to it. Writes no ops and no audit entries:
 * the caller (sync, import) owns those. Resolves when the last chunk has committed.
 */
export async function bulkPutSealed(
  store: OfficeStore,
  rows: readonly RecordRow[],
  chunkSize = 1000,
): Promise<void> {
  const key = store.keyring.dataKey();
  const spec = sealedTables.records!;
  let writing: Promise<unknown> = Promise.resolve();
  for (let at = 0; at < rows.length; at += chunkSize) {
    const chunk = rows.slice(at, at + chunkSize);
    const sealed = await Promise.all(chunk.map((row) => sealRow('records', spec, key, row)));
    await writing;
    // Sealed rows pass the encryption middleware unchanged.
    writing = store.db.records.bulkPut(sealed as unknown as RecordRow[]);
    // Handled by the await above or below; this only stops an early "unhandled" report.
    writing.catch(() => undefined);
  }
  await writing;
}
