import type { RecordType } from '../../domain/record-envelope';
import type { JsonObject } from '../json';
import type { Author } from '../protocol/author';

/** Per-field merge bookkeeping: the record rev at which the field last changed, and by whom. */
export interface FieldMeta {
  readonly rev: number;
  readonly by: Author;
}

/** Pseudo-fields for the record's lifecycle, merged (and conflicted) like any field. */
export const DELETED_FIELD = '$deleted';
export const MERGED_INTO_FIELD = '$mergedInto';
export const lifecycleFields = [DELETED_FIELD, MERGED_INTO_FIELD] as const;
export type LifecycleField = (typeof lifecycleFields)[number];

/**
 * A record as the registry merges it. `data` holds the fields this build knows; `extra` is the
 * passthrough bag for fields written by a newer client, kept and merged but not interpreted.
 * `fieldMeta` has an entry for every field that ever changed, lifecycle pseudo-fields included,
 * so "changed since baseRev" is decidable per field.
 */
export interface RecordState {
  readonly recordId: string;
  readonly recordType: RecordType;
  /** The office that created the record: always in its scope. */
  readonly officeId: string;
  readonly rev: number;
  readonly data: JsonObject;
  readonly extra: JsonObject;
  readonly deleted: boolean;
  /** A duplicate merged into another record redirects there. */
  readonly mergedInto: string | null;
  /** Erasure tombstone: personal fields are gone and nothing may write here again. */
  readonly erased: boolean;
  readonly fieldMeta: Readonly<Record<string, FieldMeta>>;
  readonly createdHlc: string;
  readonly updatedHlc: string;
}

/** The state a create starts from. Rev 0 is "before the record existed". */
export function emptyRecord(
  recordId: string,
  recordType: RecordType,
  officeId: string,
  hlc: string,
): RecordState {
  return {
    recordId,
    recordType,
    officeId,
    rev: 0,
    data: {},
    extra: {},
    deleted: false,
    mergedInto: null,
    erased: false,
    fieldMeta: {},
    createdHlc: hlc,
    updatedHlc: hlc,
  };
}
