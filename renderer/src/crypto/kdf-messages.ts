import type { Argon2idCost } from './argon2id-raw';
import type { Bytes } from './bytes';

/** What the page sends the KDF worker: the NFC-normalised secret as UTF-8, and the cost. */
export interface KdfRequest {
  readonly password: Bytes;
  readonly cost: Argon2idCost;
}

/** What the KDF worker answers: the raw key bytes, or that it failed (no detail crosses). */
export type KdfReply = { ok: true; raw: Bytes } | { ok: false };
