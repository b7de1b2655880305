import type { Json } from '../json';
import type { Op } from '../op';
import type { Author } from '../protocol/author';
import type { Conflict } from '../protocol/conflict';
import type { OpRejectionCode } from '../sync-error';
import type { HistoryDraft, HistoryEntry } from './history-entry';
import type { RecordRules } from './record-rules';
import type { RecordState } from './record-state';

/** What the registry knows besides the record when it merges one op. */
export interface MergeContext {
  readonly rules: RecordRules;
  /** The op's effective HLC stamp (see stampIncoming): its own, or the registry's if drifted. */
  readonly stamp: string;
  /** The record's conflicts: the open ones at least, and the one a resolve names. */
  readonly conflicts: readonly Conflict[];
}

/** The op being merged with its author, as the field deciders see it. */
export interface MergeInput {
  readonly op: Op;
  readonly author: Author;
  readonly ctx: MergeContext;
}

export interface MergeApplied {
  readonly outcome: 'applied' | 'conflict';
  readonly next: RecordState;
  /** Whether `next` differs from the record before (its rev was bumped and a change is due). */
  readonly changed: boolean;
  /** Conflicts to store: new ones, and existing ones closed or blanked by this op. */
  readonly conflicts: readonly Conflict[];
  /** The open conflicts this op raised or joined (the push result names them). */
  readonly conflictIds: readonly string[];
  readonly history: readonly HistoryEntry[];
  /** An erasure: every history entry of the record must go too. */
  readonly purgeHistory: boolean;
}

export interface MergeRejected {
  readonly outcome: 'rejected';
  readonly code: OpRejectionCode;
}

export type MergeResult = MergeApplied | MergeRejected;

/** What the merge decided for one field. */
export type FieldDecision =
  | { readonly kind: 'noop' }
  | { readonly kind: 'set'; readonly value: Json; readonly history: readonly HistoryDraft[] }
  | { readonly kind: 'keep'; readonly history: readonly HistoryDraft[] }
  | { readonly kind: 'conflict'; readonly conflict: Conflict; readonly isNew: boolean };

export const NOOP: FieldDecision = { kind: 'noop' };
