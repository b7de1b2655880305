import type { KeySet } from '../../crypto/key-set';
import { StoreFailure } from '../store-error';

/** Holds the unlocked keys in memory; cleared on lock. Nothing here is ever persisted. */
export class Keyring {
  #keys: KeySet | null = null;

  get unlocked(): boolean {
    return this.#keys !== null;
  }

  set(keys: KeySet): void {
    this.#keys = keys;
  }

  clear(): void {
    this.#keys = null;
  }

  /** The data key, or a `locked` failure when no session is unlocked. */
  dataKey(): CryptoKey {
    if (!this.#keys) throw new StoreFailure({ code: 'locked' });
    return this.#keys.dataKey;
  }

  blindIndexKey(): CryptoKey {
    if (!this.#keys) throw new StoreFailure({ code: 'locked' });
    return this.#keys.blindIndexKey;
  }
}
