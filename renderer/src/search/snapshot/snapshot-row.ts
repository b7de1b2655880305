/** A row of the `searchSnapshot` table: its key in clear, everything else sealed whole. */
export interface SnapshotRow {
  key: string;
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}
