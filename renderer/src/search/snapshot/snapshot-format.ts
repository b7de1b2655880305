import { z } from 'zod';

/**
 * The sealed search snapshot's layout. Bump {@link SNAPSHOT_FORMAT} whenever what a chunk holds
 * changes meaning (MemberRecord's shape, the consent facts, the projection rules): a snapshot
 * of another format is ignored and the worker loads from the records.
 */
export const SNAPSHOT_FORMAT = 3;

/**
 * Members per sealed chunk: one AES-GCM call and one row per 5,000 members, except the first
 * chunk, small so the list's first screen is in after little work.
 */
export const MEMBERS_PER_CHUNK = 5000;
export const FIRST_MEMBERS_CHUNK = 500;
export const CONSENTS_PER_CHUNK = 20000;

export const HEADER_KEY = 'header';

export const SnapshotHeader = z.object({
  format: z.number().int(),
  /** A fresh id per snapshot written; every chunk is bound to it. */
  generation: z.string().min(1),
  /** Whether the projection was made for a role that may see high-risk fields. */
  highRisk: z.boolean(),
  /** Every record with `changeSeq` at or below this is reflected in the snapshot. */
  watermark: z.number().int().nonnegative(),
  memberChunks: z.number().int().nonnegative(),
  consentChunks: z.number().int().nonnegative(),
  members: z.number().int().nonnegative(),
});
export type SnapshotHeader = z.output<typeof SnapshotHeader>;

export type ChunkKind = 'm' | 'c';

export function chunkKey(generation: string, kind: ChunkKind, index: number): string {
  return `${generation}:${kind}:${index}`;
}

/** Additional data of a chunk: table, generation, kind and position (no swapping or mixing). */
export function chunkAd(generation: string, kind: ChunkKind, index: number): string {
  return `dd1|searchSnapshot|${generation}|${kind}|${index}`;
}

export const headerAd = 'dd1|searchSnapshot|header';

/** One consent fact as the snapshot keeps it: consent id, person id, purpose bit, active. */
export type ConsentFactTuple = [string, string, number, boolean];

/**
 * Checks one opened fact (the chunk authenticated, this guards against a format mix-up):
 * hand-written rather than zod because 300,000 of them are read at unlock.
 */
export function isConsentFact(value: unknown): value is ConsentFactTuple {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    Number.isInteger(value[2]) &&
    typeof value[3] === 'boolean'
  );
}
