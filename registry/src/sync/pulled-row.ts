import type { RecordType } from '../../../shared/domain/record-envelope';
import type { Conflict } from '../../../shared/sync/protocol/conflict';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';

/**
 * A record's current state as a pull delivers it (no merge bookkeeping). Its values stay the
 * JSON text the database gave: a page of 1,000 people is 2 MB that would otherwise be parsed
 * here only to be serialised again for the answer.
 */
export interface CurrentRecord {
  readonly rev: number;
  readonly officeId: string;
  readonly dataJson: string;
  readonly extraJson: string;
  readonly deleted: boolean;
  readonly erased: boolean;
  readonly mergedInto: string | null;
  readonly updatedHlc: string;
  readonly facts: ScopeFacts;
}

/** One change-log entry found for a pull, with its record's and conflict's current state. */
export interface PulledRow {
  readonly seq: number;
  readonly recordId: string;
  readonly recordType: RecordType;
  readonly rev: number;
  readonly isConflict: boolean;
  readonly officeId: string;
  readonly hlc: string;
  readonly scopeBefore: ScopeFacts | null;
  readonly scopeAfter: ScopeFacts;
  readonly current: CurrentRecord | null;
  readonly conflict: Conflict | null;
}
