import type { RecordType } from '../../domain/record-envelope';
import type { JsonObject } from '../json';
import type { Change } from '../protocol/change';
import type { Conflict } from '../protocol/conflict';

export const replicaStatuses = ['live', 'deleted', 'erased'] as const;
export type ReplicaStatus = (typeof replicaStatuses)[number];

/** An office's copy of a record as last pulled (its pending local edits live in the outbox). */
export interface ReplicaRecord {
  readonly recordId: string;
  readonly recordType: RecordType;
  readonly officeId: string;
  readonly rev: number;
  readonly hlc: string;
  readonly status: ReplicaStatus;
  readonly data: JsonObject;
  readonly extra: JsonObject;
  readonly mergedInto: string | null;
}

/** What to do with the local copy for one pulled change. */
export type ReplicaUpdate =
  | { readonly kind: 'put'; readonly record: ReplicaRecord }
  /** Purge marker: the record left this office's scope; drop the copy (not a delete). */
  | { readonly kind: 'drop' }
  /** Nothing to do: a replay of a change already applied, or a write to an erased record. */
  | { readonly kind: 'keep' }
  | { readonly kind: 'put-conflict'; readonly conflict: Conflict };

/**
 * Applies one pulled change to the local copy of its record (undefined: none). Idempotent, so a
 * page re-pulled after an interruption changes nothing; an erasure tombstone is never undone.
 * A delete or an erasure keeps no values locally: the registry has them (or none may remain).
 */
export function applyChange(existing: ReplicaRecord | undefined, change: Change): ReplicaUpdate {
  if (change.kind === 'conflict') return { kind: 'put-conflict', conflict: change.conflict };
  if (change.kind === 'purge') return { kind: 'drop' };
  if (existing?.status === 'erased') return { kind: 'keep' };
  if (existing && change.rev < existing.rev) return { kind: 'keep' };
  const base = {
    recordId: change.recordId,
    recordType: change.recordType,
    officeId: change.officeId,
    rev: change.rev,
    hlc: change.hlc,
    data: {},
    extra: {},
    mergedInto: null,
  };
  switch (change.kind) {
    case 'upsert': {
      const { data, extra, mergedInto } = change;
      return { kind: 'put', record: { ...base, status: 'live', data, extra, mergedInto } };
    }
    case 'delete':
      return { kind: 'put', record: { ...base, status: 'deleted' } };
    case 'erase':
      return { kind: 'put', record: { ...base, status: 'erased' } };
  }
}
