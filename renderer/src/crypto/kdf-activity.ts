/** A key derivation's state, for a progress indicator: it takes 0.1 to 1 s by design. */
export type KdfState = 'started' | 'finished';

export type KdfListener = (state: KdfState) => void;

const listeners = new Set<KdfListener>();

/**
 * Tells `listener` when any passphrase key derivation starts and finishes (`finished` also after
 * a failure or a cancel), so the UI can show that unlocking is working. Returns an unsubscribe.
 */
export function onKeyDerivation(listener: KdfListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function notifyKeyDerivation(state: KdfState): void {
  for (const listener of listeners) {
    try {
      listener(state);
    } catch {
      // A failing progress indicator must not break unlocking.
    }
  }
}
