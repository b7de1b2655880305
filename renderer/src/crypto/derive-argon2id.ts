import type { Argon2idCost } from './argon2id-raw';
import type { Bytes } from './bytes';
import type { KdfReply } from './kdf-messages';
import type { KdfWorker } from './spawn-kdf-worker';
import { spawnKdfWorker } from './spawn-kdf-worker';

export interface Argon2idRunOptions {
  /** Aborting terminates the worker at once and rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /** False derives on the calling thread (the bench compares both). Default: a worker. */
  readonly useWorker?: boolean;
  /** Starts the worker; tests pass a fake. */
  readonly spawn?: () => KdfWorker | null;
}

/** What a cancelled derivation rejects with, whatever reason the signal carries. */
export function kdfAbortError(): DOMException {
  return new DOMException('key derivation cancelled', 'AbortError');
}

export function isKdfAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type WorkerOutcome = { kind: 'done'; raw: Bytes } | { kind: 'unavailable' };

/**
 * Argon2id in a module worker, so a 64 MiB derivation (about 0.3 s) never blocks the UI thread.
 * Where no worker can run (Node tests, a worker that fails to load) it runs on the calling
 * thread instead; there it cannot be interrupted, so an abort is noticed before and after.
 * `password` is left to the caller to zero: the worker gets a copy.
 */
export async function deriveArgon2idBytes(
  password: Bytes,
  cost: Argon2idCost,
  options: Argon2idRunOptions = {},
): Promise<Bytes> {
  const { signal, useWorker = true, spawn = spawnKdfWorker } = options;
  if (signal?.aborted) throw kdfAbortError();
  const worker = useWorker ? spawn() : null;
  if (worker) {
    const outcome = await runInWorker(worker, password, cost, signal);
    if (outcome.kind === 'done') return outcome.raw;
  }
  const { argon2idRaw } = await import('./argon2id-raw');
  if (signal?.aborted) throw kdfAbortError();
  const raw = await argon2idRaw(password, cost);
  if (signal?.aborted) {
    raw.fill(0);
    throw kdfAbortError();
  }
  return raw;
}

function runInWorker(
  worker: KdfWorker,
  password: Bytes,
  cost: Argon2idCost,
  signal: AbortSignal | undefined,
): Promise<WorkerOutcome> {
  return new Promise<WorkerOutcome>((resolve, reject) => {
    const onAbort = () => {
      finish();
      reject(kdfAbortError());
    };
    const finish = () => {
      worker.terminate();
      worker.onmessage = null;
      worker.onerror = null;
      signal?.removeEventListener('abort', onAbort);
    };
    worker.onmessage = (event: MessageEvent<KdfReply>) => {
      finish();
      if (event.data.ok) resolve({ kind: 'done', raw: event.data.raw });
      else reject(new Error('key derivation failed'));
    };
    // The worker could not load or start (a missing file, a CSP refusal): derive in-thread.
    worker.onerror = () => {
      finish();
      resolve({ kind: 'unavailable' });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const copy = password.slice();
    worker.postMessage({ password: copy, cost }, [copy.buffer]);
  });
}
