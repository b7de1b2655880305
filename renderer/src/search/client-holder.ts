import type { MemberSearchClient } from './member-search-client';

/** The current search client as a tiny external store (for useSyncExternalStore). */
export interface ClientHolder {
  get(): MemberSearchClient | null;
  set(client: MemberSearchClient | null): void;
  subscribe(listener: () => void): () => void;
}

export function createClientHolder(): ClientHolder {
  let current: MemberSearchClient | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(client) {
      current = client;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
