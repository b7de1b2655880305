import type { Bytes } from '../../crypto/bytes';
import { fromUtf8, utf8 } from '../../crypto/bytes';
import { openSealed, seal } from '../../crypto/seal';
import type { QuarantineReason, SealedRow } from '../db/rows';
import { StoreFailure } from '../store-error';
import type { SealedTableSpec } from './sealed-tables';
import { additionalDataOf } from './sealed-tables';

type Row = Record<string, unknown>;

/** Splits a row into its clear fields and the rest, seals the rest under the data key. */
export async function sealRow(
  table: string,
  spec: SealedTableSpec,
  key: CryptoKey,
  row: Row,
): Promise<SealedRow> {
  const ad = additionalDataOf(table, spec, row);
  if (ad === null) throw new StoreFailure({ code: 'invalid-record', issues: [] });
  const clear: Row = {};
  const payload: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === undefined) continue;
    if (spec.clearFields.has(field) || spec.localFields?.has(field)) clear[field] = value;
    else payload[field] = value;
  }
  const sealed = await seal(key, utf8(JSON.stringify(payload)), utf8(ad));
  return { ...clear, iv: sealed.iv, ciphertext: sealed.ciphertext };
}

/** A row that already holds only clear fields, an IV and a ciphertext (sealed ahead of time). */
export function isSealedRow(spec: SealedTableSpec, row: unknown): row is SealedRow {
  if (!row || typeof row !== 'object') return false;
  const { iv, ciphertext, ...rest } = row as Row;
  if (!(iv instanceof Uint8Array) || iv.byteLength !== 12) return false;
  if (!(ciphertext instanceof ArrayBuffer) && !(ciphertext instanceof Uint8Array)) return false;
  return Object.keys(rest).every(
    (field) => spec.clearFields.has(field) || spec.localFields?.has(field),
  );
}

export type OpenRowResult = { ok: true; row: Row } | { ok: false; reason: QuarantineReason };

/** Opens a stored row: authenticates it against its bound fields and merges the payload back. */
export async function openRow(
  table: string,
  spec: SealedTableSpec,
  key: CryptoKey,
  stored: unknown,
): Promise<OpenRowResult> {
  if (!isSealedRow(spec, stored)) return { ok: false, reason: 'malformed-row' };
  const ad = additionalDataOf(table, spec, stored);
  if (ad === null) return { ok: false, reason: 'malformed-row' };
  const plain = await openSealed(key, stored, utf8(ad));
  if (!plain) return { ok: false, reason: 'decrypt-failed' };
  const payload = parsePayload(plain);
  if (!payload) return { ok: false, reason: 'malformed-payload' };
  const { iv: _iv, ciphertext: _ciphertext, ...clear } = stored;
  for (const field of spec.localFields ?? []) delete clear[field];
  return { ok: true, row: { ...payload, ...clear } };
}

function parsePayload(plain: Bytes): Row | null {
  try {
    const value: unknown = JSON.parse(fromUtf8(plain));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null;
  } catch {
    return null;
  }
}
