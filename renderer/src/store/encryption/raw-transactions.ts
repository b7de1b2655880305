/**
 * Transactions marked raw see sealed rows as stored (for quarantine and repair). They may only
 * write rows that are already sealed: there is no plaintext write path.
 */
export const rawTransactions = new WeakSet<IDBTransaction>();
