import type { RecordType } from '../../domain/record-envelope';
import { canonicalJson } from '../../audit/canonical-json';
import type { Json } from '../json';
import type { Author } from '../protocol/author';

/**
 * Why a value left a record. `replaced`: overwritten by a later edit made on top of it.
 * `lww-lost`: lost a last-writer-wins race. `union-removed`: an element another office removed.
 * `conflict-closed`: a conflict's value a person did not choose.
 */
export const historyReasons = ['replaced', 'lww-lost', 'union-removed', 'conflict-closed'] as const;
export type HistoryReason = (typeof historyReasons)[number];

/** A value that left a field (field history for rectification; nothing is silently lost). */
export interface HistoryEntry {
  readonly recordId: string;
  readonly recordType: RecordType;
  readonly field: string;
  readonly value: Json;
  /** Who wrote the value, when known. */
  readonly by: Author | null;
  readonly reason: HistoryReason;
  /** The record's rev once the value had left. */
  readonly rev: number;
  /** The stamp of the op that displaced it. */
  readonly at: string;
}

/** A history entry before the record's rev and ids are filled in. */
export interface HistoryDraft {
  readonly field: string;
  readonly value: Json;
  readonly by: Author | null;
  readonly reason: HistoryReason;
}

/** A draft per non-null value, skipping repeats: a cleared field or a repeat loses nothing. */
export function historyDrafts(
  field: string,
  reason: HistoryReason,
  values: readonly { readonly value: Json; readonly by: Author | null }[],
): HistoryDraft[] {
  const drafts: HistoryDraft[] = [];
  const seen = new Set<string>();
  for (const { value, by } of values) {
    const key = canonicalJson(value);
    if (value === null || seen.has(key)) continue;
    seen.add(key);
    drafts.push({ field, value, by, reason });
  }
  return drafts;
}
