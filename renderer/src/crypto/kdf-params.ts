import { z } from 'zod';
import type { Bytes } from './bytes';
import { randomBytes } from './bytes';

const Salt = z.custom<Bytes>(
  (s) => s instanceof Uint8Array && s.byteLength >= 16 && s.byteLength <= 64,
);

/**
 * Argon2id (hash-wasm): memory-hard, so each guess at a stolen database costs an attacker memory
 * as well as time, which GPUs and ASICs cannot cheapen the way they cheapen PBKDF2.
 */
export const Argon2idParams = z.strictObject({
  alg: z.literal('argon2id'),
  memoryKiB: z
    .int()
    .min(8)
    .max(1024 * 1024),
  iterations: z.int().min(1).max(100),
  parallelism: z.int().min(1).max(16),
  salt: Salt,
});

/** PBKDF2-SHA256 (WebCrypto, native, off the main thread); for machines where wasm cannot run. */
export const Pbkdf2Params = z.strictObject({
  alg: z.literal('pbkdf2-sha256'),
  iterations: z.int().min(1).max(50_000_000),
  salt: Salt,
});

/** HKDF-SHA256: only for secrets that are already random and long (the recovery key). */
export const HkdfParams = z.strictObject({ alg: z.literal('hkdf-sha256'), salt: Salt });

/** How a key-encryption key was derived; stored beside each wrapped key so it can be raised. */
export const KdfParams = z.discriminatedUnion('alg', [Argon2idParams, Pbkdf2Params, HkdfParams]);
export type KdfParams = z.output<typeof KdfParams>;
export type PassphraseKdfParams = z.output<typeof Argon2idParams> | z.output<typeof Pbkdf2Params>;

/**
 * The default for passphrases: Argon2id, 64 MiB, 2 passes, 1 lane (wasm runs single-threaded).
 * Memory is what makes GPU guessing dear, so it is over three times OWASP's 19 MiB floor; two
 * passes keep unlock near 0.3 s on the 2-core VM (64 MiB x 3, RFC 9106's second option, took
 * 0.4 s unloaded and over 1 s under load), within P4's 100-1000 ms with room for slow PCs.
 */
export function defaultPassphraseKdf(): PassphraseKdfParams {
  return {
    alg: 'argon2id',
    memoryKiB: 65_536,
    iterations: 2,
    parallelism: 1,
    salt: randomBytes(16),
  };
}

/** OWASP's floor for each algorithm: below it a wrapped key is rewrapped at the next unlock. */
export function meetsKdfFloor(params: KdfParams): boolean {
  switch (params.alg) {
    case 'argon2id':
      return params.memoryKiB >= 19_456 && params.iterations >= 2;
    case 'pbkdf2-sha256':
      return params.iterations >= 600_000;
    case 'hkdf-sha256':
      return true;
  }
}

/** True when `stored` is weaker than `wanted` (another algorithm counts as weaker). */
export function isWeakerKdf(stored: KdfParams, wanted: KdfParams): boolean {
  if (stored.alg !== wanted.alg) return true;
  switch (stored.alg) {
    case 'argon2id': {
      const w = wanted as typeof stored;
      return stored.memoryKiB < w.memoryKiB || stored.iterations < w.iterations;
    }
    case 'pbkdf2-sha256':
      return stored.iterations < (wanted as typeof stored).iterations;
    case 'hkdf-sha256':
      return false;
  }
}
