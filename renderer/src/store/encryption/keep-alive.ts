/**
 * IndexedDB commits a transaction as soon as no request is pending at the end of a task, so
 * awaiting WebCrypto (which settles in a later task) inside a transaction would let it commit
 * half done. {@link whileAlive} keeps the transaction busy with cheap reads while `work` runs,
 * and settles from inside a request callback, where the transaction accepts the next request.
 * One spinner per transaction serves every concurrent wait.
 */
interface Waiter {
  readonly work: Promise<unknown>;
  outcome?: { ok: true; value: unknown } | { ok: false; error: unknown };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const spinners = new WeakMap<IDBTransaction, Set<Waiter>>();

export function whileAlive<T>(trans: IDBTransaction, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const waiter: Waiter = { work, resolve: resolve as (v: unknown) => void, reject };
    work.then(
      (value) => (waiter.outcome = { ok: true, value }),
      (error: unknown) => (waiter.outcome = { ok: false, error }),
    );
    let waiting = spinners.get(trans);
    if (waiting) {
      waiting.add(waiter);
      return;
    }
    waiting = new Set([waiter]);
    spinners.set(trans, waiting);
    spin(trans, waiting);
  });
}

function spin(trans: IDBTransaction, waiting: Set<Waiter>): void {
  for (const waiter of waiting) {
    if (!waiter.outcome) continue;
    waiting.delete(waiter);
    if (waiter.outcome.ok) waiter.resolve(waiter.outcome.value);
    else waiter.reject(waiter.outcome.error);
  }
  if (waiting.size === 0) {
    spinners.delete(trans);
    return;
  }
  let request: IDBRequest;
  try {
    request = trans.objectStore(trans.objectStoreNames[0]!).count(-Infinity);
  } catch (error) {
    failAll(trans, waiting, error);
    return;
  }
  request.onsuccess = () => spin(trans, waiting);
  request.onerror = () => failAll(trans, waiting, request.error);
}

function failAll(trans: IDBTransaction, waiting: Set<Waiter>, error: unknown): void {
  spinners.delete(trans);
  for (const waiter of waiting) waiter.reject(error);
  waiting.clear();
}

/** DBCore hands middleware the IDBTransaction itself; checked rather than assumed. */
export function asIdbTransaction(trans: unknown): IDBTransaction {
  if (trans && typeof (trans as IDBTransaction).objectStore === 'function') {
    return trans as IDBTransaction;
  }
  throw new TypeError('encryption middleware: not an IndexedDB transaction');
}
