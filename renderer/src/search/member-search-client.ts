import { z } from 'zod';
import type { PersonInput } from '../../../shared/domain/person';
import type { Locale } from '../../../shared/i18n/locales';
import type { RecordsCommitted } from '../store';
import type { Handlers, RequestKind } from './worker/handlers';
import {
  DuplicateCandidateSchema,
  MemberSummarySchema,
  MemberWindowSchema,
  NeedRankingSchema,
  SearchResultSchema,
  WorkerMessageSchema,
  type SearchErrorCode,
} from './worker/reply-schemas';
import type { IndexProgress, MemberQuery, MemberSearch } from './member-search-types';

/** The parts of a Worker the client uses (a channel port in tests). */
export interface SearchPort {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate?(): void;
}

/** A request the worker refused or could not answer. */
export class MemberSearchError extends Error {
  override readonly name = 'MemberSearchError';
  constructor(readonly code: SearchErrorCode | 'closed' | 'invalid-reply') {
    super(code);
  }
}

type Input<K extends RequestKind> = z.input<Handlers[K]['input']>;

export interface MemberSearchClient extends MemberSearch {
  open(input: Input<'open'>): Promise<void>;
  setLocale(locale: Locale): Promise<void>;
  /** Tells the worker which records were committed (see onRecordsCommitted). */
  recordsCommitted(event: RecordsCommitted): Promise<void>;
  /** Ends the worker: every decrypted member goes with it. Pending calls fail with `closed`. */
  dispose(): void;
}

/** The page side of the members search worker: typed calls, replies checked with zod. */
export function createMemberSearchClient(port: SearchPort): MemberSearchClient {
  let progress: IndexProgress = { phase: 'idle', done: 0, total: 0 };
  const listeners = new Set<(p: IndexProgress) => void>();
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 0;
  let closed = false;

  port.onmessage = ({ data }: MessageEvent) => {
    const message = WorkerMessageSchema.safeParse(data);
    if (!message.success) return;
    const m = message.data;
    if (m.type === 'progress') {
      progress = m.progress;
      for (const listener of listeners) listener(progress);
      return;
    }
    const call = pending.get(m.callId);
    pending.delete(m.callId);
    if (m.ok) call?.resolve(m.value);
    else call?.reject(new MemberSearchError(m.error));
  };

  function call<K extends RequestKind>(kind: K, input: Input<K>): Promise<unknown> {
    if (closed) return Promise.reject(new MemberSearchError('closed'));
    const callId = ++nextId;
    return new Promise((resolve, reject) => {
      pending.set(callId, { resolve, reject });
      port.postMessage({ callId, kind, input });
    });
  }

  function checked<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new MemberSearchError('invalid-reply');
    return parsed.data;
  }

  return {
    progress: () => progress,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open(input) {
      await call('open', input);
    },
    async setLocale(locale) {
      await call('setLocale', { locale });
    },
    async recordsCommitted(event) {
      await call('refresh', { changes: [...event.changes], cleared: event.cleared });
    },
    search: async (query: MemberQuery) => checked(SearchResultSchema, await call('search', query)),
    rows: async (from, to) =>
      checked(MemberSummarySchema.array(), await call('rows', { from, to })),
    window: async (query, from, to) =>
      checked(MemberWindowSchema, await call('window', { query, from, to })),
    countMembers: async (facet, groups) =>
      checked(
        z.array(z.number()),
        await call('countMembers', { facet, groups: groups.map((g) => [...g]) }),
      ),
    findDuplicates: async (person: Partial<PersonInput>, excludeId?: string) =>
      checked(
        DuplicateCandidateSchema.array(),
        await call('findDuplicates', {
          person: person as Input<'findDuplicates'>['person'],
          ...(excludeId === undefined ? {} : { excludeId }),
        }),
      ),
    rankForNeed: async (need, limit, people) =>
      checked(
        NeedRankingSchema,
        await call('rankForNeed', {
          need,
          ...(limit === undefined ? {} : { limit }),
          ...(people === undefined ? {} : { people: [...people] }),
        }),
      ),
    dispose() {
      closed = true;
      port.terminate?.();
      port.onmessage = null;
      for (const p of pending.values()) p.reject(new MemberSearchError('closed'));
      pending.clear();
      listeners.clear();
      progress = { phase: 'idle', done: 0, total: 0 };
    },
  };
}
