import { fromUtf8, utf8 } from '../../crypto/bytes';
import { openSealed, seal } from '../../crypto/seal';
import type { SnapshotRow } from './snapshot-row';

/** Seals `value` as JSON under the data key, bound to `ad` (one AES-GCM call). */
export async function sealJson(
  key: CryptoKey,
  rowKey: string,
  value: unknown,
  ad: string,
): Promise<SnapshotRow> {
  const sealed = await seal(key, utf8(JSON.stringify(value)), utf8(ad));
  return { key: rowKey, iv: sealed.iv, ciphertext: sealed.ciphertext };
}

/** Opens a sealed row; null when it is missing, malformed, altered or bound to other data. */
export async function openJson(
  key: CryptoKey,
  row: SnapshotRow | undefined,
  ad: string,
): Promise<unknown> {
  if (!row || !(row.iv instanceof Uint8Array)) return null;
  if (!(row.ciphertext instanceof ArrayBuffer) && !ArrayBuffer.isView(row.ciphertext)) return null;
  const plain = await openSealed(key, row, utf8(ad));
  if (!plain) return null;
  try {
    return JSON.parse(fromUtf8(plain)) as unknown;
  } catch {
    return null;
  }
}
