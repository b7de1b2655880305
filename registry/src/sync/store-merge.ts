import { sameJson, type Json } from '../../../shared/sync/json';
import { changesOf, conflictChange } from '../../../shared/sync/merge/changes-of';
import { readField } from '../../../shared/sync/merge/field-access';
import type { MergeApplied } from '../../../shared/sync/merge/merge-context';
import type { RecordState } from '../../../shared/sync/merge/record-state';
import type { FieldChanges, Op } from '../../../shared/sync/op';
import type { ChangeBody } from '../../../shared/sync/protocol/change';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import { personIdOf, scopeFactsOf } from '../../../shared/sync/scope/scope-facts';
import type { Queryable } from '../db/db';
import { appendChange } from './append-change';
import { saveConflict } from './save-conflict';
import { saveFieldHistory } from './save-field-history';
import { saveRecord } from './save-record';
import { loadPersonFacts, refileRelated } from './refile-related';
import type { StoredRecord } from './load-record-for-update';

export interface MergeToStore {
  readonly op: Op;
  readonly before: StoredRecord | null;
  readonly result: MergeApplied;
  readonly now: Date;
}

/**
 * Writes what merging one op decided, in the op's transaction: its change-log entries (the
 * record's, then one per conflict it opened or closed), the record, the conflicts, the field
 * history. Scoping follows the in-memory reference registry: an erasure is filed under the facts
 * the record had (every office that saw it must drop the values); a conflict under the record's.
 * A record about a person is filed under the person's stored facts; a change of a person's facts
 * files the person's records again (see refileRelated).
 */
export async function storeMerge(tx: Queryable, merge: MergeToStore): Promise<void> {
  const { op, before, result, now } = merge;
  const { next } = result;
  const factsBefore = before?.facts ?? null;
  const factsAfter: ScopeFacts =
    next.erased && factsBefore
      ? factsBefore
      : scopeFactsOf(next, await loadPersonFacts(tx, personIdOf(next)));
  const seqs: number[] = [];
  for (const body of [...changesOf(result), ...conflictsToRefile(before, result, factsAfter)]) {
    const isConflict = body.kind === 'conflict';
    const fields = isConflict ? null : appliedFields(before?.state ?? null, next, op);
    const entry = { body, op, fields, before: isConflict ? factsAfter : factsBefore };
    seqs.push(await appendChange(tx, { ...entry, after: factsAfter }));
  }
  const recordSeq = seqs[0];
  if (result.changed && recordSeq !== undefined) {
    await saveRecord(tx, next, factsAfter, recordSeq, now);
  }
  for (const conflict of result.conflicts) await saveConflict(tx, conflict, now);
  await saveFieldHistory(tx, next.recordId, result);
  const refacted = factsBefore === null || !sameJson(toJson(factsBefore), toJson(factsAfter));
  if (next.recordType === 'person' && result.changed && refacted) {
    await refileRelated(tx, { op, personId: next.recordId, facts: factsAfter });
  }
}

/**
 * When a change moves the record into other offices' scope, its open conflicts are filed again
 * under the new facts, so an office gaining the record gets them too (offices that already had
 * them get the same conflict again, which changes nothing).
 */
function conflictsToRefile(
  before: StoredRecord | null,
  result: MergeApplied,
  factsAfter: ScopeFacts,
): ChangeBody[] {
  if (before === null || sameJson(toJson(before.facts), toJson(factsAfter))) return [];
  const touched = new Set(result.conflicts.map((c) => c.id));
  return before.conflicts
    .filter((c) => c.status === 'open' && !touched.has(c.id))
    .map((c) => conflictChange(result.next, c));
}

function toJson(facts: ScopeFacts): Json {
  return facts as unknown as Json;
}

/** The op's fields whose value the merge changed, as {from, to}; null when none (or erased). */
function appliedFields(before: RecordState | null, next: RecordState, op: Op): FieldChanges | null {
  if (next.erased) return null;
  const fields: FieldChanges = {};
  for (const field of Object.keys(op.changes)) {
    const from = before ? readField(before, field) : null;
    const to = readField(next, field);
    if (!sameJson(from, to)) fields[field] = { from, to };
  }
  return Object.keys(fields).length > 0 ? fields : null;
}
