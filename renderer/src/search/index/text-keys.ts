import type { MemberRecord } from './member-record';

/**
 * How text becomes index terms: the keys a member is found by (names in every script, skills)
 * and, for one typed word, the keys to look up. Kept apart from the index so the index is
 * tested on its own; the app's keys come from shared/names (see name-text-keys.ts).
 */
export interface TextKeys {
  documentKeys(record: MemberRecord): readonly string[];
  /** The words of what was typed, each with the keys it may stand for (any of them matches). */
  queryTerms(text: string): readonly QueryTerm[];
}

export interface QueryTerm {
  /** The word as typed (for occupation titles). */
  readonly typed: string;
  readonly keys: readonly string[];
}
