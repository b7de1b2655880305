import { argon2id } from 'hash-wasm';
import type { Bytes } from './bytes';

/** The Argon2id cost parameters of a stored KdfParams (salt included). */
export interface Argon2idCost {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Bytes;
}

/** 32 raw bytes of Argon2id (hash-wasm, single-threaded wasm). Runs wherever it is called. */
export async function argon2idRaw(password: Bytes, cost: Argon2idCost): Promise<Bytes> {
  const raw = await argon2id({
    password,
    salt: cost.salt,
    iterations: cost.iterations,
    memorySize: cost.memoryKiB,
    parallelism: cost.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return raw as Bytes;
}
