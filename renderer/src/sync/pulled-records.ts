type Listener = (recordIds: readonly string[]) => void;
const listeners = new Set<Listener>();

/**
 * Tells whoever keeps a projection of the records (the search index) which records a pull has
 * just committed: pulls write below the repositories' write path.
 */
export function onPulledRecords(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyPulledRecords(recordIds: readonly string[]): void {
  if (recordIds.length === 0) return;
  for (const listener of listeners) listener(recordIds);
}
